/**
 * Chart 2: personnel, ships and aircraft as reported, each figure on its own with its source; no joining
 * line. Each panel lists the figures in date order, each with its date and source, as a dot on a value scale
 * (a time axis would crowd the labels of figures reported days apart).
 */
import { scaleLinear } from 'd3-scale';
import { t } from '$lib/i18n';
import type { DeploymentsBody } from '../data';
import { num, span } from '../format';
import { isFloor, legend, symbolMark } from '../axes';
import { wrap } from '../labels';
import { r1, type Mark, type Scene, type Size } from '../scene';
import { fontSize } from '../style';

type Point = DeploymentsBody['panels'][number]['points'][number];

function pointSymbol(p: Point, cx: number, cy: number): Mark {
	if (p.value === null) return { t: 'circle', role: 'hollow-mark', x: r1(cx), y: r1(cy), r: 5 };
	if (p.origin === 'record') return { t: 'circle', role: 'record-mark', x: r1(cx), y: r1(cy), r: 5.5 };
	return symbolMark(isFloor(p.qualifier) ? 'triangle' : 'diamond', cx, cy, 110, 'article-mark');
}
const head = (p: Point) => (p.origin === 'article' ? `“${p.text}”` : p.text);

function legendMarks(width: number) {
	return legend(
		[
			{
				label: t('charts.legend.record'),
				swatch: (x, y) => [{ t: 'circle', role: 'record-mark', x, y, r: 5 }]
			},
			{
				label: t('charts.legend.article'),
				swatch: (x, y) => [symbolMark('diamond', x, y, 90, 'article-mark')]
			},
			{
				label: t('charts.legend.noNumber'),
				swatch: (x, y) => [{ t: 'circle', role: 'hollow-mark', x, y, r: 5 }]
			}
		],
		4,
		0,
		width - 8
	);
}

export function layoutDeployments(body: DeploymentsBody, size: Size): Scene {
	return rows(body, size);
}

/** One row per figure, in date order, with its date and source at the left and a dot on the value scale. */
function rows(body: DeploymentsBody, layout: Size): Scene {
	const wide = layout === 'wide';
	const width = wide ? 720 : 360;
	const lg = legendMarks(width);
	const marks: Mark[] = [...lg.marks];
	const textRight = wide ? 300 : 150;
	const left = textRight + 18;
	const right = width - (wide ? 90 : 46);
	const size = fontSize('label');
	let top = lg.height + 16;
	for (const panel of body.panels) {
		const max = Math.max(1, ...panel.points.map((p) => p.value ?? 0));
		const x = scaleLinear().domain([0, max]).nice(2).range([left, right]);
		const titleY = top + 14;
		marks.push({ t: 'text', role: 'strong', x: 4, y: titleY, lines: [t(`charts.panel.${panel.key}`)] });
		const tickY = titleY + 18;
		const sorted = [...panel.points].sort((a, b) => a.from.localeCompare(b.from));
		const laid = sorted.map((p) => ({
			p,
			lines: wrap(`${span(p.from, p.to)} · ${p.label}`, size, textRight - 4)
		}));
		const height = laid.reduce((s, r) => s + r.lines.length * size * 1.2 + 10, 0);
		const y0 = tickY + 8;
		for (const v of x.ticks(2)) {
			const px = r1(x(v));
			marks.push({ t: 'line', role: v === 0 ? 'axis' : 'grid', x1: px, y1: y0, x2: px, y2: y0 + height });
			marks.push({ t: 'text', role: 'tick', x: px, y: tickY, lines: [num(v)], anchor: 'middle' });
		}
		let y = y0 + 4;
		for (const { p, lines } of laid) {
			const h = lines.length * size * 1.2 + 10;
			const cy = y + size * 0.6;
			const cx = p.value === null ? left : x(p.value);
			const valueText = p.value === null ? `${head(p)}: ${t('charts.noNumber')}` : head(p);
			const valueLines = wrap(valueText, size, width - cx - 14, 600);
			marks.push({
				t: 'datum',
				datum: p.datum,
				hit: { x: 0, y: r1(y - 2), w: width, h: r1(h - 4) },
				marks: [
					{ t: 'text', role: 'label', x: 4, y: r1(y), lines, baseline: 'hanging' },
					pointSymbol(p, cx, cy),
					{ t: 'text', role: 'label-strong', x: r1(cx + 9), y: r1(cy), lines: valueLines, baseline: 'middle' }
				]
			});
			y += h;
		}
		top = y0 + height + 14;
	}
	return { width, height: top, marks };
}
