/**
 * One grader per item type (the scoring rules are listed in grade.ts) and the helpers they share: choice
 * grading, the distance of a numeric answer, runs of marked words. Each gets an answer already checked
 * against its type's shape (parseAnswer) and returns a result, or `empty` for an answer that fits nothing.
 */
import type { AnswerOf } from './answers';
import {
	clamp01,
	empty,
	result,
	type ItemResult,
	type MarkResult,
	type NumericVerdict,
	type PartState
} from './grade-result';
import { levels, type ItemType } from './vocab';
import type { CategorizeView, ItemView, MarkView, MatchView, NumericView } from './view';

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

function matched(item: MatchView | CategorizeView, a: Record<string, string>): ItemResult {
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

type Grader<T extends ItemType> = (item: Extract<ItemView, { type: T }>, answer: AnswerOf<T>) => ItemResult;

/** The grader for each item type. */
export const graders: { [T in ItemType]: Grader<T> } = {
	single(item, a) {
		if (!item.options.some((o) => o.id === a)) return empty(item);
		const c = choices(item.options, new Set([a]));
		return result(item, { score: c.right, answered: true, parts: c.parts, right: c.right, total: 1 });
	},
	multiple(item, answer) {
		const a = new Set(answer.filter((x) => item.options.some((o) => o.id === x)));
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
	},
	truefalse(item, a) {
		if (!item.choices.includes(a)) return empty(item);
		const parts: Record<string, PartState> = {};
		for (const ch of item.choices)
			parts[ch] = ch === item.answer ? (ch === a ? 'right' : 'missed') : ch === a ? 'wrong' : 'unchosen';
		const ok = a === item.answer ? 1 : 0;
		return result(item, { score: ok, answered: true, parts, right: ok, total: 1 });
	},
	mark(item, a) {
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
	},
	order(item, a) {
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
	},
	match: matched,
	categorize: matched,
	numeric(item, a) {
		const d = numericDistance(item, a);
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
	},
	rate(item, a) {
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
	},
	compare(item, a) {
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
};
