/**
 * Chart 1's labelled marks, placed around what is already drawn: the labels at the ends of the two death
 * lines, and the articles' numbers (a bar across the days the article could have been written, a diamond or
 * a triangle for "at least" at its middle, and the quoted words). Used by layouts/deaths.ts only.
 */
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import { t } from '$lib/i18n';
import type { DeathsBody } from '../data';
import { dateOf, num } from '../format';
import { isFloor, symbolMark } from '../axes';
import { placeLabels, textBox, type Box } from '../labels';
import { r1, type Mark } from '../scene';
import { fontSize } from '../style';

type Step = DeathsBody['steps'][number];
type Report = DeathsBody['reports'][number];

/** The space a report's symbol takes, so that labels placed later keep clear of it. */
export function reportBox(r: Report, x: ScaleTime<number, number>, y: ScaleLinear<number, number>): Box {
	const x0 = x(dateOf(r.from));
	const cx = (x0 + Math.max(x(dateOf(r.to)), x0 + 3)) / 2;
	return { x: cx - 8, y: y(r.value) - 8, w: 16, h: 16 };
}

/** The labels at the ends of the two death lines ("114 killed", "123 incl. presumed dead"). */
export function endLabels(
	last: Step,
	y: ScaleLinear<number, number>,
	endX: number,
	taken: Box[],
	bounds: Box
): Mark[] {
	const ends = [
		{
			text: t('charts.endWithPresumed', { n: num(last.withPresumedTotal) }),
			value: last.withPresumedTotal,
			role: 'presumed-label' as const,
			series: 'with-presumed' as const
		},
		{
			text: t('charts.endKilled', { n: num(last.killedTotal) }),
			value: last.killedTotal,
			role: 'killed-label' as const,
			series: 'killed' as const
		}
	];
	const placed = placeLabels(
		ends.map((e) => ({
			lines: [e.text],
			size: fontSize(e.role),
			weight: 700,
			candidates: [-8, -22, 16, -36].map((dy) => ({ x: endX, y: y(e.value) + dy, anchor: 'end' as const }))
		})),
		taken,
		bounds
	);
	return ends.map((e, i) => {
		taken.push(placed[i]!.box);
		return {
			t: 'text',
			role: e.role,
			series: e.series,
			x: r1(placed[i]!.x),
			y: r1(placed[i]!.y),
			lines: [e.text],
			anchor: 'end'
		};
	});
}

/** The articles' numbers: a bar across the window, a diamond (a triangle for "at least") at its middle, the words. */
export function reports(
	list: Report[],
	x: ScaleTime<number, number>,
	y: ScaleLinear<number, number>,
	taken: Box[],
	bounds: Box
): Mark[] {
	const size = fontSize('report-label');
	const geo = list.map((r) => {
		const x0 = x(dateOf(r.from));
		const x1 = Math.max(x(dateOf(r.to)), x0 + 3);
		return {
			r,
			x0,
			x1,
			cx: (x0 + x1) / 2,
			cy: y(r.value),
			shape: isFloor(r.qualifier) ? ('triangle' as const) : ('diamond' as const),
			text: `“${r.text}”`
		};
	});
	const placed = placeLabels(
		geo.map((m) => ({
			lines: [m.text],
			size,
			weight: 700,
			candidates: [
				{ x: m.cx - 10, y: m.cy - 12, anchor: 'end' as const },
				{ x: m.cx, y: m.cy - 14, anchor: 'middle' as const },
				{ x: m.cx + 10, y: m.cy - 12, anchor: 'start' as const },
				{ x: m.cx - 10, y: m.cy + 20, anchor: 'end' as const },
				{ x: m.cx + 10, y: m.cy + 20, anchor: 'start' as const },
				{ x: m.cx - 10, y: m.cy - 30, anchor: 'end' as const }
			]
		})),
		taken,
		bounds
	);
	return geo.map((m, i) => {
		const p = placed[i]!;
		const box = textBox(p.x, p.y, [m.text], size, p.anchor, 700);
		const hx = Math.min(m.x0, m.cx - 12, box.x);
		const hy = Math.min(m.cy - 12, box.y);
		return {
			t: 'datum',
			datum: m.r.datum,
			hit: {
				x: r1(hx),
				y: r1(hy),
				w: r1(Math.max(m.x1, m.cx + 12, box.x + box.w) - hx),
				h: r1(Math.max(m.cy + 12, box.y + box.h) - hy)
			},
			marks: [
				{ t: 'line', role: 'report-range', x1: r1(m.x0), y1: r1(m.cy), x2: r1(m.x1), y2: r1(m.cy) },
				symbolMark(m.shape, m.cx, m.cy, m.shape === 'triangle' ? 110 : 120, 'report-mark'),
				{ t: 'text', role: 'report-label', x: r1(p.x), y: r1(p.y), lines: [m.text], anchor: p.anchor }
			]
		};
	});
}
