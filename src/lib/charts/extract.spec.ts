import { describe, expect, it } from 'vitest';
import { buildContent } from '$lib/content/build';
import { deathSeries, totalsOn, type StrikeRow } from '$lib/content/reference';
import { chartFiles } from './fixtures';
import { byAnnouncement, extractChart, figureTitle, strikeGroups } from './extract';

const content = () => buildContent(chartFiles());
const data = (id: string) => {
	const c = content();
	return extractChart(
		c,
		c.charts.definitions.find((d) => d.id === id)!
	);
};

describe('deaths data', () => {
	it('steps through the totals by announcement day, ending at the record’s totals both ways', () => {
		const d = data('deaths-over-time');
		if (d.body.kind !== 'deaths') throw new Error('kind');
		const series = deathSeries(content().reference.strikes);
		expect(d.body.steps.map((s) => s.date)).toEqual([...series.map((p) => p.announced)].sort());
		const last = d.body.steps.at(-1)!;
		expect(last.killedTotal).toBe(series.at(-1)!.killedTotal);
		expect(last.withPresumedTotal).toBe(series.at(-1)!.withPresumedTotal);
		for (const s of d.body.steps) {
			const known = totalsOn(series, s.date)!;
			expect(s.killedTotal).toBeLessThanOrEqual(known.killed);
		}
	});
	it('gives every mark a datum that links to its sentence or row', () => {
		const d = data('deaths-over-time');
		if (d.body.kind !== 'deaths') throw new Error('kind');
		const report = d.datums[d.body.reports[0]!.datum]!;
		expect(report.href).toMatch(/^\/sources\/[^#]+#fig-t-killed$/);
		expect(report.quote).toBe('killing at least 11 people');
		expect(d.datums[d.body.steps[0]!.datum]!.href).toBe('/reference#strikes-2025-09-02');
	});
});

describe('byAnnouncement', () => {
	it('orders by the day the totals became known, and keeps running sums consistent', () => {
		const series = deathSeries([
			{ date: '2025-10-16', announced: '2025-10-20', killed: 2, ref: 'strikes:a' },
			{ date: '2025-10-17', announced: '2025-10-18', killed: 3, presumed_dead: 1, ref: 'strikes:b' }
		] as StrikeRow[]);
		const out = byAnnouncement(series);
		expect(out.map((p) => p.ref)).toEqual(['strikes:b', 'strikes:a']);
		expect(out.map((p) => [p.killedTotal, p.withPresumedTotal])).toEqual([
			[3, 4],
			[5, 6]
		]);
	});
});

describe('strikeGroups', () => {
	const row = (date: string, cumulative?: number, region = 'Caribbean') =>
		({ date, cumulative_strikes: cumulative, region }) as StrikeRow;
	it('counts a row’s strikes as the change in the running count', () => {
		expect(strikeGroups([row('2025-09-02', 1), row('2025-10-27', 4)]).map((g) => g.strikes)).toEqual([1, 3]);
	});
	it('joins a row without a count to the next row that has one', () => {
		const g = strikeGroups([row('2025-12-29', 30), row('2025-12-30'), row('2025-12-31', 35, '')]);
		expect(g.map((x) => [x.rows.map((r) => r.date), x.strikes])).toEqual([
			[['2025-12-29'], 30],
			[['2025-12-30', '2025-12-31'], 5]
		]);
	});
	it('keeps trailing rows without a count, as a group without a count', () => {
		expect(strikeGroups([row('2025-09-02', 1), row('2025-12-30')]).at(-1)).toMatchObject({ strikes: null });
	});
});

describe('where data', () => {
	it('puts each strike row in exactly one place, and the totals add up to the record', () => {
		const d = data('where');
		if (d.body.kind !== 'where') throw new Error('kind');
		const rows = [...d.body.regions.flatMap((r) => r.groups), ...d.body.apart.groups].flatMap(
			(g) => g.datums
		);
		expect(rows.length).toBe(content().reference.strikes.length);
		expect(new Set(rows).size).toBe(rows.length);
		const killed = d.body.regions.reduce((s, r) => s + r.killed, 0) + d.body.apart.killed;
		expect(killed).toBe(content().reference.strikes.reduce((s, r) => s + r.killed, 0));
	});
});

describe('same-story data', () => {
	it('sets each reported figure against the record on its window’s first and last days', () => {
		const d = data('same-story');
		if (d.body.kind !== 'same-story') throw new Error('kind');
		const series = deathSeries(content().reference.strikes);
		const deaths = d.body.rows.find((r) => r.metric === 'deaths')!;
		expect(deaths.record.find((x) => x.method === 'killed')).toEqual({
			method: 'killed',
			first: totalsOn(series, deaths.from)!.killed,
			last: totalsOn(series, deaths.to)!.killed
		});
		const strikes = d.body.rows.find((r) => r.metric === 'strikes')!;
		expect(strikes.record).toEqual([{ method: 'strikes', first: 1, last: 1 }]);
	});
});

describe('timeline data', () => {
	it('marks events on or after the last article’s last possible day as after it', () => {
		const d = data('timeline');
		if (d.body.kind !== 'timeline') throw new Error('kind');
		// the fixture article could have been written up to 10 Sep 2025; the FAA event is 21 Nov
		expect(d.body.lastArticle.to).toBe('2025-09-10');
		expect(d.body.events.map((e) => e.after)).toEqual([true]);
	});
});

describe('figureTitle', () => {
	const f = (text: string, metric = 'deaths', unit = 'people') =>
		({ text, metric, unit, kind: 'quantity' }) as Parameters<typeof figureTitle>[0];
	it('adds the noun when the words end in a number', () => {
		expect(figureTitle(f('at least 17'))).toBe('“at least 17” dead');
		expect(figureTitle(f('more than thirty', 'strikes', 'strikes'))).toBe('“more than thirty” strikes');
	});
	it('keeps the words alone when they already name the thing', () => {
		expect(figureTitle(f('at least eight ships', 'ships', 'ships'))).toBe('“at least eight ships”');
	});
});
