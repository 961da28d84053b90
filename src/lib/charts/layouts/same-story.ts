/**
 * Chart 3: for each article, the number it reported (a diamond, or a triangle for "at least") against what
 * the record showed across the days it could have been written (bars from the first day's count to the
 * last day's, for each counting method). Wide: deaths and strikes side by side; narrow: one under the other.
 */
import { scaleLinear } from 'd3-scale';
import { t } from '$lib/i18n';
import type { SameStoryBody } from '../data';
import { num, span } from '../format';
import { isFloor, legend, symbolMark } from '../axes';
import { placeLabels, wrap } from '../labels';
import { r1, type Mark, type Scene, type Size } from '../scene';
import { fontSize, type Role } from '../style';

type Row = SameStoryBody['rows'][number];
const barRole: Record<string, Role> = {
	killed: 'killed-bar',
	'with-presumed': 'presumed-bar',
	strikes: 'killed-bar'
};
const barText = (method: string, range: string) =>
	method === 'killed'
		? t('charts.bar.killed', { n: range })
		: method === 'strikes'
			? t('charts.bar.strikes', { n: range })
			: t('charts.bar.withPresumed', { n: range });

export function layoutSameStory(body: SameStoryBody, size: Size): Scene {
	const wide = size === 'wide';
	const width = wide ? 720 : 360;
	const lg = legend(
		[
			{
				label: t('charts.legend.reportShort'),
				swatch: (x, y) => [symbolMark('diamond', x, y, 90, 'report-mark')]
			},
			{
				label: t('charts.legend.reportFloor'),
				swatch: (x, y) => [symbolMark('triangle', x, y + 1, 80, 'report-mark')]
			},
			{
				label: t('charts.legend.recordKilled'),
				swatch: (x, y) => [{ t: 'rect', role: 'killed-bar', x: x - 9, y: y - 3, w: 18, h: 6 }]
			},
			{
				label: t('charts.legend.recordPresumed'),
				swatch: (x, y) => [{ t: 'rect', role: 'presumed-bar', x: x - 9, y: y - 3, w: 18, h: 6 }]
			}
		],
		4,
		0,
		width - 8
	);
	const marks: Mark[] = [...lg.marks];
	const sources = [...new Set(body.rows.map((r) => r.source))];
	const metrics = ['deaths', 'strikes'] as const;
	const max = (m: string) =>
		Math.max(
			1,
			...body.rows
				.filter((r) => r.metric === m)
				.flatMap((r) => [r.reported.value, ...r.record.map((x) => x.last)])
		);
	const labelW = 190;
	// panels: [x0, x1] for each metric
	const panels = wide
		? { deaths: [labelW + 20, 450], strikes: [490, width - 16] }
		: { deaths: [12, width - 16], strikes: [12, width - 16] };
	const scales = Object.fromEntries(
		metrics.map((m) => [
			m,
			scaleLinear()
				.domain([0, max(m)])
				.nice(4)
				.range(panels[m] as [number, number])
		])
	) as Record<(typeof metrics)[number], ReturnType<typeof scaleLinear<number, number>>>;
	const rowH = { deaths: 50, strikes: 36 };

	const axis = (m: (typeof metrics)[number], y: number, height: number) => {
		const x = scales[m];
		marks.push({ t: 'text', role: 'strong', x: x.range()[0]!, y: y - 22, lines: [t(`charts.panel.${m}`)] });
		for (const v of x.ticks(4)) {
			const px = r1(x(v));
			marks.push({ t: 'line', role: v === 0 ? 'axis' : 'grid', x1: px, y1: y, x2: px, y2: y + height });
			marks.push({ t: 'text', role: 'tick', x: px, y: y - 6, lines: [num(v)], anchor: 'middle' });
		}
	};
	const drawRow = (r: Row, y: number) => {
		const x = scales[r.metric];
		const [x0, x1] = x.range() as [number, number];
		const cy = y + 12;
		const cx = x(r.reported.value);
		const label = `“${r.reported.text}”`;
		const size = fontSize('report-label');
		const bars = r.record.map((b, i) => {
			const bx0 = x(b.first);
			const bx1 = Math.max(x(b.last), bx0 + 3);
			const by = y + 24 + i * 12;
			return { b, bx0, bx1, by };
		});
		const barBoxes = bars.map(({ bx0, bx1, by }) => ({ x: bx0, y: by, w: bx1 - bx0, h: 6 }));
		const [pl] = placeLabels(
			[
				{
					lines: [label],
					size,
					weight: 700,
					candidates: [
						{ x: cx + 10, y: cy + 4, anchor: 'start' },
						{ x: cx - 10, y: cy + 4, anchor: 'end' }
					]
				}
			],
			barBoxes,
			{ x: x0 - 4, y, w: x1 - x0 + 8, h: 24 }
		);
		marks.push({
			t: 'datum',
			datum: r.reported.datum,
			hit: {
				x: r1(Math.min(cx - 12, pl!.box.x)),
				y: r1(y),
				w: r1(Math.max(cx + 12, pl!.box.x + pl!.box.w) - Math.min(cx - 12, pl!.box.x)),
				h: 22
			},
			marks: [
				symbolMark(isFloor(r.reported.qualifier) ? 'triangle' : 'diamond', cx, cy, 120, 'report-mark'),
				{ t: 'text', role: 'report-label', x: r1(pl!.x), y: r1(pl!.y), lines: [label], anchor: pl!.anchor }
			]
		});
		const barMarks: Mark[] = [];
		const startMarks: Mark[] = [];
		for (const { b, bx0, bx1, by } of bars) {
			barMarks.push({ t: 'rect', role: barRole[b.method]!, x: r1(bx0), y: r1(by), w: r1(bx1 - bx0), h: 6 });
			startMarks.push({ t: 'rect', role: barRole[b.method]!, x: r1(bx0 - 1), y: r1(by - 2), w: 2, h: 10 });
			const text = barText(b.method, b.first === b.last ? num(b.last) : `${num(b.first)}–${num(b.last)}`);
			const [bl] = placeLabels(
				[
					{
						lines: [text],
						size: fontSize('small'),
						candidates: [
							{ x: bx1 + 6, y: by + 6, anchor: 'start' },
							{ x: bx0 - 6, y: by + 6, anchor: 'end' }
						]
					}
				],
				[],
				{ x: x0 - 10, y: by - 10, w: x1 - x0 + 20, h: 20 }
			);
			barMarks.push({
				t: 'text',
				role: 'small',
				x: r1(bl!.x),
				y: r1(bl!.y),
				lines: [text],
				anchor: bl!.anchor
			});
		}
		// the bars link to the row in force on the window's last day; where an earlier row was in force on its
		// first day, the bars' starts link to that one
		const [first, last] = r.recordDatums;
		const barsTop = r1(y + 20);
		const barsH = r.record.length * 12 + 4;
		if (first !== last) {
			const sx = Math.min(...bars.map((b) => b.bx0));
			marks.push({
				t: 'datum',
				datum: first,
				hit: { x: r1(sx - 7), y: barsTop, w: 10, h: barsH },
				marks: startMarks
			});
			marks.push({
				t: 'datum',
				datum: last,
				hit: { x: r1(sx + 3), y: barsTop, w: r1(x1 - sx - 3), h: barsH },
				marks: barMarks
			});
		} else
			marks.push({
				t: 'datum',
				datum: last,
				hit: { x: r1(x0), y: barsTop, w: r1(x1 - x0), h: barsH },
				marks: barMarks
			});
	};
	const rowLabel = (source: string, x: number, y: number, maxW: number) => {
		const r = body.rows.find((row) => row.source === source)!;
		const name = wrap(r.label, fontSize('strong'), maxW, 600);
		marks.push({ t: 'text', role: 'strong', x, y, lines: name });
		marks.push({ t: 'text', role: 'small', x, y: y + name.length * 15.6, lines: [span(r.from, r.to)] });
		return name.length * 15.6 + 14;
	};

	let top = lg.height + 50;
	if (wide) {
		const h = sources.length * (rowH.deaths + 14);
		for (const m of metrics) axis(m, top, h);
		sources.forEach((s, i) => {
			const y = top + 6 + i * (rowH.deaths + 14);
			rowLabel(s, 4, y + 14, labelW - 8);
			for (const r of body.rows.filter((row) => row.source === s)) drawRow(r, y);
		});
		top += h + 10;
	} else {
		for (const m of metrics) {
			const rows = body.rows.filter((r) => r.metric === m);
			const heights = rows.map(() => 20 + rowH[m] + 10);
			const h = heights.reduce((a, b) => a + b, 0);
			axis(m, top, h);
			let y = top + 4;
			rows.forEach((r) => {
				const lh = rowLabel(r.source, 16, y + 12, width - 40);
				drawRow(r, y + lh - 4);
				y += lh - 4 + rowH[m] + 6;
			});
			top = y + 50;
		}
		top -= 40;
	}
	return { width, height: r1(top), marks };
}
