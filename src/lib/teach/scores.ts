/**
 * What the teacher's dashboard and the CSV say about each student: per quiz the first and the best score
 * and the number of attempts; per student when they started and when they finished the module.
 * Pure: the server loads rows, these functions summarise them.
 */
import { stepKey, type ItemResult, type Step } from './types';

export interface StudentRow {
	id: string;
	sectionId: string;
	nickname: string;
	createdAt: number;
}

export interface AttemptRow {
	studentId: string;
	quizId: string;
	/** server order: a larger seq was stored later */
	seq: number;
	score: number;
	maxScore: number;
	createdAt: number;
	results: ItemResult[];
	answers: Record<string, unknown>;
}

export interface ProgressRow {
	studentId: string;
	step: string;
	doneAt: number;
}

export interface QuizScore {
	/** fraction 0..1 of the first attempt, the best attempt; null before any attempt */
	first: number | null;
	best: number | null;
	attempts: number;
}

export type StudentStatus = 'joined' | 'started' | 'finished';

export interface StudentSummary {
	id: string;
	sectionId: string;
	nickname: string;
	joinedAt: number;
	status: StudentStatus;
	/** the first step completed, and the moment the last outstanding step was completed */
	startedAt: number | null;
	finishedAt: number | null;
	stepsDone: number;
	stepsTotal: number;
	quizzes: Record<string, QuizScore>;
}

const fraction = (a: Pick<AttemptRow, 'score' | 'maxScore'>) => (a.maxScore > 0 ? a.score / a.maxScore : 0);

/** Attempts grouped by student then quiz, each list in the order the server stored them. */
export function groupAttempts(attempts: AttemptRow[]): Map<string, Map<string, AttemptRow[]>> {
	const by = new Map<string, Map<string, AttemptRow[]>>();
	for (const a of [...attempts].sort((x, y) => x.seq - y.seq)) {
		let quizzes = by.get(a.studentId);
		if (!quizzes) by.set(a.studentId, (quizzes = new Map()));
		const list = quizzes.get(a.quizId);
		if (list) list.push(a);
		else quizzes.set(a.quizId, [a]);
	}
	return by;
}

export function quizScore(list: AttemptRow[] | undefined): QuizScore {
	if (!list?.length) return { first: null, best: null, attempts: 0 };
	return {
		first: fraction(list[0]!),
		best: Math.max(...list.map(fraction)),
		attempts: list.length
	};
}

/** One summary per student, in the order given. A quiz step is done once attempted; a lesson once marked read. */
export function summarize(
	steps: Step[],
	students: StudentRow[],
	attempts: AttemptRow[],
	progress: ProgressRow[]
): StudentSummary[] {
	const grouped = groupAttempts(attempts);
	const read = new Map<string, Map<string, number>>();
	for (const p of progress) {
		let m = read.get(p.studentId);
		if (!m) read.set(p.studentId, (m = new Map()));
		m.set(p.step, Math.min(m.get(p.step) ?? Infinity, p.doneAt));
	}
	const quizIds = steps.flatMap((s) => (s.kind === 'quiz' ? [s.id] : []));

	return students.map((st) => {
		const byQuiz = grouped.get(st.id) ?? new Map<string, AttemptRow[]>();
		const done = steps.map((s) =>
			s.kind === 'quiz' ? byQuiz.get(s.id)?.[0]?.createdAt : read.get(st.id)?.get(stepKey(s))
		);
		const times = done.filter((d): d is number => d !== undefined);
		const stepsDone = times.length;
		const all = stepsDone === steps.length && steps.length > 0;
		return {
			id: st.id,
			sectionId: st.sectionId,
			nickname: st.nickname,
			joinedAt: st.createdAt,
			status: all ? 'finished' : stepsDone > 0 ? 'started' : 'joined',
			startedAt: times.length ? Math.min(...times) : null,
			finishedAt: all ? Math.max(...times) : null,
			stepsDone,
			stepsTotal: steps.length,
			quizzes: Object.fromEntries(quizIds.map((q) => [q, quizScore(byQuiz.get(q))]))
		};
	});
}

/** Class figures for one quiz: how many attempted it, and the mean first and best scores. */
export function quizAverages(summaries: StudentSummary[], quizId: string) {
	const scored = summaries.map((s) => s.quizzes[quizId]).filter((q): q is QuizScore => !!q && q.attempts > 0);
	const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
	return {
		attempted: scored.length,
		meanFirst: mean(scored.map((q) => q.first!)),
		meanBest: mean(scored.map((q) => q.best!))
	};
}

/** 0.8333 → "83%"; null → the placeholder. */
export function percent(f: number | null, empty = '–'): string {
	return f === null ? empty : `${Math.round(f * 100)}%`;
}
