/**
 * Page-data shaping for the teach and class routes: small pure functions, so routes stay thin.
 */
import type { ModuleInfo } from './types';
import type { AttemptRow, ProgressRow } from './scores';
import { quizScore, groupAttempts, type QuizScore } from './scores';
import { stepKey } from './types';

export interface ModuleCard {
	id: string;
	title: string;
	summary: string;
	band: string;
	minutes: number;
	lessons: number;
	quizzes: number;
}

export function assignableModules(list: ModuleInfo[]): ModuleCard[] {
	return list.map((m) => ({
		id: m.id,
		title: m.title,
		summary: m.summary,
		band: m.grade_band,
		minutes: m.minutes,
		lessons: m.steps.filter((s) => s.kind === 'lesson').length,
		quizzes: m.steps.filter((s) => s.kind === 'quiz').length
	}));
}

export type StudentStep =
	| { kind: 'lesson'; slug: string; title: string; href: string; minutes: number; done: boolean }
	| { kind: 'quiz'; id: string; title: string; href: string; items: number; done: boolean; score: QuizScore };

export interface StepSources {
	lesson(slug: string): { title: string; href: string; minutes: number } | undefined;
	quiz(id: string): { title: string; items: number } | undefined;
}

/** A student's own steps, in module order, with what they have done. */
export function studentSteps(
	module: ModuleInfo,
	code: string,
	work: { attempts: AttemptRow[]; progress: ProgressRow[] },
	src: StepSources
): { steps: StudentStep[]; done: number; total: number } {
	const mine = groupAttempts(work.attempts);
	const byQuiz = [...mine.values()][0] ?? new Map<string, AttemptRow[]>();
	const read = new Set(work.progress.map((p) => p.step));
	const steps = module.steps.map((s): StudentStep => {
		if (s.kind === 'lesson') {
			const l = src.lesson(s.slug);
			return {
				kind: 'lesson',
				slug: s.slug,
				title: l?.title ?? s.slug,
				href: l?.href ?? `/lessons/${s.slug}`,
				minutes: l?.minutes ?? 0,
				done: read.has(stepKey(s))
			};
		}
		const q = src.quiz(s.id);
		const score = quizScore(byQuiz.get(s.id));
		return {
			kind: 'quiz',
			id: s.id,
			title: q?.title ?? s.id,
			href: `/class/${code}/quiz/${s.id}`,
			items: q?.items ?? 0,
			done: score.attempts > 0,
			score
		};
	});
	return { steps, done: steps.filter((s) => s.done).length, total: steps.length };
}
