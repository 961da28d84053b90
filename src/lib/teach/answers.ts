/**
 * A stored answer as a teacher reads it, per item type, for "most-chosen wrong answer": the chosen option
 * texts, the marked words, the order given, the rating picked. Equal answers get equal keys (a multiple
 * choice in any order is one answer); free-text parts (justifications) are left out of the key.
 */
import { t, type MessageKey } from '$lib/i18n';
import type { ItemView } from '$lib/quiz/view';
import { stableKey, type DescribeAnswer } from './analysis';

const MAX = 160;
const clip = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);
const strings = (v: unknown): string[] =>
	Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const record = (v: unknown): Record<string, string> =>
	v && typeof v === 'object' && !Array.isArray(v)
		? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
		: {};

/** A cheap key: equal answers get equal keys (a multiple choice in any order is one answer). */
function keyOf(item: ItemView, answer: unknown): string {
	switch (item.type) {
		case 'single':
		case 'truefalse':
			return String(answer);
		case 'numeric':
			return typeof answer === 'number' ? String(answer) : `d:${String(answer)}`;
		case 'multiple':
			return strings(answer).sort().join('\u0001');
		case 'mark':
			return [...new Set(Array.isArray(answer) ? answer.filter((x): x is number => Number.isInteger(x)) : [])]
				.sort((a, b) => a - b)
				.join(',');
		case 'order':
			return strings(answer).join('\u0001');
		case 'match':
		case 'categorize': {
			const a = record(answer);
			return Object.keys(a)
				.sort()
				.map((k) => `${k}\u0002${a[k]}`)
				.join('\u0001');
		}
		case 'rate':
			return String((answer as { level?: string } | null)?.level ?? '');
		case 'compare':
			return String((answer as { pick?: string } | null)?.pick ?? '');
	}
}

function labelOf(item: ItemView, answer: unknown): string {
	switch (item.type) {
		case 'single':
			return item.options.find((x) => x.id === answer)?.text ?? String(answer);
		case 'multiple': {
			const chosen = new Set(strings(answer));
			return item.options
				.filter((o) => chosen.has(o.id))
				.map((o) => o.text)
				.join('; ');
		}
		case 'truefalse':
			return t(`quiz.tf.${String(answer)}` as MessageKey);
		case 'mark': {
			const idx = keyOf(item, answer).split(',').filter(Boolean).map(Number);
			const runs: string[][] = [];
			idx.forEach((i, n) => {
				if (n === 0 || i !== idx[n - 1]! + 1) runs.push([]);
				runs[runs.length - 1]!.push(item.tokens[i] ?? '');
			});
			return runs.map((r) => `“${r.join(' ').replace(/[,.;:]+$/, '')}”`).join(', ');
		}
		case 'order': {
			const text = (id: string) => item.entries.find((e) => e.id === id)?.text ?? id;
			return strings(answer).map(text).join(' → ');
		}
		case 'match': {
			const a = record(answer);
			const choice = (id: string) => item.choices.find((c) => c.id === id)?.text ?? id;
			return item.pairs
				.filter((p) => a[p.id])
				.map((p) => `${p.prompt} → ${choice(a[p.id]!)}`)
				.join('; ');
		}
		case 'categorize': {
			const a = record(answer);
			const label = (id: string) =>
				item.categories.find((x) => x.id === id)?.label ?? t(`quiz.category.${id}` as MessageKey);
			return item.statements
				.filter((s) => a[s.id])
				.map((s) => `${s.text} → ${label(a[s.id]!)}`)
				.join('; ');
		}
		case 'numeric':
			return `${String(answer)}${item.unit && item.unit !== '%' ? ` ${item.unit}` : (item.unit ?? '')}`;
		case 'rate': {
			const level = (answer as { level?: string } | null)?.level;
			return level ? t(`quiz.level.${level}` as MessageKey) : '';
		}
		case 'compare': {
			const pick = (answer as { pick?: string } | null)?.pick;
			if (pick === 'a' || pick === 'b') return t(`quiz.compare.${pick}`, { label: item.sides[pick].label });
			return pick ? t(`quiz.compare.${pick}` as MessageKey) : '';
		}
	}
}

/** A describer for the items of some quizzes (unknown items fall back to their JSON). */
export function answerDescriber(items: ItemView[]): DescribeAnswer {
	const byId = new Map(items.map((it) => [it.id, it]));
	return {
		key(itemId, answer) {
			const item = byId.get(itemId);
			return item ? keyOf(item, answer) : stableKey(answer);
		},
		label(itemId, answer) {
			const item = byId.get(itemId);
			return clip(item ? labelOf(item, answer) : stableKey(answer));
		}
	};
}
