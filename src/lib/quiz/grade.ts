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
 */
import { levels, type ItemType } from './vocab';
import type { ItemView, MarkView, NumericView, QuizView } from './view';
import { parseAnswer, type AnswerOf } from './answers';

export { answerSchemas, answerSchema, parseAnswer } from './answers';
export type { AnswerTypes, AnswerOf, Answer } from './answers';

// ---------------------------------------------------------------- results

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

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

function result(
	item: ItemView,
	r: Omit<ItemResult, 'itemId' | 'type' | 'score' | 'correct'> & { score: number; correct?: boolean }
): ItemResult {
	const score = round(clamp01(r.score));
	return { itemId: item.id, type: item.type, ...r, score, correct: r.correct ?? score === 1 };
}

function empty(item: ItemView): ItemResult {
	return result(item, { score: 0, correct: false, answered: false, parts: {}, right: 0, total: 0 });
}

/** Choice grading shared by single, multiple and the reasons of compare. */
function choices(options: { id: string; correct: boolean }[], chosen: Set<string>) {
	const parts: Record<string, PartState> = {};
	let right = 0;
	let wrong = 0;
	for (const o of options) {
		const picked = chosen.has(o.id);
		parts[o.id] = o.correct ? (picked ? 'right' : 'missed') : picked ? 'wrong' : 'unchosen';
		if (picked && o.correct) right++;
		if (picked && !o.correct) wrong++;
	}
	const total = options.filter((o) => o.correct).length;
	return { parts, right, wrong, total, score: total ? clamp01((right - wrong) / total) : 0 };
}

const dayNumber = (iso: string) =>
	Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** How far a numeric answer is from the key, in the item's unit (days for dates); NaN if not comparable. */
export function numericDistance(item: NumericView, value: number | string): number {
	if (item.measure === 'date') {
		if (typeof value !== 'string' || typeof item.answer !== 'string') return NaN;
		return dayNumber(value) - dayNumber(item.answer);
	}
	if (typeof value !== 'number' || typeof item.answer !== 'number') return NaN;
	return value - item.answer;
}

/** Selected token indices → runs of consecutive tokens, judged against the targets (see header). */
export function judgeMarks(
	item: Pick<MarkView, 'targets' | 'decoys' | 'tokens'>,
	selected: number[]
): MarkResult[] {
	const picked = [...new Set(selected)].filter((i) => i < item.tokens.length).sort((a, b) => a - b);
	const runs: { first: number; last: number }[] = [];
	for (const i of picked) {
		const run = runs[runs.length - 1];
		if (run && i === run.last + 1) run.last = i;
		else runs.push({ first: i, last: i });
	}
	const SLACK = 2;
	return runs.map((run) => {
		const touched = item.targets.filter((t) => run.first <= t.last && run.last >= t.first);
		const decoy = item.decoys.findIndex((d) => run.first <= d.last && run.last >= d.first);
		const withDecoy = decoy >= 0 ? { decoy } : {};
		if (!touched.length) return { ...run, verdict: 'wrong' as const, ...withDecoy };
		const lo = Math.min(...touched.map((t) => t.first)) - SLACK;
		const hi = Math.max(...touched.map((t) => t.last)) + SLACK;
		return {
			...run,
			verdict: run.first >= lo && run.last <= hi ? ('right' as const) : ('too-wide' as const),
			...withDecoy
		};
	});
}

