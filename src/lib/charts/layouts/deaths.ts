/**
 * Chart 1: deaths and strikes over time. Above, the running death totals as two step lines (killed in
 * strikes; including people presumed dead); below, the running count of strikes. On both, the articles'
 * numbers drawn across the days each article could have been written (a bar, not a point).
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { t } from '$lib/i18n';
import type { DeathsBody } from '../data';
import { dateOf, num } from '../format';
import { isFloor, legend, symbolMark, timeAxis, valueGrid } from '../axes';
import { placeLabels, textBox, type Box } from '../labels';
import { r1, type Mark, type Scene, type Series, type Size } from '../scene';
import { fontSize, type Role } from '../style';

type Step = DeathsBody['steps'][number];
type Report = DeathsBody['reports'][number];

export function layoutDeaths(body: DeathsBody, size: Size): Scene {
	const wide = size === 'wide';
	const width = wide ? 720 : 360;
	const left = 40;
	const right = width - (wide ? 16 : 10);
	const lg = legend(
		[
			{
				label: t('charts.legend.killed'),
				swatch: (x, y) => [{ t: 'line', role: 'killed-line', x1: x - 9, y1: y, x2: x + 9, y2: y }]
			},
			{
				label: t('charts.legend.withPresumed'),
				swatch: (x, y) => [{ t: 'line', role: 'presumed-line', x1: x - 9, y1: y, x2: x + 9, y2: y }]
			},
			{
				label: t('charts.legend.reportShort'),
				swatch: (x, y) => [symbolMark('diamond', x, y, 90, 'report-mark')]
			},
			{
				label: t('charts.legend.reportFloor'),
				swatch: (x, y) => [symbolMark('triangle', x, y + 1, 80, 'report-mark')]
			}
		],
		4,
		0,
		width - 8
	);
	const x = scaleUtc()
		.domain([dateOf(body.domain.from), dateOf(body.domain.to)])
		.range([left, right]);
	const marks: Mark[] = [...lg.marks];

	// deaths
	const top = lg.height + 34;
	const bottom = top + (wide ? 270 : 240);
	const last = body.steps.at(-1);
	const deathReports = body.reports.filter((r) => r.metric === 'deaths');
	const y = scaleLinear()
		.domain([0, Math.max(1, last?.withPresumedTotal ?? 0, ...deathReports.map((r) => r.value))])
		.nice()
		.range([bottom, top]);
	marks.push(...valueGrid(y, left, right, wide ? 6 : 5, t('charts.axis.deaths')), ...timeAxis(x, bottom));
	marks.push(
		stepPath(body, x, y, 'withPresumedTotal', 'presumed-line', 'with-presumed'),
		stepPath(body, x, y, 'killedTotal', 'killed-line', 'killed')
	);
	const taken: Box[] = [];
	// a dot on each step of each line, for its record row (the killed line's drawn last, on top)
	for (const [series, key, role] of [
		['with-presumed', 'withPresumedTotal', 'presumed-dot'],
		['killed', 'killedTotal', 'killed-dot']
	] as const)
		for (const s of body.steps) marks.push(dot(s, x(dateOf(s.date)), y(s[key]), role, series));
	taken.push(...deathReports.map((r) => reportBox(r, x, y)));
	if (last)
		marks.push(
			...endLabels(last, y, right - 2, taken, { x: left, y: top - 20, w: right - left, h: bottom - top + 20 })
		);
	marks.push(
		...reports(deathReports, x, y, taken, { x: left, y: top - 10, w: right - left, h: bottom - top + 10 })
	);

	// strikes
	const sTop = bottom + 62;
	const sBottom = sTop + (wide ? 110 : 100);
	const counted = body.steps.filter((s): s is Step & { strikesTotal: number } => s.strikesTotal !== null);
	const strikeReports = body.reports.filter((r) => r.metric === 'strikes');
	const ys = scaleLinear()
		.domain([0, Math.max(1, ...counted.map((s) => s.strikesTotal), ...strikeReports.map((r) => r.value))])
		.nice()
		.range([sBottom, sTop]);
	marks.push(...valueGrid(ys, left, right, 3, t('charts.axis.strikes')), ...timeAxis(x, sBottom));
	const strikeLine = line<[Date, number]>()
		.x((d) => r1(x(d[0])))
		.y((d) => r1(ys(d[1])))
		.curve(curveStepAfter)([
		[dateOf(body.domain.from), 0],
		...counted.map((s) => [dateOf(s.date), s.strikesTotal] as [Date, number]),
		[dateOf(body.domain.to), counted.at(-1)?.strikesTotal ?? 0]
	])!;
	marks.push({ t: 'path', role: 'strikes-line', d: strikeLine });
	for (const s of counted) marks.push(dot(s, x(dateOf(s.date)), ys(s.strikesTotal), 'killed-dot'));
	const sTaken = strikeReports.map((r) => reportBox(r, x, ys));
	marks.push(
		...reports(strikeReports, x, ys, sTaken, {
			x: left,
			y: sTop - 10,
			w: right - left,
			h: sBottom - sTop + 10
		})
	);
	return { width, height: sBottom + 28, marks };
}

function stepPath(
	body: DeathsBody,
	x: ScaleTime<number, number>,
	y: ScaleLinear<number, number>,
	key: 'killedTotal' | 'withPresumedTotal',
	role: Role,
	series: Series
): Mark {
	const last = body.steps.at(-1);
	const d = line<[Date, number]>()
		.x((p) => r1(x(p[0])))
		.y((p) => r1(y(p[1])))
		.curve(curveStepAfter)([
		[dateOf(body.domain.from), 0],
		...body.steps.map((s) => [dateOf(s.date), s[key]] as [Date, number]),
		[dateOf(body.domain.to), last?.[key] ?? 0]
	])!;
	return { t: 'path', role, series, d };
}

const dot = (s: Step, cx: number, cy: number, role: Role, series?: Series): Mark => ({
	t: 'datum',
	datum: s.datum,
	...(series ? { series } : {}),
	hit: { x: r1(cx - 6), y: r1(cy - 6), w: 12, h: 12 },
	marks: [{ t: 'circle', role, x: r1(cx), y: r1(cy), r: 3.5 }]
});

function reportBox(r: Report, x: ScaleTime<number, number>, y: ScaleLinear<number, number>): Box {
	const x0 = x(dateOf(r.from));
	const cx = (x0 + Math.max(x(dateOf(r.to)), x0 + 3)) / 2;
	return { x: cx - 8, y: y(r.value) - 8, w: 16, h: 16 };
}

/** The labels at the ends of the two death lines ("114 killed", "123 incl. presumed dead"). */
function endLabels(
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
function reports(
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
