/**
 * The quiz model: what a file under content/quizzes/ must look like (zod), and the fixed vocabularies
 * the engine grades against (item types, reliability levels, categories, numeric measures).
 * Items point at passages by source + paragraph id (+ exact quote), by figure id, claim note id or
 * reference row id; they never paste a copy of an article. The loader (src/lib/content/quizzes.ts)
 * checks that every pointer and every answer exists.
 * No DOM, no Svelte: the server imports this too.
 */
import { z } from 'zod';
import { criteria, levels, measures, type ItemType } from './vocab';

const text = z.string().trim().min(1, 'a non-empty text');
const localId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a short id: lowercase words joined by hyphens');
const isoDay = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
);

export {
	itemTypes,
	levels,
	defaultCategories,
	criteria,
	measures,
	deathWords,
	asksForDeathToll
} from './vocab';
export type { ItemType, Level, Criterion, Measure } from './vocab';

/** A pointer into the material: one of paragraph (+quote), figure, claim note or reference row. */
export const pointer = z
	.strictObject({
		source: z.string().optional(),
		paragraph: z.string().optional(),
		quote: text.optional().describe('exact words found in that paragraph'),
		figure: z.string().optional(),
		claim: z.string().optional(),
		ref: z.string().optional()
	})
	.describe('source + paragraph (+ quote), or figure, or claim, or ref');
export type Pointer = z.infer<typeof pointer>;

const option = z.strictObject({
	id: localId,
	text: text,
	correct: z.boolean().default(false),
	feedback: text.describe('why this option is right or wrong'),
	cite: pointer.optional()
});

const base = {
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*-\d{2}$/, 'an item id like dating-03'),
	objective: text.describe('what the student practises, as "I can …" or a short statement'),
	prompt: text,
	/** what is shown with the item for the student to read */
	passages: z.array(pointer).default([]),
	rationale: text.describe('the written reason for the answer key'),
	/** where feedback points when an option names no passage of its own (default: the first passage) */
	cite: pointer.optional()
};

const tf = z.preprocess(
	(v) => (typeof v === 'boolean' ? String(v) : v),
	z.enum(['true', 'false', 'cannot-tell'])
);

export const singleItem = z.strictObject({
	...base,
	type: z.literal('single'),
	options: z.array(option).min(2).max(6)
});
export const multipleItem = z.strictObject({
	...base,
	type: z.literal('multiple'),
	options: z.array(option).min(3).max(8)
});
export const trueFalseItem = z.strictObject({
	...base,
	type: z.literal('truefalse'),
	statement: text,
	answer: tf,
	offer_cannot_tell: z.boolean().default(false),
	feedback: z.strictObject({ true: text, false: text, 'cannot-tell': text.optional() })
});
const phrase = z.strictObject({ quote: text, feedback: text });
export const markItem = z.strictObject({
	...base,
	type: z.literal('mark'),
	/** the paragraph whose words are marked */
	passage: z.strictObject({ source: z.string(), paragraph: z.string() }),
	targets: z.array(phrase).min(1),
	/** phrases a student may mark by mistake, with feedback for them */
	decoys: z.array(phrase).default([])
});
export const orderItem = z.strictObject({
	...base,
	type: z.literal('order'),
	/** in the correct order */
	entries: z
		.array(z.strictObject({ id: localId, text: text, feedback: text, cite: pointer.optional() }))
		.min(3)
		.max(8),
	/** what first and last mean, e.g. "earliest" / "latest" */
	first_label: text,
	last_label: text
});
export const matchItem = z.strictObject({
	...base,
	type: z.literal('match'),
	pairs: z
		.array(
			z.strictObject({ id: localId, prompt: text, answer: localId, feedback: text, cite: pointer.optional() })
		)
		.min(2)
		.max(8),
	choices: z
		.array(z.strictObject({ id: localId, text: text }))
		.min(2)
		.max(10)
});
export const numericItem = z.strictObject({
	...base,
	type: z.literal('numeric'),
	measure: z.enum(measures),
	/** a number, or a YYYY-MM-DD day when measure is "date" */
	answer: z.union([z.number(), isoDay]),
	/** full credit within ± tolerance (days for dates) */
	tolerance: z.number().min(0),
	/** half credit within ± near (wider than tolerance), if set */
	near: z.number().positive().optional(),
	unit: text.optional(),
	feedback: z.strictObject({ correct: text, near: text.optional(), low: text, high: text })
});
export const categorizeItem = z.strictObject({
	...base,
	type: z.literal('categorize'),
	/** defaults to fact / opinion / attributed / cannot-tell */
	categories: z
		.array(z.strictObject({ id: localId, label: text }))
		.min(2)
		.max(5)
		.optional(),
	statements: z
		.array(
			z.strictObject({
				id: localId,
				/** the statement: an exact quote from a paragraph (source, paragraph, quote) or a text */
				text: text.optional(),
				source: z.string().optional(),
				paragraph: z.string().optional(),
				quote: text.optional(),
				category: localId,
				feedback: text,
				cite: pointer.optional()
			})
		)
		.min(3)
		.max(8)
});
const levelFeedback = z.strictObject({ reliable: text, mixed: text, unreliable: text, 'cannot-tell': text });
export const rateItem = z.strictObject({
	...base,
	type: z.literal('rate'),
	answer: z.enum(levels),
	/** part credit for near answers, e.g. { mixed: 0.5 } */
	partial: z.partialRecord(z.enum(levels), z.number().min(0).max(1)).default({}),
	feedback: levelFeedback,
	rubric: z
		.array(z.strictObject({ criterion: z.enum(criteria), look_for: text }))
		.min(2)
		.max(3),
	model_answer: text
});
const side = z.strictObject({ label: text, pointer: pointer });
export const compareItem = z.strictObject({
	...base,
	type: z.literal('compare'),
	sources: z.strictObject({ a: side, b: side }),
	answer: z.enum(['a', 'b', 'equal', 'cannot-tell']),
	offer_equal: z.boolean().default(false),
	feedback: z.strictObject({ a: text, b: text, equal: text.optional(), 'cannot-tell': text }),
	reasons: z.array(option).min(2).max(6),
	model_answer: text
});

export const item = z.discriminatedUnion('type', [
	singleItem,
	multipleItem,
	trueFalseItem,
	markItem,
	orderItem,
	matchItem,
	numericItem,
	categorizeItem,
	rateItem,
	compareItem
]);

export const quizFile = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
	title: text,
	summary: text.describe('one or two sentences: what the quiz practises'),
	/** position in the list of quizzes (lower first) */
	order: z.number().int().min(0).default(100),
	/** standards codes the quiz supports, e.g. CCSS RH.9-10.6 */
	standards: z.array(text).default([]),
	items: z.array(item).min(8, 'a quiz of 8 to 12 items').max(12, 'a quiz of 8 to 12 items')
});

export type Item = z.infer<typeof item>;
export type QuizFile = z.infer<typeof quizFile>;
export type ItemOf<T extends ItemType> = Extract<Item, { type: T }>;
