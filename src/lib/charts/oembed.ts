/**
 * oEmbed (https://oembed.com): `/oembed?url=<a chart or embed address>&maxwidth=&maxheight=&format=json`
 * answers with a `rich` response whose HTML is an iframe of the embed, so pasting a chart's address into
 * WordPress (or any oEmbed consumer that finds the discovery link on the chart page) embeds it.
 * Pure: the route passes the query, the site's origin and a lookup of chart views.
 */
import { t } from '$lib/i18n';
import type { ChartView } from './view';
import { embedHref } from './ids';

export type OEmbedResult = { status: number; body: Record<string, unknown> };

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MAX_WIDTH = 1000;

/** The chart (and archived version) a URL on this site points at, if any. */
export function chartAddress(url: string, origin: string): { id: string; version?: string } | undefined {
	let u: URL;
	try {
		u = new URL(url, origin);
	} catch {
		return undefined;
	}
	if (u.host !== new URL(origin).host) return undefined;
	const m =
		/^\/(?:charts|embed)\/([a-z0-9-]+)\/?$/.exec(u.pathname) ??
		/^\/embed\/([a-z0-9-]+)\/v\/([0-9a-f]{10})\/?$/.exec(u.pathname);
	return m ? { id: m[1]!, ...(m[2] ? { version: m[2] } : {}) } : undefined;
}

const positive = (v: string | null) => {
	if (v === null || v === '') return undefined;
	const n = Number(v);
	return Number.isInteger(n) && n > 0 ? n : NaN;
};

export function oembed(
	query: URLSearchParams,
	origin: string,
	lookup: (id: string, version?: string) => ChartView | undefined
): OEmbedResult {
	const fail = (status: number, error: string): OEmbedResult => ({ status, body: { error } });
	const url = query.get('url');
	if (!url) return fail(400, t('charts.oembed.noUrl'));
	const format = query.get('format') ?? 'json';
	if (format !== 'json') return fail(501, t('charts.oembed.format', { format }));
	const maxwidth = positive(query.get('maxwidth'));
	const maxheight = positive(query.get('maxheight'));
	if (Number.isNaN(maxwidth) || Number.isNaN(maxheight)) return fail(400, t('charts.oembed.size'));
	const at = chartAddress(url, origin);
	const chart = at && lookup(at.id, at.version);
	if (!at || !chart) return fail(404, t('charts.oembed.notFound', { url }));

	const width = Math.min(maxwidth ?? MAX_WIDTH, MAX_WIDTH);
	const height = Math.min(maxheight ?? chart.embedHeight, chart.embedHeight);
	const src = `${origin}${embedHref(chart.id, at.version)}`;
	const title = `${chart.title} (${t('charts.embed.titleSuffix')})`;
	return {
		status: 200,
		body: {
			version: '1.0',
			type: 'rich',
			provider_name: 'Sourcebook',
			provider_url: `${origin}/`,
			title: chart.title,
			width,
			height,
			cache_age: 86400,
			html: `<iframe src="${esc(src)}" width="${width}" height="${height}" title="${esc(title)}" frameborder="0" scrolling="no" style="border:0;width:100%;max-width:${width}px" loading="lazy" data-sourcebook="${esc(chart.id)}"></iframe>`
		}
	};
}
