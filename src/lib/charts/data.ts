/**
 * ChartData: everything a chart plots, as plain data. It is computed from the content (see extract.ts) or
 * read from an archived snapshot (content/charts/snapshots/), and it is the only input of the layouts, the
 * table, the CSV and the downloads. The schemas below validate snapshots; the types are inferred from them.
 */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const text = z.string().min(1);

/** One plotted value's provenance: where it was reported, in whose words, and where to read it. */
export const datum = z.strictObject({
	/** a figure id (`s004-deaths-83`) or a reference row id (`strikes:2025-11-15`) */
	ref: text,
	origin: z.enum(['article', 'record']),
	/** short: "at least 83 dead" */
	title: text,
	/** one line: "“New phase” report · could have been written 22–23 Nov 2025" */
	detail: text,
	/** who the number comes from */
	who: text,
	/** the article's title, or the outlet that reported a record row */
	source: text,
	quote: text,
	/** the highlighted sentence in the reader, or the row on /reference */
	href: text,
	/** where the record's copy of the report was read */
	url: z.string().url().optional()
});
export type Datum = z.infer<typeof datum>;

const index = z.number().int().nonnegative();
const span = z.strictObject({ from: day, to: day });
const qualifier = text;

export const deathsBody = z.strictObject({
	kind: z.literal('deaths'),
	domain: span,
	steps: z.array(
		z.strictObject({
			/** the day the strike was announced */
			date: day,
			strikeDate: day,
			killed: z.number(),
			presumed: z.number(),
			killedTotal: z.number(),
			withPresumedTotal: z.number(),
			/** the running count of strikes the row gives; null when it gives none */
			strikesTotal: z.number().nullable(),
			datum: index
		})
	),
	reports: z.array(
		z.strictObject({
			...span.shape,
			metric: z.enum(['deaths', 'strikes']),
			value: z.number(),
			qualifier,
			text,
			datum: index
		})
	)
});

export const deploymentPanelKeys = ['personnel', 'ships', 'aircraft'] as const;
export const deploymentsBody = z.strictObject({
	kind: z.literal('deployments'),
	domain: span,
	panels: z.array(
		z.strictObject({
			key: z.enum(deploymentPanelKeys),
			points: z.array(
				z.strictObject({
					...span.shape,
					/** null when the words give no number ("multiple") */
					value: z.number().nullable(),
					qualifier,
					/** the value as printed or as the record gives it */
					text,
					label: text,
					origin: z.enum(['article', 'record']),
					datum: index
				})
			)
		})
	)
});

export const recordMethods = ['killed', 'with-presumed', 'strikes'] as const;
export const sameStoryBody = z.strictObject({
	kind: z.literal('same-story'),
	rows: z.array(
		z.strictObject({
			source: text,
			label: text,
			...span.shape,
			metric: z.enum(['deaths', 'strikes']),
			reported: z.strictObject({ value: z.number(), qualifier, text, datum: index }),
			/** what the record showed from the first to the last day of the window, per counting method */
			record: z.array(z.strictObject({ method: z.enum(recordMethods), first: z.number(), last: z.number() })),
			/** the record rows in force on the window's first and on its last day (the same row when nothing changed) */
			recordDatums: z.tuple([index, index])
		})
	)
});

export const timelineBody = z.strictObject({
	kind: z.literal('timeline'),
	domain: span,
	events: z.array(z.strictObject({ date: day, label: text, after: z.boolean(), datum: index })),
	strikes: z.array(z.strictObject({ date: day, total: z.number(), datum: index })),
	/** the days the last of the articles could have been written: events from its first day on are "after" */
	lastArticle: z.strictObject({ source: text, label: text, ...span.shape })
});

const strikeGroup = z.strictObject({
	/** strikes in this group of announcements (one row, or rows whose split the record does not give); null when no count was given */
	strikes: z.number().int().nonnegative().nullable(),
	killed: z.number(),
	presumed: z.number(),
	...span.shape,
	/** the regions the rows name ("" where none was disclosed) */
	regions: z.array(z.string()),
	datums: z.array(index).min(1)
});
export const whereBody = z.strictObject({
	kind: z.literal('where'),
	extent: z.strictObject({ west: z.number(), east: z.number(), south: z.number(), north: z.number() }),
	places: z.array(z.strictObject({ name: text, lon: z.number(), lat: z.number() })),
	regions: z.array(
		z.strictObject({
			name: text,
			label: text,
			lon: z.number(),
			lat: z.number(),
			strikes: z.number().int().nonnegative(),
			killed: z.number(),
			presumed: z.number(),
			groups: z.array(strikeGroup)
		})
	),
	/** strikes that cannot be placed in one region: their region was not disclosed, or not split */
	apart: z.strictObject({
		strikes: z.number().int().nonnegative(),
		killed: z.number(),
		presumed: z.number(),
		groups: z.array(strikeGroup)
	})
});

export const chartBody = z.discriminatedUnion('kind', [
	deathsBody,
	deploymentsBody,
	sameStoryBody,
	timelineBody,
	whereBody
]);

export const chartData = z.strictObject({
	id: text,
	title: text,
	takeaway: text,
	description: text,
	sourceLine: text,
	notes: z.array(text),
	licence: z.strictObject({ name: text, url: z.string().url(), note: text }),
	/** the last day the data speaks about */
	through: day,
	datums: z.array(datum),
	body: chartBody
});

export type ChartData = z.infer<typeof chartData>;
export type ChartBody = z.infer<typeof chartBody>;
export type DeathsBody = z.infer<typeof deathsBody>;
export type DeploymentsBody = z.infer<typeof deploymentsBody>;
export type SameStoryBody = z.infer<typeof sameStoryBody>;
export type TimelineBody = z.infer<typeof timelineBody>;
export type WhereBody = z.infer<typeof whereBody>;
export type StrikeGroup = z.infer<typeof strikeGroup>;
export type RecordMethod = (typeof recordMethods)[number];

/** An archived version of a chart's data (content/charts/snapshots/<chart>/<version>.yaml). */
export const snapshot = z.strictObject({
	chart: text,
	/** the fingerprint of `data` (see version.ts): a snapshot edited by hand no longer matches it */
	version: z.string().regex(/^[0-9a-f]{10}$/, 'ten hexadecimal digits'),
	archived: day,
	data: chartData
});
export type Snapshot = z.infer<typeof snapshot>;
