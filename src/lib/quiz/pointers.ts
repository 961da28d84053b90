/**
 * Pointers (`{ source, paragraph, quote }`, `{ figure }`, `{ claim }`, `{ ref }`) resolved into what an item
 * shows and links to: the passage's words around its quote, or a record row, and the link to the highlighted
 * place. Pure functions of a Content object.
 */
import type { Content } from '../content/build';
import { figureHref, paragraphHref, refAnchor } from '../content/anchors';
import type { Pointer } from './schema';
import type { CiteView, PassageView } from './view-types';

function host(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}

/** The paragraph a pointer lands in (for figures and claim notes too), or undefined for a record row. */
function landing(c: Content, p: Pointer): { source: string; paragraph: string; quote?: string } | undefined {
	if (p.figure) {
		const f = c.figure(p.figure);
		return f && { source: f.source, paragraph: f.paragraph, quote: f.quote };
	}
	if (p.claim) {
		const n = c.claims.find((x) => x.id === p.claim);
		if (n?.passage) return { ...n.passage };
		const f = n?.figure ? c.figure(n.figure) : undefined;
		return f && { source: f.source, paragraph: f.paragraph, quote: f.quote };
	}
	if (p.source && p.paragraph) return { source: p.source, paragraph: p.paragraph, quote: p.quote };
	return undefined;
}

export function citeView(c: Content, p: Pointer): CiteView {
	if (p.ref) return { kind: 'ref', href: `/reference#${refAnchor(p.ref)}`, ref: p.ref };
	const at = landing(c, p);
	const sourceTitle = at ? c.source(at.source)?.title : undefined;
	const base = { sourceTitle, paragraph: at?.paragraph };
	if (p.figure && at)
		return { kind: 'figure', href: figureHref({ source: at.source, id: p.figure }), ...base };
	if (p.claim && at) return { kind: 'claim', href: `/sources/${at.source}#note-${p.claim}`, ...base };
	return { kind: 'paragraph', href: at ? paragraphHref(at.source, at.paragraph) : '/sources', ...base };
}

export function passageView(c: Content, p: Pointer): PassageView {
	const cite = citeView(c, p);
	if (p.ref) {
		const row = c.reference.byRef.get(p.ref) as Record<string, unknown> | undefined;
		const str = (k: string) => (typeof row?.[k] === 'string' && row[k] ? (row[k] as string) : undefined);
		return {
			...cite,
			before: '',
			quote: str('quote') ?? '',
			after: '',
			claimant: str('claimant'),
			measure: str('measure'),
			reporter: str('original_reporter'),
			readAt: host(str('source_url')),
			date: str('date') ?? (row?.year !== undefined ? String(row.year) : undefined)
		};
	}
	const at = landing(c, p);
	const text = at ? (c.source(at.source)?.paragraphs.find((x) => x.id === at.paragraph)?.text ?? '') : '';
	const i = at?.quote ? text.indexOf(at.quote) : -1;
	if (!at?.quote || i === -1) return { ...cite, before: text, quote: '', after: '' };
	return { ...cite, before: text.slice(0, i), quote: at.quote, after: text.slice(i + at.quote.length) };
}
