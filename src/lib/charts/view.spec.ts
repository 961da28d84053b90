import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildContent } from '$lib/content/build';
import { chartFiles } from './fixtures';
import { archivedChartView, chartIds, chartView, snapshotOf } from './view';
import { fingerprint } from './version';
import { embedHeight, embedHeightAt } from './embed-metrics';
import { extractChart } from './extract';

const c = buildContent(chartFiles());

describe('chartView', () => {
	it('gives a plain, serialisable view for each chart id and undefined for others', () => {
		for (const id of chartIds) {
			const v = chartView(c, id)!;
			expect(v.id).toBe(id);
			expect(JSON.parse(JSON.stringify(v))).toEqual(v);
		}
		expect(chartView(c, 'nothing')).toBeUndefined();
		expect(chartView(c, 'constructor')).toBeUndefined();
	});
	it('versions the data by its fingerprint, and says when no archive holds it', () => {
		const v = chartView(c, 'deaths-over-time')!;
		expect(v.version).toBe(fingerprint(extractChart(c, c.charts.definitions[0]!)));
		expect(v.archived).toBe(false);
		expect(v.archive).toBeUndefined();
		expect(v.methods).toBe(true);
		expect(chartView(c, 'where')!.methods).toBe(false);
	});
});

describe('archived charts', () => {
	const snap = snapshotOf(c, 'deaths-over-time', '2026-01-10')!;
	const path = `content/charts/snapshots/deaths-over-time/${snap.version}.yaml`;
	it('are built from the snapshot alone: a later correction of the record changes the live chart, not the archive', () => {
		const files = chartFiles({ [path]: stringify(snap) });
		files['content/reference/strikes.csv'] = files['content/reference/strikes.csv']!.replace(
			'2025-10-28,Eastern Pacific,14,',
			'2025-10-28,Eastern Pacific,15,'
		);
		const later = buildContent(files);
		const live = chartView(later, 'deaths-over-time')!;
		const archived = archivedChartView(later, 'deaths-over-time', snap.version)!;
		expect(live.version).not.toBe(snap.version);
		expect(archived.version).toBe(snap.version);
		expect(archived.fromSnapshot).toBe(true);
		expect(archived.table).toEqual(chartView(c, 'deaths-over-time')!.table);
		expect(live.table).not.toEqual(archived.table);
		// the live chart offers the older archive, and says it is older
		expect(live.archive).toEqual({ version: snap.version, archived: '2026-01-10' });
		expect(live.archived).toBe(false);
	});
	it('are marked as archived when the live data has not changed', () => {
		const now = buildContent(chartFiles({ [path]: stringify(snap) }));
		expect(chartView(now, 'deaths-over-time')!.archived).toBe(true);
		expect(archivedChartView(now, 'deaths-over-time', '0000000000')).toBeUndefined();
	});
});

describe('embedHeight', () => {
	it('covers the estimated height at every width from 320 to 1000 px', () => {
		for (const id of chartIds) {
			const v = chartView(c, id)!;
			const data = extractChart(
				c,
				c.charts.definitions.find((d) => d.id === id)!
			);
			const h = embedHeight(data, v.scenes, v.methods);
			for (let w = 320; w <= 1000; w += 10)
				expect(h).toBeGreaterThanOrEqual(embedHeightAt(w, data, v.scenes, v.methods));
		}
	});
	it('grows with the drawing', () => {
		const v = chartView(c, 'timeline')!;
		const data = extractChart(
			c,
			c.charts.definitions.find((d) => d.id === 'timeline')!
		);
		const taller = { ...v.scenes, wide: { ...v.scenes.wide, height: v.scenes.wide.height * 2 } };
		expect(embedHeight(data, taller, false)).toBeGreaterThan(embedHeight(data, v.scenes, false));
	});
});
