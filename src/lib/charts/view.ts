/**
 * chartView: everything a page needs to show one chart, as a plain serialisable object: texts, datums,
 * the two scenes (narrow and wide), the table, the data version and the addresses of its files and embeds.
 * Server-side (it reads the content and fingerprints the data); the browser gets only the result.
 */
import type { Content } from '$lib/content/build';
import { chartData, type ChartData, type Datum } from './data';
import { extractChart } from './extract';
import { layoutChart } from './layout';
import type { Scene } from './scene';
import { chartTable, type ChartTable } from './table';
import { fingerprint } from './version';
import { chartFileHref, chartHref, chartIds, embedHref, isChartId, type ChartId } from './ids';
import { embedHeight } from './embed-metrics';

export { chartIds, type ChartId };

export interface ArchiveRef {
	version: string;
	archived: string;
}

export interface ChartView {
	id: string;
	title: string;
	takeaway: string;
	description: string;
	sourceLine: string;
	notes: string[];
	licence: ChartData['licence'];
	/** the last day the data speaks about */
	through: string;
	/** the fingerprint of the data shown */
	version: string;
	/** true when this data is kept in an archived snapshot */
	archived: boolean;
	/** whether this view is built from a snapshot (an archived embed) rather than the live content */
	fromSnapshot: boolean;
	/** the archived version to offer for embedding (this data's, or the newest), if any */
	archive?: ArchiveRef;
	/** every archived version, newest first */
	archives: ArchiveRef[];
	/** the chart has the counting-method control (killed / including presumed dead) */
	methods: boolean;
	datums: Datum[];
	scenes: { narrow: Scene; wide: Scene };
	table: ChartTable;
	/** the frame height (px) that shows the whole embed at widths from 320 to 1000 px */
	embedHeight: number;
	href: {
		page: string;
		csv: string;
		svg: string;
		png: string;
		json: string;
		embed: string;
		archivedEmbed?: string;
	};
}

/** The chart's data computed from the content now, or undefined for an unknown id. */
export function liveChartData(c: Content, id: string): ChartData | undefined {
	if (!isChartId(id)) return undefined;
	const def = c.charts.definitions.find((d) => d.id === id);
	return def ? extractChart(c, def) : undefined;
}

function viewOf(c: Content, data: ChartData, version: string, fromSnapshot: boolean): ChartView {
	const archives = c.charts.snapshots
		.filter((s) => s.chart === data.id)
		.map((s) => ({ version: s.version, archived: s.archived }));
	const archived = archives.some((a) => a.version === version);
	const archive = archives.find((a) => a.version === version) ?? archives[0];
	const scenes = { narrow: layoutChart(data.body, 'narrow'), wide: layoutChart(data.body, 'wide') };
	const methods = data.body.kind === 'deaths';
	return {
		id: data.id,
		title: data.title,
		takeaway: data.takeaway,
		description: data.description,
		sourceLine: data.sourceLine,
		notes: data.notes,
		licence: data.licence,
		through: data.through,
		version,
		archived,
		fromSnapshot,
		archive,
		archives,
		methods,
		datums: data.datums,
		scenes,
		table: chartTable(data),
		embedHeight: embedHeight(data, scenes, methods),
		href: {
			page: chartHref(data.id),
			csv: chartFileHref(data.id, 'csv'),
			svg: chartFileHref(data.id, 'svg'),
			png: chartFileHref(data.id, 'png'),
			json: chartFileHref(data.id, 'json'),
			embed: embedHref(data.id),
			...(archive ? { archivedEmbed: embedHref(data.id, archive.version) } : {})
		}
	};
}

const views = new WeakMap<Content, Map<string, ChartView | undefined>>();

/** The live chart, or undefined for an unknown id (computed once per content). */
export function chartView(c: Content, id: string): ChartView | undefined {
	let cache = views.get(c);
	if (!cache) views.set(c, (cache = new Map()));
	if (!cache.has(id)) {
		const data = liveChartData(c, id);
		cache.set(id, data && viewOf(c, data, fingerprint(data), false));
	}
	return cache.get(id);
}

/** An archived version of a chart, built from its snapshot alone, or undefined if there is none. */
export function archivedChartView(c: Content, id: string, version: string): ChartView | undefined {
	const snap = c.charts.snapshots.find((s) => s.chart === id && s.version === version);
	return snap && viewOf(c, chartData.parse(snap.data), snap.version, true);
}

/** The data to write into a new snapshot (see content/charts/README.md). */
export function snapshotOf(c: Content, id: string, today: string) {
	const data = liveChartData(c, id);
	return data && { chart: id, version: fingerprint(data), archived: today, data };
}

export interface ChartSummary {
	id: string;
	title: string;
	takeaway: string;
	href: ChartView['href'];
}

/** The charts for the index page, in the contract's order (definitions that exist only). */
export function chartSummaries(c: Content): ChartSummary[] {
	return chartIds.flatMap((id) => {
		const def = c.charts.definitions.find((d) => d.id === id);
		if (!def) return [];
		return [
			{
				id,
				title: def.title,
				takeaway: def.takeaway,
				href: {
					page: chartHref(id),
					csv: chartFileHref(id, 'csv'),
					svg: chartFileHref(id, 'svg'),
					png: chartFileHref(id, 'png'),
					json: chartFileHref(id, 'json'),
					embed: embedHref(id)
				}
			}
		];
	});
}
