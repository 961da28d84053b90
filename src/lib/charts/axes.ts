/** Axes, gridlines and legends as marks (D3 scales and ticks; no DOM). */
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { symbol, symbolDiamond, symbolTriangle, symbolCircle, symbolSquare } from 'd3-shape';
import type { Mark } from './scene';
import { r1 } from './scene';
import { monthTick } from './format';
import type { Role } from './style';
import { textWidth } from './labels';

/** Month ticks along the bottom of a plot, the year written on the first tick and on January. */
export function timeAxis(x: ScaleTime<number, number>, y: number, every = 1): Mark[] {
	const [d0, d1] = x.domain() as [Date, Date];
	const months = utcMonth.range(utcMonth.ceil(d0!), d1!, every);
	const marks: Mark[] = [
		{ t: 'line', role: 'axis', x1: r1(x.range()[0]!), y1: y, x2: r1(x.range()[1]!), y2: y }
	];
	const end = x.range()[1]!;
	months.forEach((m, i) => {
		const px = r1(x(m));
		const label = monthTick(m, i === 0 || m.getUTCMonth() === 0);
		const anchor = i === 0 ? 'start' : px + textWidth(label, 12) / 2 > end + 6 ? 'end' : 'middle';
		marks.push({ t: 'line', role: 'axis', x1: px, y1: y, x2: px, y2: y + 5 });
		marks.push({
			t: 'text',
			role: 'tick',
			x: anchor === 'end' ? r1(end + 6) : px,
			y: y + 18,
			lines: [label],
			anchor
		});
	});
	return marks;
}

/** Horizontal gridlines with value labels at the left edge, and an axis title above them. */
export function valueGrid(
	y: ScaleLinear<number, number>,
	x0: number,
	x1: number,
	ticks: number,
	title?: string,
	format = (n: number) => String(n)
): Mark[] {
	const marks: Mark[] = [];
	for (const v of y.ticks(ticks)) {
		const py = r1(y(v));
		marks.push({ t: 'line', role: v === 0 ? 'axis' : 'grid', x1: x0, y1: py, x2: x1, y2: py });
		marks.push({
			t: 'text',
			role: 'tick',
			x: x0 - 6,
			y: py,
			lines: [format(v)],
			anchor: 'end',
			baseline: 'middle'
		});
	}
	if (title)
		marks.push({
			t: 'text',
			role: 'axis-title',
			x: x0 - 30,
			y: r1(y.range()[1]! - 12),
			lines: [title],
			anchor: 'start'
		});
	return marks;
}

export type Shape = 'diamond' | 'triangle' | 'circle' | 'square';
const shapes = {
	diamond: symbolDiamond,
	triangle: symbolTriangle,
	circle: symbolCircle,
	square: symbolSquare
};

/** A symbol (area in px²) as a path centred on (x, y). */
export function symbolMark(shape: Shape, x: number, y: number, area: number, role: Role): Mark {
	return { t: 'path', role, d: symbol(shapes[shape], area)()!, x: r1(x), y: r1(y) };
}

/** "at least", "over", "more than": the number is a floor. */
export const isFloor = (qualifier: string) => ['at least', 'over', 'more than'].includes(qualifier);

export interface LegendItem {
	label: string;
	swatch: (x: number, y: number) => Mark[];
}

/** Legend items flowed left to right, wrapping to new rows within `width`; returns the marks and the height used. */
export function legend(
	items: LegendItem[],
	x0: number,
	y0: number,
	width: number,
	size = 13
): { marks: Mark[]; height: number } {
	const marks: Mark[] = [];
	const rowH = 20;
	let x = x0;
	let y = y0 + 12;
	for (const item of items) {
		const w = 26 + textWidth(item.label, size);
		if (x > x0 && x + w > x0 + width) {
			x = x0;
			y += rowH;
		}
		marks.push(...item.swatch(x + 9, y - 4));
		marks.push({ t: 'text', role: 'text', x: x + 24, y, lines: [item.label] });
		x += w + 16;
	}
	return { marks, height: y - y0 + 10 };
}
