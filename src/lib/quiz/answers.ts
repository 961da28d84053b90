/**
 * What a submitted answer looks like, per item type, and how to tell a well-formed one from anything else:
 * `parseAnswer` (plain checks, used by grading in the browser, no zod) and `answerSchemas` (zod, built lazily and
 * marked pure so that only the server bundles it). `grade.spec.ts` proves the two accept and normalise the same
 * answers. Re-exported by grade.ts.
 */
import { z } from 'zod';
import { levels, type ItemType, type Level } from './vocab';
import type { CompareChoice, TrueFalseChoice } from './view';
/** What a submitted answer looks like, per item type. */
export interface AnswerTypes {
	single: string;
	multiple: string[];
	truefalse: TrueFalseChoice;
	/** indices of the selected words */
	mark: number[];
	/** entry ids, first to last */
	order: string[];
	/** pair id → choice id */
	match: Record<string, string>;
	/** a number, or a YYYY-MM-DD day */
	numeric: number | string;
	/** statement id → category id */
	categorize: Record<string, string>;
	/** rubric: indices of the rubric points the student says the justification covers */
	rate: { level?: Level; justification: string; rubric: number[] };
	compare: { pick?: CompareChoice; reasons: string[]; why: string };
}
export type AnswerOf<T extends ItemType> = AnswerTypes[T];
export type Answer = AnswerTypes[ItemType];

/**
 * The same shapes as zod schemas, for the server to validate submissions with (and report errors).
 * Built lazily and marked pure so that browser bundles, which only grade, do not load zod.
 */
export const answerSchemas = /* @__PURE__ */ makeAnswerSchemas();

function makeAnswerSchemas() {
	const id = z.string().max(200);
	return {
		single: id,
		multiple: z.array(id).max(50),
		truefalse: z.enum(['true', 'false', 'cannot-tell']),
		mark: z.array(z.number().int().min(0).max(10_000)).max(2000),
		order: z.array(id).max(50),
		match: z.record(id, id),
		numeric: z.union([z.number().finite(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
		categorize: z.record(id, id),
		rate: z.object({
			level: z.enum(levels).optional(),
			justification: z.string().max(5000).default(''),
			rubric: z.array(z.number().int().min(0).max(20)).max(20).default([])
		}),
		compare: z.object({
			pick: z.enum(['a', 'b', 'equal', 'cannot-tell']).optional(),
			reasons: z.array(id).max(50).default([]),
			why: z.string().max(5000).default('')
		})
	} satisfies { [T in ItemType]: z.ZodType<AnswerTypes[T], unknown> };
}

/** The schema for one item's answer. */
export function answerSchema<T extends ItemType>(item: { type: T }): ReturnType<typeof makeAnswerSchemas>[T] {
	return answerSchemas[item.type];
}

// The same checks by hand, for grading anywhere without zod (grade.spec.ts proves they agree).
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 200;
const ids = (v: unknown, max = 50): v is string[] => Array.isArray(v) && v.length <= max && v.every(isId);
const isPlain = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' &&
	v !== null &&
	!Array.isArray(v) &&
	[Object.prototype, null].includes(Object.getPrototypeOf(v));
const idMap = (v: unknown): v is Record<string, string> =>
	isPlain(v) && Object.keys(v).every(isId) && Object.values(v).every(isId);
const intIn = (v: unknown, max: number): v is number =>
	Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const text = (v: unknown, fallback = ''): string | undefined =>
	v === undefined ? fallback : typeof v === 'string' && v.length <= 5000 ? v : undefined;
const oneOf = <T extends string>(v: unknown, list: readonly T[]): v is T =>
	typeof v === 'string' && (list as readonly string[]).includes(v);

function check(type: ItemType, raw: unknown): Answer | undefined {
	switch (type) {
		case 'single':
			return isId(raw) ? raw : undefined;
		case 'multiple':
		case 'order':
			return ids(raw) ? raw : undefined;
		case 'truefalse':
			return oneOf(raw, ['true', 'false', 'cannot-tell'] as const) ? raw : undefined;
		case 'mark':
			return Array.isArray(raw) && raw.length <= 2000 && raw.every((n) => intIn(n, 10_000))
				? (raw as number[])
				: undefined;
		case 'match':
		case 'categorize':
			return idMap(raw) ? { ...raw } : undefined;
		case 'numeric':
			return (typeof raw === 'number' && Number.isFinite(raw)) ||
				(typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw))
				? raw
				: undefined;
		case 'rate': {
			if (!isPlain(raw)) return undefined;
			const justification = text(raw.justification);
			const rubric = raw.rubric === undefined ? [] : raw.rubric;
			if (raw.level !== undefined && !oneOf(raw.level, levels)) return undefined;
			if (
				justification === undefined ||
				!Array.isArray(rubric) ||
				rubric.length > 20 ||
				!rubric.every((n) => intIn(n, 20))
			)
				return undefined;
			return {
				...(raw.level !== undefined ? { level: raw.level as Level } : {}),
				justification,
				rubric: rubric as number[]
			};
		}
		case 'compare': {
			if (!isPlain(raw)) return undefined;
			const why = text(raw.why);
			const reasons = raw.reasons === undefined ? [] : raw.reasons;
			if (raw.pick !== undefined && !oneOf(raw.pick, ['a', 'b', 'equal', 'cannot-tell'] as const))
				return undefined;
			if (why === undefined || !ids(reasons)) return undefined;
			return { ...(raw.pick !== undefined ? { pick: raw.pick as CompareChoice } : {}), reasons, why };
		}
	}
}

/** A valid answer for the item, or undefined for anything malformed. */
export function parseAnswer(item: { type: ItemType }, raw: unknown): Answer | undefined {
	if (raw === undefined || raw === null) return undefined;
	return check(item.type, raw);
}
