/**
 * Per-question analysis for the teacher: for each item, how many students got it right on their first
 * attempt, and the wrong answer chosen most often (a misconception to discuss). First attempts only:
 * later attempts follow feedback and would hide what the class thought at first.
 */
import { groupAttempts, type AttemptRow } from './scores';
import type { QuizInfo } from './types';

/**
 * How stored answers are compared and shown: `key` is equal for equal answers (called for every wrong
 * answer, so it should be cheap); `label` is what the teacher reads (called once per item shown).
 */
export interface DescribeAnswer {
	key(itemId: string, answer: unknown): string;
	label(itemId: string, answer: unknown): string;
}

export interface ItemAnalysis {
	itemId: string;
	prompt: string;
	href: string;
	/** students with a first attempt at the quiz */
	attempted: number;
	correct: number;
	/** correct / attempted, or null when nobody attempted */
	percentCorrect: number | null;
	/** students who left the item blank on their first attempt */
	blank: number;
	/** the most-chosen wrong answer, with how many chose it; ties go to the answer seen first */
	commonWrong: { label: string; count: number } | null;
}

/** JSON with sorted object keys, so `{a,b}` and `{b,a}` are the same answer. */
export function stableKey(value: unknown): string {
	return JSON.stringify(value, (_k, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				)
			: v
	);
}

export const describeAsJson: DescribeAnswer = {
	key: (_id, a) => stableKey(a),
	label: (_id, a) => stableKey(a)
};

export function analyzeQuiz(
	quiz: QuizInfo,
	attempts: AttemptRow[],
	describe: DescribeAnswer = describeAsJson
): ItemAnalysis[] {
	const firsts: AttemptRow[] = [];
	for (const byQuiz of groupAttempts(attempts.filter((a) => a.quizId === quiz.id)).values()) {
		const first = byQuiz.get(quiz.id)?.[0];
		if (first) firsts.push(first);
	}
	firsts.sort((a, b) => a.seq - b.seq);

	return quiz.items.map((item) => {
		let correct = 0;
		let blank = 0;
		// wrong answers by key: how many, and the first such answer (to label the winner only)
		const wrong = new Map<string, { answer: unknown; count: number }>();
		for (const a of firsts) {
			const r = a.results.find((x) => x.itemId === item.id);
			if (!r || !r.answered) {
				blank++;
				continue;
			}
			if (r.correct) {
				correct++;
				continue;
			}
			const answer = a.answers[item.id];
			const key = describe.key(item.id, answer);
			const w = wrong.get(key);
			if (w) w.count++;
			else wrong.set(key, { answer, count: 1 });
		}
		let top: { answer: unknown; count: number } | undefined;
		for (const w of wrong.values()) if (!top || w.count > top.count) top = w;
		const commonWrong = top ? { label: describe.label(item.id, top.answer), count: top.count } : null;
		return {
			itemId: item.id,
			prompt: item.prompt,
			href: item.href,
			attempted: firsts.length,
			correct,
			percentCorrect: firsts.length ? correct / firsts.length : null,
			blank,
			commonWrong
		};
	});
}
