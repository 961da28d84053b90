/**
 * The embed's typography and spacing, in one place: the embed document's stylesheet is written from these
 * numbers, and so is the estimate of the frame height that shows the whole chart at any width from 320 to
 * 1000 px (the default height in the embed code, for hosts that strip scripts). The estimate errs high
 * (generous text widths) and an end-to-end test measures the real page against it.
 */
import { t } from '$lib/i18n';
import type { ChartData } from './data';
import type { Scene } from './scene';
import { wrap } from './labels';

export const EMBED = {
	pad: 12,
	title: { size: 18, lead: 1.25, after: 4 },
	take: { size: 15, lead: 1.4, after: 10 },
	small: { size: 13, lead: 1.4, before: 8 },
	/** the plot switches to the wide drawing at this container width */
	breakpoint: 600,
	narrowMax: 440,
	wideMax: 960,
	control: { oneRow: 80, twoRows: 116, gap: 8 },
	/** the least height of a link (WCAG 2.2 target size) */
	link: 24
} as const;

/** The line under the chart in an embed: where it comes from and which data it shows. */
export const embedCredit = (data: Pick<ChartData, 'licence'>, version: string, archived: boolean) =>
	t(archived ? 'charts.embed.creditArchived' : 'charts.embed.credit', {
		licence: data.licence.name,
		version
	});

const lines = (text: string, size: number, width: number, weight = 400) =>
	wrap(text, size, width, weight).length;

/** The height of the embed document at a viewport width, estimated. */
export function embedHeightAt(
	width: number,
	data: ChartData,
	scenes: { narrow: Scene; wide: Scene },
	methods: boolean
): number {
	const inner = width - EMBED.pad * 2;
	const e = EMBED;
	const text =
		lines(data.title, e.title.size, inner, 700) * e.title.size * e.title.lead +
		e.title.after +
		lines(data.takeaway, e.take.size, inner) * e.take.size * e.take.lead +
		e.take.after +
		lines(`${t('charts.source')} ${data.sourceLine}`, e.small.size, inner) * e.small.size * e.small.lead +
		e.small.before +
		// the link back is an inline block at least 24 px tall (target size), on the first line of the credit
		lines(`${t('charts.embed.open')} · ${embedCredit(data, '0123456789', true)}`, e.small.size, inner) *
			e.small.size *
			e.small.lead +
		Math.max(0, e.link - e.small.size * e.small.lead) +
		e.small.before;
	const control = methods ? (inner < 480 ? e.control.twoRows : e.control.oneRow) + e.control.gap : 0;
	const plot =
		width < e.breakpoint
			? (Math.min(inner, e.narrowMax) / scenes.narrow.width) * scenes.narrow.height
			: (Math.min(inner, e.wideMax) / scenes.wide.width) * scenes.wide.height;
	return e.pad * 2 + text + control + plot;
}

/** The frame height that shows the whole chart at every width from 320 to 1000 px, rounded up to 10 px. */
export function embedHeight(
	data: ChartData,
	scenes: { narrow: Scene; wide: Scene },
	methods: boolean
): number {
	let max = 0;
	for (let w = 320; w <= 1000; w += 8) max = Math.max(max, embedHeightAt(w, data, scenes, methods));
	for (const w of [EMBED.breakpoint - 1, EMBED.breakpoint, 1000])
		max = Math.max(max, embedHeightAt(w, data, scenes, methods));
	return Math.ceil((max + 24) / 10) * 10;
}

export const embedCss = `
html{color-scheme:light dark}
body{margin:0;background:var(--c-bg);color:var(--c-fg);font:${EMBED.take.size}px/${EMBED.take.lead} system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
main{padding:${EMBED.pad}px;max-width:${EMBED.wideMax}px}
h1{font-size:${EMBED.title.size}px;line-height:${EMBED.title.lead};margin:0 0 ${EMBED.title.after}px;text-wrap:balance}
.take{margin:0 0 ${EMBED.take.after}px}
.small{font-size:${EMBED.small.size}px;line-height:${EMBED.small.lead};margin:${EMBED.small.before}px 0 0;color:var(--c-muted)}
.small b{color:var(--c-fg)}
a{color:var(--c-killed)}
.small a{display:inline-block;min-height:${EMBED.link}px}
:focus-visible{outline:3px solid var(--c-killed);outline-offset:2px}
.sb-method{margin-bottom:${EMBED.control.gap}px}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
`;
