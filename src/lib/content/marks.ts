/**
 * Marks and coverage of source paragraphs: figures and claims mark the quotes they cite (element ids for
 * the reader), figures and exclusions cover the numbers they account for. Once all are loaded,
 * checkParagraphs requires every number to be covered and quotes to nest or stay apart.
 */
import type { Collector } from './collector';
import type { Located } from './parse';
import type { Source } from './schema';
import { uncovered, type Span } from './numbers';
import { crossings, type Mark } from './passages';

export class Marks {
	/** `${source}/${paragraph}` → the quotes marked in it */
	marks = new Map<string, Mark[]>();
	/** `${source}/${paragraph}` → the spans of numbers accounted for */
	covering = new Map<string, Span[]>();

	/** mark a quote in a paragraph, and cover a number in it if given */
	mark(sid: string, pid: string, m: Mark, cover?: Span) {
		const key = `${sid}/${pid}`;
		this.marks.set(key, [...(this.marks.get(key) ?? []), m]);
		if (cover) this.covering.set(key, [...(this.covering.get(key) ?? []), cover]);
	}

	/** cover spans of a paragraph without marking them (deliberate non-figures) */
	cover(sid: string, pid: string, spans: Span[]) {
		const key = `${sid}/${pid}`;
		this.covering.set(key, [...(this.covering.get(key) ?? []), ...spans]);
	}
}

/** every number in every paragraph is a figure or an explained exclusion; quotes nest or stay apart */
export function checkParagraphs(c: Collector, sources: Source[], docs: Map<string, Located>, m: Marks) {
	for (const s of sources) {
		const doc = docs.get(s.id)!;
		s.paragraphs.forEach((p, i) => {
			const key = `${s.id}/${p.id}`;
			for (const n of uncovered(p.text, m.covering.get(key) ?? []))
				c.add(
					`content/figures/${s.id}.yaml`,
					[],
					`"${n.text}" in ${s.id} ${p.id} ("…${p.text.slice(Math.max(0, n.start - 30), n.end + 30)}…") is neither a figure's text nor excluded`
				);
			for (const x of crossings(m.marks.get(key) ?? []))
				c.add(
					doc.file,
					['paragraphs', i],
					`quotes of ${x.a} and ${x.b} cross: make one contain the other`,
					doc.lineOf(['paragraphs', i])
				);
		});
	}
}
