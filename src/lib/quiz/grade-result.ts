/**
 * What grading returns: the result of one item (score, state of every part, counts behind the score) and how
 * one is put together (score clamped to 0..1 and rounded). Shared by the per-type graders and gradeQuiz.
 */
import type { ItemType } from './vocab';
import type { ItemView } from './view';

/** right: chosen and right · wrong: chosen and wrong · missed: right but not chosen · unchosen: neither */
export type PartState = 'right' | 'wrong' | 'missed' | 'unchosen';
export type NumericVerdict = 'correct' | 'near' | 'low' | 'high';
export interface MarkResult {
	first: number;
	last: number;
	verdict: 'right' | 'wrong' | 'too-wide';
	/** the index of a decoy phrase this mark touches */
	decoy?: number;
}

export interface ItemResult {
	itemId: string;
	type: ItemType;
	/** 0..1 */
	score: number;
	correct: boolean;
	answered: boolean;
	/** state of each option / phrase / entry / pair / statement / rating, by its id */
	parts: Record<string, PartState>;
	/** counts behind the score, for "2 of 3" */
	right: number;
	total: number;
	numeric?: NumericVerdict;
	marks?: MarkResult[];
}

export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
export const round = (x: number) => Math.round(x * 1000) / 1000;

/** An item's result: the score clamped and rounded; correct when it is 1 unless said otherwise. */
export function result(
	item: ItemView,
	r: Omit<ItemResult, 'itemId' | 'type' | 'score' | 'correct'> & { score: number; correct?: boolean }
): ItemResult {
	const score = round(clamp01(r.score));
	return { itemId: item.id, type: item.type, ...r, score, correct: r.correct ?? score === 1 };
}

/** The result of an unanswered (or malformed) answer: 0, nothing chosen. */
export function empty(item: ItemView): ItemResult {
	return result(item, { score: 0, correct: false, answered: false, parts: {}, right: 0, total: 0 });
}
