/**
 * The charts' part of the content: content/charts/charts.yaml (what each chart shows, in what words, from
 * which figures and record rows) and content/charts/snapshots/<chart>/<version>.yaml (archived data that
 * archived embeds are built from). Everything is validated here and cross-checked against the figures and
 * the reference record, so that a chart can never cite a figure or row that does not exist.
 */
import { z } from 'zod';
import { isoDate, slug, type Figure, type Metric } from './schema';
import { parseYaml, validate, type Located } from './parse';
import { base, type Collector, type ContentFiles } from './collector';
import { snapshot, type Snapshot } from '../charts/data';
import { fingerprint } from '../charts/version';
import { chartIds, isChartId } from '../charts/ids';
import { figureHref, refAnchor } from './anchors';

const text = z.string().trim().min(1, 'a non-empty text');
const figureId = z.string().min(1);
const rowRef = (table: string) =>
	z.string().regex(new RegExp(`^${table}:[0-9a-z-]+$`), `a row of ${table}.csv such as ${table}:2025-09-02`);

const common = {
	id: slug,
	title: text,
	takeaway: text.describe('one sentence: what a reader should see'),
	description: text.describe('what the chart shows, for screen readers'),
	source_line: text.describe('whose numbers these are'),
	notes: z.array(text).default([])
};
const span = { from: isoDate, to: isoDate };

export const chartDefinition = z.discriminatedUnion('kind', [
	z.strictObject({
		...common,
		kind: z.literal('deaths'),
		data: z.strictObject({ ...span, reports: z.array(figureId).min(1) })
	}),
	z.strictObject({
		...common,
		kind: z.literal('deployments'),
		data: z.strictObject({
			...span,
			panels: z
				.array(
					z.strictObject({
						key: z.enum(['personnel', 'ships', 'aircraft']),
						records: z.array(z.strictObject({ ref: rowRef('deployments'), label: text })).default([]),
						figures: z.array(z.strictObject({ id: figureId, label: text })).default([])
					})
				)
				.min(1)
		})
	}),
	z.strictObject({
		...common,
		kind: z.literal('same-story'),
		data: z.strictObject({ figures: z.array(figureId).min(1) })
	}),
	z.strictObject({
		...common,
		kind: z.literal('timeline'),
		data: z.strictObject({
			...span,
			events: z.array(z.strictObject({ ref: rowRef('events'), label: text })).min(1)
		})
	}),
	z.strictObject({
		...common,
		kind: z.literal('where'),
		data: z.strictObject({
			extent: z.strictObject({ west: z.number(), east: z.number(), south: z.number(), north: z.number() }),
			regions: z.array(z.strictObject({ name: text, label: text, lon: z.number(), lat: z.number() })).min(1),
			places: z.array(z.strictObject({ name: text, lon: z.number(), lat: z.number() })).default([])
		})
	})
]);

export const chartsFile = z.strictObject({
	licence: z.strictObject({ name: text, url: z.string().url(), note: text }),
	articles: z.record(z.string(), text),
	charts: z.array(chartDefinition)
});

export type ChartDefinition = z.infer<typeof chartDefinition>;
export type ChartKind = ChartDefinition['kind'];

export interface ChartContent {
	licence: z.infer<typeof chartsFile>['licence'];
	/** short article names by source id, for labels */
	articles: Record<string, string>;
	definitions: ChartDefinition[];
	/** archived data, newest first within each chart */
	snapshots: Snapshot[];
}

export const emptyCharts = (): ChartContent => ({
	licence: { name: 'unknown', url: 'https://example.org/', note: 'unknown' },
	articles: {},
	definitions: [],
	snapshots: []
});

/** What the chart loader needs to know about the rest of the content. */
export interface ChartPeers {
	figure(id: string): Figure | undefined;
	hasRef(ref: string): boolean;
	hasSource(id: string): boolean;
}

const CHARTS = 'content/charts/charts.yaml';
const SNAPSHOTS = 'content/charts/snapshots/';

/** Which figure metrics each deployments panel takes. */
export const panelMetrics: Record<'personnel' | 'ships' | 'aircraft', Metric[]> = {
	personnel: ['troops', 'people'],
	ships: ['ships', 'submarines'],
	aircraft: ['aircraft']
};

export function loadCharts(c: Collector, files: ContentFiles, peers: ChartPeers): ChartContent {
	const text = files[CHARTS];
	// a content set without charts.yaml (such as the unit-test fixtures) has no charts; the site's chart
	// pages are prerendered for every id in chartIds, so the real build still fails without it
	if (text === undefined) return emptyCharts();
	const doc = c.try(() => parseYaml(CHARTS, text));
	const file = doc && c.try(() => validate(chartsFile, doc));
	if (!doc || !file) return emptyCharts();

	for (const [sid] of Object.entries(file.articles))
		if (!peers.hasSource(sid))
			c.add(CHARTS, ['articles', sid], `unknown source id "${sid}"`, doc.lineOf(['articles', sid]));

	const seen = new Set<string>();
	file.charts.forEach((def, i) => {
		const at = (...path: (string | number)[]) => ['charts', i, ...path];
		const add = (path: (string | number)[], message: string) =>
			c.add(CHARTS, at(...path), message, doc.lineOf(at(...path)));
		if (!isChartId(def.id)) add(['id'], `expected one of the chart ids ${chartIds.join(', ')}`);
		if (seen.has(def.id)) add(['id'], `duplicate chart id "${def.id}"`);
		seen.add(def.id);
		if ('from' in def.data && def.data.from > def.data.to) add(['data', 'from'], 'expected from ≤ to');
		checkDefinition(def, add, peers, file.articles);
	});
	for (const id of chartIds)
		if (!seen.has(id)) c.add(CHARTS, ['charts'], `no definition for chart "${id}"`, doc.lineOf(['charts']));

	const snapshots = loadSnapshots(c, files, peers, seen);
	return { licence: file.licence, articles: file.articles, definitions: file.charts, snapshots };
}

