/**
 * Names of form fields, and answers read back from a posted form: the path for pages without
 * JavaScript (the quiz is one <form>, posted to /quizzes/<id>/check and graded on the server); and the same
 * reading of the inputs a page shows before it hydrates (`formShown`, `shownAnswer`). Components use `field`
 * so the names always agree.
 */
import { parseAnswer } from './answers';
import type { ItemView } from './view';

/** The form field name for an item, or one part of it: `dating-03`, `dating-03:justification`. */
export const field = (itemId: string, part?: string) => (part === undefined ? itemId : `${itemId}:${part}`);

/** Numbers as students type them: "69", "69%", "69.5", "69,5", "1,200", " 12 ". NaN when it is not one. */
export function parseNumber(raw: string): number {
	let s = raw.trim().replace(/\s+/g, '').replace(/%$/, '');
	if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
	if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return NaN;
	return Number(s);
}

interface FormLike {
	get(name: string): unknown;
	getAll(name: string): unknown[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const orNothing = <T>(list: T[]) => (list.length ? list : undefined);

/** The raw answer to one item from a posted form (gradeItem validates it), or undefined if blank. */
export function answerFromForm(item: ItemView, form: FormLike): unknown {
	const one = (part?: string) => str(form.get(field(item.id, part)));
	const all = (part?: string) => form.getAll(field(item.id, part)).map(str).filter(Boolean);
	switch (item.type) {
		case 'single':
		case 'truefalse':
			return one() || undefined;
		case 'multiple':
			return orNothing(all());
		case 'mark':
			return orNothing(all().map(Number).filter(Number.isInteger));
		case 'order': {
			const shown = one('shown').split(',').filter(Boolean);
			const ids = shown.length === item.entries.length ? shown : item.entries.map((e) => e.id);
			const pos = (id: string) => {
				const n = Number(one(id));
				return Number.isFinite(n) && n > 0 ? n : Infinity;
			};
			const order = ids
				.map((id, i) => ({ id, p: pos(id), i }))
				.sort((a, b) => a.p - b.p || a.i - b.i)
				.map((x) => x.id);
			// left as shown: not answered (the shown order is never the right one)
			return order.join() === ids.join() ? undefined : order;
		}
		case 'match':
		case 'categorize': {
			const keys = item.type === 'match' ? item.pairs.map((p) => p.id) : item.statements.map((s) => s.id);
			const out: Record<string, string> = {};
			for (const k of keys) if (one(k)) out[k] = one(k);
			return Object.keys(out).length ? out : undefined;
		}
		case 'numeric': {
			const v = one();
			if (!v) return undefined;
			return item.measure === 'date' ? v : parseNumber(v);
		}
		case 'rate':
			if (!one() && !one('justification').trim()) return undefined;
			return {
				...(one() ? { level: one() } : {}),
				justification: one('justification'),
				rubric: all('rubric').map(Number).filter(Number.isInteger)
			};
		case 'compare':
			if (!one() && !all('reasons').length) return undefined;
			return { ...(one() ? { pick: one() } : {}), reasons: all('reasons'), why: one('why') };
	}
}

/**
 * What the inputs of a form show for an item: its answer if it is a valid one (a half-typed number is none), and
 * its confidence. QuizItem reads it with `formShown` to keep what was chosen before the JavaScript arrived.
 */
export function shownAnswer(item: ItemView, form: FormLike): { answer?: unknown; confidence?: Confidence } {
	const answer = parseAnswer(item, answerFromForm(item, form));
	const confidence = confidenceFromForm(item.id, form);
	return { ...(answer !== undefined ? { answer } : {}), ...(confidence ? { confidence } : {}) };
}

/**
 * What the form holding the element `id` shows now, in the browser (undefined on the server or when there is
 * no such element). Call it while a component is set up, before Svelte hydrates its inputs: hydration sets
 * every `checked` and `value` from the state, which would wipe a choice made before the JavaScript arrived.
 */
export function formShown(id: string): FormData | undefined {
	if (typeof document === 'undefined') return undefined;
	const form = document.getElementById(id)?.closest('form');
	return form ? new FormData(form) : undefined;
}

/** Every item's raw answer from a posted quiz form, keyed by item id (blank items left out). */
export function answersFromForm(items: ItemView[], form: FormLike): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const it of items) {
		const a = answerFromForm(it, form);
		if (a !== undefined) out[it.id] = a;
	}
	return out;
}

export type Confidence = 'low' | 'medium' | 'high';
export const confidences: Confidence[] = ['low', 'medium', 'high'];

/** The optional confidence rating posted with an item. */
export function confidenceFromForm(itemId: string, form: FormLike): Confidence | undefined {
	const v = str(form.get(field(itemId, 'confidence')));
	return (confidences as string[]).includes(v) ? (v as Confidence) : undefined;
}
