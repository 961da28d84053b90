/**
 * The teacher's dashboard as plain data: a line per section (students, started, finished), and for the
 * section being looked at (or all of them) each student's summary (by section, then nickname A–Z), class averages per quiz and the
 * per-question analysis. Pure: the route loads rows and renders what this returns.
 */
import { analyzeQuiz, type DescribeAnswer, type ItemAnalysis } from './analysis';
import {
	quizAverages,
	summarize,
	type AttemptRow,
	type ProgressRow,
	type StudentRow,
	type StudentSummary
} from './scores';
import type { QuizInfo, Step } from './types';

export interface SectionLine {
	id: string;
	name: string;
	code: string;
	students: number;
	started: number;
	finished: number;
}

export interface QuizPanel {
	id: string;
	title: string;
	attempted: number;
	meanFirst: number | null;
	meanBest: number | null;
	items: ItemAnalysis[];
}

export interface DashboardView {
	sections: SectionLine[];
	/** the section shown, or null for all sections */
	selected: SectionLine | null;
	students: StudentSummary[];
	quizzes: QuizPanel[];
	totals: { students: number; started: number; finished: number };
}

export interface DashboardInput {
	sections: { id: string; name: string; code: string }[];
	steps: Step[];
	quizzes: QuizInfo[];
	students: StudentRow[];
	attempts: AttemptRow[];
	progress: ProgressRow[];
	describe: DescribeAnswer;
	/** a section code, or "all" */
	show: string;
}

export function dashboardView(input: DashboardInput): DashboardView {
	const summaries = summarize(input.steps, input.students, input.attempts, input.progress);
	const count = (list: StudentSummary[]) => ({
		students: list.length,
		started: list.filter((s) => s.status !== 'joined').length,
		finished: list.filter((s) => s.status === 'finished').length
	});
	const sections: SectionLine[] = input.sections.map((s) => ({
		id: s.id,
		name: s.name,
		code: s.code,
		...count(summaries.filter((x) => x.sectionId === s.id))
	}));
	const selected =
		input.show === 'all' ? null : (sections.find((s) => s.code === input.show) ?? sections[0] ?? null);
	const order = new Map(sections.map((s, i) => [s.id, i]));
	const inView = (selected ? summaries.filter((s) => s.sectionId === selected.id) : summaries).sort(
		(a, b) =>
			(order.get(a.sectionId) ?? 0) - (order.get(b.sectionId) ?? 0) ||
			a.nickname.localeCompare(b.nickname, 'en', { sensitivity: 'base', numeric: true })
	);
	const ids = new Set(inView.map((s) => s.id));
	const attempts = input.attempts.filter((a) => ids.has(a.studentId));
	return {
		sections,
		selected,
		students: inView,
		totals: count(summaries),
		quizzes: input.quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			...quizAverages(inView, q.id),
			items: analyzeQuiz(q, attempts, input.describe)
		}))
	};
}
