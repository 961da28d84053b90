/**
 * Chart 4: a vertical timeline (time runs down, so labels stay readable on a phone): dated events on the
 * right of the axis, spread apart with leader lines, and the running count of announced strikes as a step
 * area on the left. Events from the last article's last possible day on are marked "after the last article".
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { t } from '$lib/i18n';
import type { TimelineBody } from '../data';
import { dateOf, dayMonth, monthTick, num, span } from '../format';
import { legend } from '../axes';
import { spread, wrap } from '../labels';
import { r1, type Mark, type Scene, type Size } from '../scene';
import { fontSize } from '../style';

export function layoutTimeline(body: TimelineBody, size: Size): Scene {
	const wide = size === 'wide';
	const width = wide ? 720 : 360;
	const lg = legend(
		[
			{
				label: t('charts.legend.strikes'),
				swatch: (x, y) => [
					{ t: 'rect', role: 'strikes-area', x: x - 9, y: y - 6, w: 18, h: 12 },
					{ t: 'line', role: 'strikes-line', x1: x + 9, y1: y - 6, x2: x + 9, y2: y + 6 }
				]
			},
			{ label: t('charts.legend.event'), swatch: (x, y) => [{ t: 'circle', role: 'event', x, y, r: 5 }] },
			{
				label: t('charts.legend.after'),
				swatch: (x, y) => [{ t: 'circle', role: 'event-after', x, y, r: 5 }]
			}
		],
		4,
		0,
		width - 8
	);
	const marks: Mark[] = [...lg.marks];
	const size_ = fontSize('label');
	const colLeft = wide ? 70 : 60;
	const axisX = wide ? 250 : 132;
	const colRight = axisX - 14;
	const labelX = axisX + 26;
	const labelW = width - labelX - 6;
	const events = body.events.map((e) => ({
		e,
		lines: wrap(
			t('charts.timeline.event', { date: dayMonth(e.date), label: e.label }),
			size_,
			labelW,
			e.after ? 700 : 400
		)
	}));
	const lineH = size_ * 1.2;
	const gap = Math.max(...events.map((x) => x.lines.length)) * lineH + 6;

	const top = lg.height + 52;
	const plotH = wide ? Math.max(520, events.length * gap + 20) : 560;
	const bottom = top + plotH;
	const y = scaleUtc()
		.domain([dateOf(body.domain.from), dateOf(body.domain.to)])
		.range([top, bottom]);
	const maxStrikes = Math.max(1, ...body.strikes.map((s) => s.total));
	const x = scaleLinear().domain([0, maxStrikes]).nice(3).range([colLeft, colRight]);

	// months: gridlines across the strikes column, labels at the left
	const months = utcMonth.range(utcMonth.ceil(dateOf(body.domain.from)), dateOf(body.domain.to));
	months.forEach((m, i) => {
		const py = r1(y(m));
		marks.push({ t: 'line', role: 'grid', x1: colLeft, y1: py, x2: axisX, y2: py });
		marks.push({
			t: 'text',
			role: 'tick',
			x: 4,
			y: py,
			lines: [monthTick(m, i === 0 || m.getUTCMonth() === 0)],
			baseline: 'middle'
		});
	});
	// strike counts: ticks on top, a step area down the column
	marks.push({
		t: 'text',
		role: 'axis-title',
		x: colLeft,
		y: top - 30,
		lines: [t('charts.timeline.strikes')]
	});
	for (const v of x.ticks(wide ? 3 : 2)) {
		const px = r1(x(v));
		marks.push({ t: 'line', role: v === 0 ? 'axis' : 'grid', x1: px, y1: top, x2: px, y2: bottom });
		marks.push({ t: 'text', role: 'tick', x: px, y: top - 8, lines: [num(v)], anchor: 'middle' });
	}
	// the last article's window, as a band across the chart
	const w0 = y(dateOf(body.lastArticle.from));
	const w1 = Math.max(y(dateOf(body.lastArticle.to)), w0 + 2);
	marks.push({ t: 'rect', role: 'band', x: colLeft, y: r1(w0), w: width - colLeft, h: r1(w1 - w0) });

	let d = `M${colLeft},${r1(top)}`;
	let line = '';
	let lastX = colLeft;
	for (const s of body.strikes) {
		const py = r1(y(dateOf(s.date)));
		d += `V${py}H${r1(x(s.total))}`;
		line += `${line ? 'V' : `M${r1(lastX)},${r1(top)}V`}${py}H${r1(x(s.total))}`;
		lastX = x(s.total);
	}
	d += `V${r1(bottom)}H${colLeft}Z`;
	line += `V${r1(bottom)}`;
	marks.push({ t: 'path', role: 'strikes-area', d }, { t: 'path', role: 'strikes-line', d: line });
	for (const s of body.strikes) {
		const cx = r1(x(s.total));
		const cy = r1(y(dateOf(s.date)));
		marks.push({
			t: 'datum',
			datum: s.datum,
			hit: { x: cx - 6, y: cy - 6, w: 12, h: 12 },
			marks: [{ t: 'circle', role: 'killed-dot', x: cx, y: cy, r: 3 }]
		});
	}
	const last = body.strikes.at(-1);
	if (last)
		marks.push({
			t: 'text',
			role: 'killed-label',
			x: r1(x(last.total) - 4),
			y: r1(y(dateOf(last.date)) + 16),
			lines: [num(last.total)],
			anchor: 'end'
		});

	// the axis and the events
	marks.push({ t: 'line', role: 'axis', x1: axisX, y1: top, x2: axisX, y2: bottom });
	const wanted = events.map(({ e, lines }) => y(dateOf(e.date)) - ((lines.length - 1) * lineH) / 2);
	// labels may run on below the last date (with longer leaders) rather than crowd each other
	const at = spread(wanted, gap, top - 10, Infinity);
	const labelsEnd = Math.max(bottom, ...events.map(({ lines }, i) => at[i]! + lines.length * lineH));
	events.forEach(({ e, lines }, i) => {
		const ey = r1(y(dateOf(e.date)));
		const ly = at[i]!;
		const mid = ly + ((lines.length - 1) * lineH) / 2;
		marks.push({
			t: 'datum',
			datum: e.datum,
			hit: {
				x: axisX - 8,
				y: r1(Math.min(ey, ly) - 10),
				w: r1(width - axisX + 8),
				h: r1(Math.max(ey, ly + lines.length * lineH) - Math.min(ey, ly) + 6)
			},
			marks: [
				{
					t: 'path',
					role: 'leader',
					d: `M${axisX},${ey}C${axisX + 12},${ey} ${labelX - 14},${r1(mid - 4)} ${labelX - 4},${r1(mid - 4)}`
				},
				{ t: 'circle', role: e.after ? 'event-after' : 'event', x: axisX, y: ey, r: 5 },
				{ t: 'text', role: e.after ? 'after-label' : 'label', x: labelX, y: r1(ly), lines }
			]
		});
	});
	const lastLabel = wrap(
		t('charts.timeline.last', { window: span(body.lastArticle.from, body.lastArticle.to) }),
		fontSize('band-label'),
		width - colLeft - 8
	);
	const keyY = labelsEnd + 12;
	marks.push({ t: 'rect', role: 'band', x: colLeft, y: r1(keyY), w: 14, h: 14 });
	marks.push({ t: 'text', role: 'band-label', x: colLeft + 20, y: r1(keyY + 11), lines: lastLabel });
	return { width, height: r1(keyY + 18 + lastLabel.length * 13.2), marks };
}
