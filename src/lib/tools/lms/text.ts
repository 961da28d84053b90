/**
 * The words and HTML of an LMS export: where a passage or feedback link is from, passages as quotations,
 * a question's stem as HTML, and the conversion notes as plain lines. Shared by the converters and both
 * writers (qti.ts, gift.ts).
 */
import { t, type MessageKey } from '$lib/i18n';
import type { CiteView, PassageView } from '$lib/quiz/view';
import type { LmsNote, LmsPassage, LmsStem } from './types';

/** "Report: U.S. to launch…, paragraph p06" or "Reference record, 2025-11-15". */
export function citeText(c: CiteView | PassageView): string {
	if (c.kind === 'ref') return t('tools.lms.fromRecord', { ref: c.ref ?? '' });
	if (c.sourceTitle && c.paragraph)
		return t('tools.lms.fromSource', { source: c.sourceTitle, paragraph: c.paragraph });
	return c.sourceTitle ?? '';
}

/** A site link made absolute: it goes into another system. */
export const absolute = (origin: string, href: string) => (/^https?:/.test(href) ? href : `${origin}${href}`);

/** A passage as a quotation: the paragraph around the quote, or a record row with who said and measured what. */
export function passage(p: PassageView, origin: string, label?: string): LmsPassage {
	if (p.kind === 'ref') {
		const bits = [
			p.date ? t('quiz.passage.record', { date: p.date }) : citeText(p),
			p.claimant ? t('quiz.passage.claimant', { who: p.claimant }) : '',
			p.measure ? t('quiz.passage.measure', { what: p.measure }) : '',
			p.reporter ? t('quiz.passage.reporter', { who: p.reporter }) : ''
		].filter(Boolean);
		return {
			label,
			before: '',
			quote: p.quote,
			after: '',
			from: bits.join('. '),
			href: absolute(origin, p.href)
		};
	}
	return {
		label,
		before: p.before,
		quote: p.quote,
		after: p.after,
		from: citeText(p),
		href: absolute(origin, p.href)
	};
}

/** The notes as lines of plain text, one per item ("numbers-01 (order): …"). */
export function noteLines(notes: LmsNote[]): string[] {
	return notes.map((n) => `${n.itemId} (${t(`quiz.type.${n.itemType}` as MessageKey)}): ${n.text}`);
}

/** The HTML of a question's stem: prompt, lines, passages as quotations with where they come from. */
export function stemHtml(stem: LmsStem): string {
	const out = [`<p>${esc(stem.prompt)}</p>`, ...stem.lines.map((l) => `<p>${esc(l)}</p>`)];
	for (const p of stem.passages) {
		const label = p.label ? `<p><strong>${esc(p.label)}</strong></p>` : '';
		const words = `${esc(p.before)}${p.quote ? `<strong>${esc(p.quote)}</strong>` : ''}${esc(p.after)}`;
		const from = p.href ? `<a href="${esc(p.href)}">${esc(p.from)}</a>` : esc(p.from);
		out.push(`<blockquote>${label}<p>${words}</p><p>— ${from}</p></blockquote>`);
	}
	return out.join('');
}

/** Escape text for HTML. */
export function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