type Add = (path: (string | number)[], message: string) => void;

function checkDefinition(
	def: ChartDefinition,
	add: Add,
	peers: ChartPeers,
	articles: Record<string, string>
) {
	/** the figure, if it exists, is a quantity with one of the metrics, and its article has a short name */
	const quantity = (id: string, path: (string | number)[], allowed: Metric[]) => {
		const f = peers.figure(id);
		if (!f) return add(path, `unknown figure id "${id}"`);
		if (f.kind !== 'quantity') return add(path, `figure "${id}" is a date; expected a quantity`);
		if (!allowed.includes(f.metric))
			add(path, `figure "${id}" counts ${f.metric}; expected ${allowed.join(' or ')}`);
		if (!articles[f.source]) add(path, `no short name for article ${f.source} under articles:`);
	};
	const row = (ref: string, path: (string | number)[]) => {
		if (!peers.hasRef(ref)) add(path, `unknown reference row "${ref}"`);
	};
	switch (def.kind) {
		case 'deaths':
			def.data.reports.forEach((id, j) => quantity(id, ['data', 'reports', j], ['deaths', 'strikes']));
			break;
		case 'deployments':
			def.data.panels.forEach((p, j) => {
				p.records.forEach((r, k) => row(r.ref, ['data', 'panels', j, 'records', k, 'ref']));
				p.figures.forEach((f, k) =>
					quantity(f.id, ['data', 'panels', j, 'figures', k, 'id'], panelMetrics[p.key])
				);
			});
			break;
		case 'same-story':
			def.data.figures.forEach((id, j) => quantity(id, ['data', 'figures', j], ['deaths', 'strikes']));
			break;
		case 'timeline':
			def.data.events.forEach((e, j) => row(e.ref, ['data', 'events', j, 'ref']));
			break;
		case 'where': {
			const e = def.data.extent;
			if (e.west >= e.east || e.south >= e.north)
				add(['data', 'extent'], 'expected west < east and south < north');
			break;
		}
	}
}

function loadSnapshots(
	c: Collector,
	files: ContentFiles,
	peers: ChartPeers,
	charts: Set<string>
): Snapshot[] {
	const out: Snapshot[] = [];
	const paths = Object.keys(files)
		.filter((p) => p.startsWith(SNAPSHOTS) && p.endsWith('.yaml'))
		.sort();
	for (const path of paths) {
		const folder = path.slice(SNAPSHOTS.length).split('/')[0]!;
		const doc: Located | undefined = c.try(() => parseYaml(path, files[path]!));
		const snap = doc && c.try(() => validate(snapshot, doc));
		if (!doc || !snap) continue;
		const add = (p: (string | number)[], message: string) => c.add(path, p, message, doc.lineOf(p));
		if (path.split('/').length !== 5) add([], 'expected the path snapshots/<chart>/<version>.yaml');
		if (snap.chart !== folder) add(['chart'], `expected "${folder}" (the folder name)`);
		if (!charts.has(snap.chart)) add(['chart'], `no chart "${snap.chart}" in charts.yaml`);
		if (snap.data.id !== snap.chart) add(['data', 'id'], `expected "${snap.chart}"`);
		if (snap.version !== base(path)) add(['version'], `expected "${base(path)}" (the file name)`);
		const actual = fingerprint(snap.data);
		if (actual !== snap.version)
			add(
				['version'],
				`the data no longer matches version ${snap.version} (it now has ${actual}): archived data must not be edited`
			);
		snap.data.datums.forEach((d, i) => {
			const f = d.origin === 'article' ? peers.figure(d.ref) : undefined;
			if (d.origin === 'article' && !f)
				return add(
					['data', 'datums', i, 'ref'],
					`unknown figure id "${d.ref}": the archived chart links to it`
				);
			if (d.origin === 'record' && !peers.hasRef(d.ref))
				return add(
					['data', 'datums', i, 'ref'],
					`unknown reference row "${d.ref}": the archived chart links to it`
				);
			const href = f ? figureHref(f) : `/reference#${refAnchor(d.ref)}`;
			if (d.href !== href) add(['data', 'datums', i, 'href'], `expected "${href}"`);
		});
		out.push(snap);
	}
	return out.sort((a, b) =>
		a.chart === b.chart
			? b.archived.localeCompare(a.archived) || b.version.localeCompare(a.version)
			: a.chart.localeCompare(b.chart)
	);
}
