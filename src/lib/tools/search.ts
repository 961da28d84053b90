/**
 * Site search with Pagefind: which prerendered pages are indexed and as what (lesson, source, figure …),
 * the small changes made to their HTML before indexing (the part to index and its type), and the pieces of
 * a result's excerpt for display. Pure; the index is built by scripts/build-search.ts after `vite build`.
 */
import type { MessageKey } from '$lib/i18n';

export const pageTypes = [
	'lesson',
	'module',
	'quiz',
	'source',
	'figure',
	'chart',
	'glossary',
	'reference'
] as const;
export type PageType = (typeof pageTypes)[number];

export const typeLabelKey = (type: PageType): MessageKey => `tools.search.type.${type}`;

/** The type of a page by its address, or undefined for pages that are not searched (print, embeds, search …). */
export function pageType(path: string): PageType | undefined {
	const p = path.replace(/\.html$/, '').replace(/\/index$/, '') || '/';
	if (/^\/lessons\/[^/]+$/.test(p)) return 'lesson';
	if (/^\/modules\/[^/]+$/.test(p)) return 'module';
	if (/^\/quizzes\/[^/]+$/.test(p)) return 'quiz';
	if (/^\/sources\/[^/]+$/.test(p)) return 'source';
	if (/^\/figures\/[^/]+$/.test(p)) return 'figure';
	if (/^\/charts\/[^/.]+$/.test(p)) return 'chart';
	if (p === '/glossary') return 'glossary';
	if (p === '/reference') return 'reference';
	return undefined;
}

/** The address of a prerendered file: "lessons/what-happened.html" → "/lessons/what-happened". */
export function urlOf(file: string): string {
	const p = `/${file.replace(/\\/g, '/').replace(/\.html$/, '')}`;
	return p === '/index' ? '/' : p.replace(/\/index$/, '');
}

/**
 * Mark what Pagefind indexes: the element that already carries data-pagefind-body (figure pages), else
 * <main>; and tag it with the page type as a filter and as metadata. Returns undefined if there is no <main>.
 */
export function prepareHtml(html: string, type: PageType, label: string): string | undefined {
	const attrs = ` data-pagefind-filter="type:${label}" data-pagefind-meta="type:${label}"`;
	if (/\sdata-pagefind-body[\s>=]/.test(html))
		return html.replace(/(\sdata-pagefind-body)(?=[\s>=])/, `$1${attrs}`);
	if (!/<main[\s>]/.test(html)) return undefined;
	return html.replace(/<main(?=[\s>])/, `<main data-pagefind-body${attrs}`);
}

/** Selectors left out of the index: chart controls and files, embed code, print links, hidden helper text. */
export const excludeSelectors = [
	'.sb-tabs',
	'.sb-panel-download',
	'.sb-panel-embed',
	'.sb-method',
	'.sb-print-links',
	'.qz-actions',
	'svg',
	'nav',
	'noscript',
	'.skip-link',
	'.visually-hidden'
];

export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const entities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	'#39': "'",
	apos: "'",
	nbsp: '\u00a0'
};
const decode = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
		if (e[0] === '#') {
			const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return Number.isFinite(n) ? String.fromCodePoint(n) : m;
		}
		return entities[e.toLowerCase()] ?? m;
	});

/**
 * A Pagefind excerpt ("…the <mark>presumed</mark> dead…") as plain text pieces, the matches flagged, so the
 * page renders them as text (no HTML from the index is ever inserted).
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const out: ExcerptPart[] = [];
	const re = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
		if (m.index > last)
			out.push({ text: decode(excerpt.slice(last, m.index).replace(/<[^>]*>/g, '')), mark: false });
		out.push({ text: decode(m[1]!.replace(/<[^>]*>/g, '')), mark: true });
		last = m.index + m[0].length;
	}
	if (last < excerpt.length)
		out.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), mark: false });
	return out.filter((p) => p.text);
}

/** A result's address made site-relative; anything that is not a path on this site is refused. */
export function safeHref(url: string): string | undefined {
	return /^\/(?!\/)[^\s]*$/.test(url) ? url : undefined;
}