/** Grade one answer. Malformed or missing answers grade as unanswered (score 0), never throw. */
export function gradeItem(item: ItemView, raw: unknown): ItemResult {
	const answer = parseAnswer(item, raw);
	if (answer === undefined) return empty(item);
	switch (item.type) {
		case 'single': {
			const a = answer as AnswerOf<'single'>;
			if (!item.options.some((o) => o.id === a)) return empty(item);
			const c = choices(item.options, new Set([a]));
			return result(item, { score: c.right, answered: true, parts: c.parts, right: c.right, total: 1 });
		}
		case 'multiple': {
			const a = new Set((answer as AnswerOf<'multiple'>).filter((x) => item.options.some((o) => o.id === x)));
			if (!a.size) return empty(item);
			const c = choices(item.options, a);
			return result(item, {
				score: c.score,
				correct: c.right === c.total && c.wrong === 0,
				answered: true,
				parts: c.parts,
				right: c.right,
				total: c.total
			});
		}
		case 'truefalse': {
			const a = answer as AnswerOf<'truefalse'>;
			if (!item.choices.includes(a)) return empty(item);
			const parts: Record<string, PartState> = {};
			for (const ch of item.choices)
				parts[ch] = ch === item.answer ? (ch === a ? 'right' : 'missed') : ch === a ? 'wrong' : 'unchosen';
			const ok = a === item.answer ? 1 : 0;
			return result(item, { score: ok, answered: true, parts, right: ok, total: 1 });
		}
		case 'mark': {
			const a = answer as AnswerOf<'mark'>;
			if (!a.length) return empty(item);
			const marks = judgeMarks(item, a);
			const parts: Record<string, PartState> = {};
			let found = 0;
			item.targets.forEach((t, i) => {
				const hit = marks.some((m) => m.verdict === 'right' && m.first <= t.last && m.last >= t.first);
				parts[`t${i}`] = hit ? 'right' : 'missed';
				if (hit) found++;
			});
			const wrong = marks.filter((m) => m.verdict !== 'right').length;
			return result(item, {
				score: (found - wrong) / item.targets.length,
				correct: found === item.targets.length && wrong === 0,
				answered: true,
				parts,
				right: found,
				total: item.targets.length,
				marks
			});
		}
		case 'order': {
			const a = answer as AnswerOf<'order'>;
			const ids = item.entries.map((e) => e.id);
			const isPermutation =
				a.length === ids.length && new Set(a).size === a.length && a.every((x) => ids.includes(x));
			if (!isPermutation) return empty(item);
			const parts: Record<string, PartState> = {};
			ids.forEach((x, i) => (parts[x] = a[i] === x ? 'right' : 'wrong'));
			let neighbours = 0;
			for (let i = 0; i + 1 < a.length; i++)
				if (ids.indexOf(a[i + 1]!) === ids.indexOf(a[i]!) + 1) neighbours++;
			return result(item, {
				score: ids.length > 1 ? neighbours / (ids.length - 1) : 1,
				answered: true,
				parts,
				right: neighbours,
				total: ids.length - 1
			});
		}
		case 'match':
		case 'categorize': {
			const a = answer as Record<string, string>;
			const list =
				item.type === 'match'
					? item.pairs.map((p) => ({ id: p.id, key: p.answer }))
					: item.statements.map((s) => ({ id: s.id, key: s.category }));
			const allowed = new Set(
				item.type === 'match' ? item.choices.map((x) => x.id) : item.categories.map((x) => x.id)
			);
			const parts: Record<string, PartState> = {};
			let right = 0;
			let given = 0;
			for (const { id, key } of list) {
				const v = Object.hasOwn(a, id) ? a[id] : undefined;
				if (v === undefined || v === '' || !allowed.has(v)) parts[id] = 'missed';
				else {
					given++;
					parts[id] = v === key ? 'right' : 'wrong';
					if (v === key) right++;
				}
			}
			if (!given) return empty(item);
			return result(item, { score: right / list.length, answered: true, parts, right, total: list.length });
		}
		case 'numeric': {
			const d = numericDistance(item, answer as AnswerOf<'numeric'>);
			if (Number.isNaN(d)) return empty(item);
			const off = Math.abs(d);
			// a tiny epsilon so that 69.5 with tolerance 0.5 counts despite floating point
			const eps = 1e-9;
			const verdict: NumericVerdict =
				off <= item.tolerance + eps
					? 'correct'
					: item.near !== undefined && off <= item.near + eps
						? 'near'
						: d < 0
							? 'low'
							: 'high';
			const score = verdict === 'correct' ? 1 : verdict === 'near' ? 0.5 : 0;
			return result(item, {
				score,
				answered: true,
				parts: {},
				right: score === 1 ? 1 : 0,
				total: 1,
				numeric: verdict
			});
		}
		case 'rate': {
			const a = answer as AnswerOf<'rate'>;
			if (!a.level) return empty(item);
			const credit = a.level === item.answer ? 1 : (item.partial[a.level] ?? 0);
			const parts: Record<string, PartState> = {};
			for (const l of levels)
				parts[l] =
					l === item.answer ? (l === a.level ? 'right' : 'missed') : l === a.level ? 'wrong' : 'unchosen';
			const ticked = new Set(a.rubric.filter((i) => i < item.rubric.length)).size;
			const words = a.justification.trim().split(/\s+/).filter(Boolean).length;
			const rubric = words >= 5 ? ticked / item.rubric.length : 0;
			return result(item, {
				score: credit * (0.7 + 0.3 * rubric),
				correct: credit === 1,
				answered: true,
				parts,
				right: credit === 1 ? 1 : 0,
				total: 1
			});
		}
		case 'compare': {
			const a = answer as AnswerOf<'compare'>;
			if (!a.pick && !a.reasons.length) return empty(item);
			const pick = a.pick && item.choices.includes(a.pick) ? a.pick : undefined;
			const c = choices(item.reasons, new Set(a.reasons));
			const parts: Record<string, PartState> = { ...c.parts };
			for (const ch of item.choices)
				parts[`pick:${ch}`] =
					ch === item.answer ? (ch === pick ? 'right' : 'missed') : ch === pick ? 'wrong' : 'unchosen';
			const credit = pick === item.answer ? 1 : 0;
			return result(item, {
				score: credit * (0.5 + 0.5 * c.score),
				correct: credit === 1 && c.right === c.total && c.wrong === 0,
				answered: true,
				parts,
				right: credit + c.right,
				total: 1 + c.total
			});
		}
	}
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
