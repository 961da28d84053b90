/**
 * Turns a paragraph and the quotes that point into it into a tree of text and marked spans, so the
 * reader can wrap each quote in an element with its own id (`#fig-…`, `#claim-…`) and highlight it
 * with CSS `:target` — no JavaScript needed. Quotes must nest or stay apart: two quotes that cross
 * cannot both be elements, and the loader rejects them.
 */

export interface Mark {
	/** the element id, e.g. `fig-s001-deaths-17` */
	id: string;
	start: number;
	end: number;
}

export type Segment = string | { id: string; children: Segment[] };

export interface Crossing {
	a: string;
	b: string;
}

/** Marks that partially overlap (neither contains the other). */
export function crossings(marks: Mark[]): Crossing[] {
	const out: Crossing[] = [];
	for (let i = 0; i < marks.length; i++) {
		for (let j = i + 1; j < marks.length; j++) {
			const a = marks[i]!;
			const b = marks[j]!;
			const overlap = a.start < b.end && b.start < a.end;
			const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
			if (overlap && !nested) out.push({ a: a.id, b: b.id });
		}
	}
	return out;
}

/** Build the segment tree. Identical ranges nest in the order given; crossing marks throw. */
export function segment(text: string, marks: Mark[]): Segment[] {
	const bad = crossings(marks);
	if (bad.length) throw new Error(`quotes cross: ${bad.map((c) => `${c.a} / ${c.b}`).join(', ')}`);
	const sorted = marks
		.map((m, order) => ({ ...m, order }))
		.sort((x, y) => x.start - y.start || y.end - x.end || x.order - y.order);
	return build(text, sorted, 0, text.length);
}

function build(text: string, marks: (Mark & { order: number })[], from: number, to: number): Segment[] {
	const out: Segment[] = [];
	let pos = from;
	let i = 0;
	while (i < marks.length) {
		const m = marks[i]!;
		// children: every following mark that lies inside m
		let j = i + 1;
		while (j < marks.length && marks[j]!.start < m.end) j++;
		if (m.start > pos) out.push(text.slice(pos, m.start));
		out.push({ id: m.id, children: build(text, marks.slice(i + 1, j), m.start, m.end) });
		pos = m.end;
		i = j;
	}
	if (pos < to) out.push(text.slice(pos, to));
	return out;
}
