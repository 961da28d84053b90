/**
 * Chart 1: deaths and strikes over time. Above, the running death totals as two step lines (killed in
 * strikes; including people presumed dead); below, the running count of strikes. On both, the articles'
 * numbers drawn across the days each article could have been written (a bar, not a point).
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { t } from '$lib/i18n';
import type { DeathsBody } from '../data';
import { dateOf } from '../format';
import { legend, symbolMark, timeAxis, valueGrid } from '../axes';
import type { Box } from '../labels';
import { r1, type Mark, type Scene, type Series, type Size } from '../scene';
import type { Role } from '../style';
import { endLabels, reportBox, reports } from './deaths-labels';

type Step = DeathsBody['steps'][number];

export function layoutDeaths(body: DeathsBody, size: Size): Scene {
	const wide = size === 'wide';
	const width = wide ? 720 : 360;
	const left = 40;
	const right = width - (wide ? 16 : 10);
	const lg = deathsLegend(width);
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
	marks.push({
		t: 'path',
		role: 'strikes-line',
		d: stepLine(
			body,
			counted.map((s) => [dateOf(s.date), s.strikesTotal]),
			x,
			ys
		)
	});
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

/** A running total as a step line from the start of the domain (at 0) to its end (at the last total). */
function stepLine(
	body: DeathsBody,
	points: [Date, number][],
	x: ScaleTime<number, number>,
	y: ScaleLinear<number, number>
): string {
	return line<[Date, number]>()
		.x((p) => r1(x(p[0])))
		.y((p) => r1(y(p[1])))
		.curve(curveStepAfter)([
		[dateOf(body.domain.from), 0],
		...points,
		[dateOf(body.domain.to), points.at(-1)?.[1] ?? 0]
	])!;
}

/** One of the two death lines: killed in strikes, or including people presumed dead. */
function stepPath(
	body: DeathsBody,
	x: ScaleTime<number, number>,
	y: ScaleLinear<number, number>,
	key: 'killedTotal' | 'withPresumedTotal',
	role: Role,
	series: Series
): Mark {
	const d = stepLine(
		body,
		body.steps.map((s) => [dateOf(s.date), s[key]]),
		x,
		y
	);
	return { t: 'path', role, series, d };
}

const dot = (s: Step, cx: number, cy: number, role: Role, series?: Series): Mark => ({
	t: 'datum',
	datum: s.datum,
	...(series ? { series } : {}),
	hit: { x: r1(cx - 6), y: r1(cy - 6), w: 12, h: 12 },
	marks: [{ t: 'circle', role, x: r1(cx), y: r1(cy), r: 3.5 }]
});

/** The key above the plot: the two lines and the two report symbols. */
function deathsLegend(width: number) {
	return legend(
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
}
