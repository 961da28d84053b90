/**
 * Grading: pure functions from an item (its view, which carries the key) and an answer to a score in
 * 0..1 with partial credit, plus which parts were right — used in the browser for practice and on
 * the server (form posts, class scores) alike. No DOM, no Svelte.
 *
 * Scoring rules (explained to students in the feedback):
 * - single, true/false: 1 or 0.
 * - multiple: (right choices − wrong choices) / number of right options, never below 0.
 * - mark the words: a mark is a run of selected words. It finds a phrase if it touches it and stays
 *   within two words of it; any other mark is wrong. (phrases found − wrong marks) / phrases, ≥ 0.
 *   Marking the whole paragraph therefore scores 0.
 * - order: neighbours in the right order / (entries − 1).
 * - match, categorize: right / total.
 * - numeric: 1 within ± tolerance, ½ within ± near, else 0 (dates in days).
 * - rate: rating credit × (0.7 + 0.3 × justification credit). A wrong rating scores 0 however well it is
 *   argued, so rating everything "unreliable" or "cannot tell" does not pay.
 * - compare: pick credit × (0.5 + 0.5 × reasons credit).
 *
 * The per-type graders are in graders.ts, the result shapes in grade-result.ts; both are re-exported here.
 */
import type { ItemView, QuizView } from './view';
import { parseAnswer, type Answer } from './answers';
import { empty, round, type ItemResult } from './grade-result';
import { graders } from './graders';

export { answerSchemas, answerSchema, parseAnswer } from './answers';
export type { AnswerTypes, AnswerOf, Answer } from './answers';
export type { PartState, NumericVerdict, MarkResult, ItemResult } from './grade-result';
export { numericDistance, judgeMarks } from './graders';

/** Grade one answer. Malformed or missing answers grade as unanswered (score 0), never throw. */
export function gradeItem(item: ItemView, raw: unknown): ItemResult {
	const answer = parseAnswer(item, raw);
	if (answer === undefined) return empty(item);
	// parseAnswer checked the answer against this item's type
	return (graders[item.type] as (item: ItemView, answer: Answer) => ItemResult)(item, answer);
}

export interface QuizResult {
	items: ItemResult[];
	/** sum of item scores */
	score: number;
	max: number;
	/** 0..100, rounded */
	percent: number;
	answered: number;
	correct: number;
	/** items to review: not fully right, in quiz order */
	review: string[];
}

/** Grade a whole quiz; `answers` maps item ids to raw answers (anything; malformed counts as unanswered). */
export function gradeQuiz(quiz: Pick<QuizView, 'items'>, answers: Record<string, unknown>): QuizResult {
	const items = quiz.items.map((it) =>
		gradeItem(it, Object.hasOwn(answers, it.id) ? answers[it.id] : undefined)
	);
	const score = round(items.reduce((s, r) => s + r.score, 0));
	const max = items.length;
	return {
		items,
		score,
		max,
		percent: max ? Math.round((score / max) * 100) : 0,
		answered: items.filter((r) => r.answered).length,
		correct: items.filter((r) => r.correct).length,
		review: items.filter((r) => !r.correct).map((r) => r.itemId)
	};
}
