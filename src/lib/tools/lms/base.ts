/**
 * What every item converter shares: the question an item starts as (title, stem with its passages, the
 * rationale and where to read more), credit shares for several right answers, choices from options, and notes.
 */
import { t, type MessageKey } from '$lib/i18n';
import type { ItemType } from '$lib/quiz/schema';
import type { ItemView } from '$lib/quiz/view';
import { absolute, citeText, passage } from './text';
import type { LmsChoice, LmsNote, LmsQuestion, LmsTarget, NoteAction, QuestionBase } from './types';

/** The view of one item type. */
export type ItemOf<T extends ItemType> = Extract<ItemView, { type: T }>;

/** What a converter gets: the item's base question, the target LMS and the site's origin. */
export interface Ctx {
	base: QuestionBase;
	target: LmsTarget;
	origin: string;
}

/** The questions for one item, and the notes on what changed. */
export interface Converted {
	questions: LmsQuestion[];
	notes: LmsNote[];
}

/** The question an item starts as: one point, its prompt and passages, its rationale with where to read more. */
export function baseQuestion(it: ItemView, origin: string): QuestionBase {
	const readMore = t('tools.lms.readMore', { where: citeText(it.cite) });
	return {
		id: it.id,
		itemId: it.id,
		itemType: it.type,
		title: `${it.id}: ${it.objective}`,
		stem: { prompt: it.prompt, lines: [] as string[], passages: it.passages.map((p) => passage(p, origin)) },
		points: 1,
		general: `${it.rationale} ${readMore}`,
		href: absolute(origin, it.cite.href)
	};
}

/** Percent weights that Moodle accepts for k right answers out of a multiple-answer question. */
export function shareOf(k: number): number {
	return Math.round((100 / k) * 100000) / 100000;
}

/** Choices from an item's options, the right ones sharing the credit (k of them). */
export const choicesOf = (
	list: { id: string; text: string; correct: boolean; feedback: string }[],
	k = list.filter((o) => o.correct).length
): LmsChoice[] =>
	list.map((o) => ({
		id: o.id,
		text: o.text,
		correct: o.correct,
		weight: o.correct ? shareOf(k) : 0,
		feedback: o.feedback
	}));

export function note(
	it: ItemView,
	action: NoteAction,
	key: MessageKey,
	params?: Record<string, string | number>
): LmsNote {
	return { itemId: it.id, itemType: it.type, action, text: t(key, params) };
}
