import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildContent, type ContentFiles } from './build';
import { problems } from './fixtures/problems';
import { chartFiles, CHARTS } from '../charts/fixtures';
import { snapshotOf } from '../charts/view';

function edit(from: string | RegExp, to: string, files = chartFiles()): ContentFiles {
	const before = files[CHARTS]!;
	files[CHARTS] = before.replace(from, to);
	if (files[CHARTS] === before) throw new Error(`fixture edit did not apply: ${String(from)}`);
	return files;
}

describe('chart definitions', () => {
	it('load when valid, all five', () => {
		const c = buildContent(chartFiles());
		expect(c.charts.definitions.map((d) => d.id)).toEqual([
			'deaths-over-time',
			'deployments',
			'same-story',
			'timeline',
			'where'
		]);
		expect(c.charts.articles).toHaveProperty(Object.keys(c.charts.articles)[0]!);
	});
	it('name an unknown figure with file, line and field', () => {
		const p = problems(edit('reports: [t-killed]', 'reports: [t-nothing]'));
		expect(p).toEqual([
			expect.stringMatching(
				/^content\/charts\/charts\.yaml:\d+ charts\[0\]\.data\.reports\[0\]: unknown figure id "t-nothing"$/
			)
		]);
	});
	it('refuse a figure that counts something else than the chart plots', () => {
		expect(problems(edit('reports: [t-killed]', 'reports: [t-officials]'))).toEqual([
			expect.stringContaining('counts officials; expected deaths or strikes')
		]);
		expect(problems(edit('reports: [t-killed]', 'reports: [t-monday]'))).toEqual([
			expect.stringContaining('is a date; expected a quantity')
		]);
	});
	it('refuse unknown record rows and rows of the wrong table', () => {
		expect(problems(edit("ref: 'deployments:2025-09-20'", "ref: 'deployments:2025-01-01'"))).toEqual([
			expect.stringContaining('unknown reference row "deployments:2025-01-01"')
		]);
		expect(problems(edit("ref: 'events:2025-11-21'", "ref: 'strikes:2025-09-02'"))).toEqual([
			expect.stringContaining('a row of events.csv')
		]);
	});
	it('require every chart id once, and only chart ids', () => {
		expect(problems(edit('id: where', 'id: elsewhere'))).toEqual(
			expect.arrayContaining([
				expect.stringContaining('expected one of the chart ids'),
				expect.stringContaining('no definition for chart "where"')
			])
		);
	});
	it('require a short name for each article a chart labels', () => {
		expect(problems(edit(/articles:\n {2}\S+: Test Gazette\n/, 'articles: {}\n'))).toEqual(
			expect.arrayContaining([expect.stringContaining('no short name for article')])
		);
	});
	it('check the extent of a map', () => {
		expect(problems(edit('west: -110', 'west: -50'))).toEqual([
			expect.stringContaining('expected west < east and south < north')
		]);
	});
});

describe('chart snapshots', () => {
	const withSnapshot = (mutate?: (snap: NonNullable<ReturnType<typeof snapshotOf>>) => void) => {
		const snap = snapshotOf(buildContent(chartFiles()), 'deaths-over-time', '2026-01-10')!;
		mutate?.(snap);
		return chartFiles({
			[`content/charts/snapshots/deaths-over-time/${snap.version}.yaml`]: stringify(snap)
		});
	};
	it('load when the data matches its version', () => {
		const c = buildContent(withSnapshot());
		expect(c.charts.snapshots).toHaveLength(1);
		expect(c.charts.snapshots[0]!.chart).toBe('deaths-over-time');
	});
	it('refuse data edited after archiving', () => {
		const p = problems(
			withSnapshot((s) =>
				s.data.body.kind === 'deaths' ? (s.data.body.steps[0]!.killedTotal += 1) : undefined
			)
		);
		expect(p).toEqual([
			expect.stringMatching(
				/snapshots\/deaths-over-time\/[0-9a-f]{10}\.yaml:\d+ version: the data no longer matches/
			)
		]);
	});
	it('refuse an archived datum whose figure no longer exists', () => {
		const files = withSnapshot();
		const fig = Object.keys(files).find((k) => k.startsWith('content/figures/'))!;
		// the figure is renamed: the archived chart's link would break, and a claim note that cites it too
		files[fig] = files[fig]!.replace('id: t-killed', 'id: t-killed-renamed');
		expect(problems(files)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('unknown figure id "t-killed": the archived chart links to it')
			])
		);
	});
	it('refuse a snapshot under the wrong chart folder or file name', () => {
		const files = withSnapshot();
		const path = Object.keys(files).find((k) => k.includes('snapshots'))!;
		files['content/charts/snapshots/where/0000000000.yaml'] = files[path]!;
		delete files[path];
		expect(problems(files)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('chart: expected "where" (the folder name)'),
				expect.stringContaining('version: expected "0000000000" (the file name)')
			])
		);
	});
});
