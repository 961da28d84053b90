/**
 * Plain, serialisable views of the content for pages: what a route passes to its component.
 * Pure functions of a Content object, so routes stay "look up, 404 on a miss, render".
 */
import type { Content } from './build';
import type { ClaimNote, Figure, Source } from './schema';
import { segment, type Segment } from './passages';
import { deathSeries, type DeathPoint } from './reference';
import { figureHref } from './anchors';

export { figureHref, refAnchor, paragraphHref } from './anchors';

export interface SourceSummary {
	id: string;
	title: string;
	headline: string;
	outlet: string;
	earliest: string;
	latest: string;
	figureCount: number;
}

export function sourceSummaries(c: Content): SourceSummary[] {
	return c.sources.map((s) => ({
		id: s.id,
		title: s.title,
		headline: s.headline,
		outlet: s.outlet.name,
		earliest: s.publication_window.earliest.date,
		latest: s.publication_window.latest.date,
		figureCount: c.figures.filter((f) => f.source === s.id).length
	}));
}

export interface ReaderParagraph {
	id: string;
	kind: Source['paragraphs'][number]['kind'];
	segments: Segment[];
	claims: ClaimNote[];
}

export interface ReaderView {
	source: Omit<Source, 'paragraphs'>;
	paragraphs: ReaderParagraph[];
	figures: FigureRow[];
	claims: ClaimNote[];
	/** whether the article describes deaths (for the content note) */
	describesDeaths: boolean;
}

/** The claim notes that concern a paragraph: on a passage in it, or on a figure quoted from it. */
function claimsFor(c: Content, sourceId: string, paragraphId: string): ClaimNote[] {
	return c.claims.filter((n) => {
		if (n.passage) return n.passage.source === sourceId && n.passage.paragraph === paragraphId;
		const f = n.figure ? c.figure(n.figure) : undefined;
		return f?.source === sourceId && f.paragraph === paragraphId;
	});
}

export function readerView(c: Content, id: string): ReaderView | undefined {
	const s = c.source(id);
	if (!s) return undefined;
	const { paragraphs, ...meta } = s;
	const figures = figureRows(c).filter((f) => f.source === id);
	return {
		source: meta,
		paragraphs: paragraphs.map((p) => ({
			id: p.id,
			kind: p.kind,
			segments: segment(p.text, c.marks.get(`${id}/${p.id}`) ?? []),
			claims: claimsFor(c, id, p.id)
		})),
		figures,
		claims: paragraphs.flatMap((p) => claimsFor(c, id, p.id)),
		describesDeaths: figures.some((f) => f.metric === 'deaths')
	};
}

export type FigureRow = Figure & {
	sourceTitle: string;
	/** link to the highlighted quote in the reader */
	href: string;
	/** a sortable number: the value, or the first day of a date figure as a timestamp */
	sortValue: number;
	claim?: Pick<ClaimNote, 'id' | 'verdict'>;
};

export function figureRows(c: Content): FigureRow[] {
	return c.figures.map((f) => {
		const claim = c.claims.find((n) => n.figure === f.id);
		return {
			...f,
			sourceTitle: c.source(f.source)?.title ?? f.source,
			href: figureHref(f),
			sortValue: f.kind === 'quantity' ? f.value : Date.parse(f.when.from),
			...(claim ? { claim: { id: claim.id, verdict: claim.verdict } } : {})
		};
	});
}

export interface ReferenceView {
	series: DeathPoint[];
	strikes: Content['reference']['strikes'];
	deployments: Content['reference']['deployments'];
	events: Content['reference']['events'];
	tallies: Content['reference']['tallies'];
	overdoses: Content['reference']['overdoses'];
}

export function referenceView(c: Content): ReferenceView {
	const { strikes, deployments, events, tallies, overdoses } = c.reference;
	return { series: deathSeries(strikes), strikes, deployments, events, tallies, overdoses };
}

/** "bairdmaritime.com" from a URL, for "copy read at …" lines. */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export interface FigureView {
	figure: FigureRow;
	/** the paragraph the quote comes from, with only this figure's quote marked */
	paragraph: { id: string; segments: Segment[] };
	sourceTitle: string;
	claim?: ClaimNote;
	/** the same metric as reported by the other articles, for comparison */
	sameMetric: FigureRow[];
}

/** One figure on its own page: its sentence in context, its claim note and the other articles' numbers. */
export function figureView(c: Content, id: string): FigureView | undefined {
	const rows = figureRows(c);
	const row = rows.find((r) => r.id === id);
	const p = row && c.source(row.source)?.paragraphs.find((x) => x.id === row.paragraph);
	if (!row || !p) return undefined;
	const start = p.text.indexOf(row.quote);
	const claim = c.claims.find((n) => n.figure === id);
	return {
		figure: row,
		paragraph: {
			id: p.id,
			segments: segment(p.text, [{ id: `quote-${id}`, start, end: start + row.quote.length }])
		},
		sourceTitle: row.sourceTitle,
		...(claim ? { claim } : {}),
		sameMetric: rows.filter((r) => r.metric === row.metric && r.id !== id && row.kind === 'quantity')
	};
}
