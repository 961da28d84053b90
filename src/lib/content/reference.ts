/**
 * The reference record (content/reference/*.csv): dated rows compiled from wire reports, each with who
 * made the claim, who reported it, where the copy was read and the quote. Rows get stable ids
 * (`strikes:2025-09-02`, `overdoses:1`) so figures, claim notes and charts can cite them.
 * Death totals are computed here from the per-strike rows, two ways, never copied from a column.
 */
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import { isoDate } from './schema';
import { ContentError, ContentIssue } from './parse';

const optionalNumber = z.preprocess(
	(v) => (v === '' || v === undefined ? undefined : Number(v)),
	z.number().optional()
);
const requiredNumber = z.preprocess((v) => (v === '' ? undefined : Number(v)), z.number());
const yesNo = z.enum(['yes', 'no']);
const provenance = {
	claimant: z.string().min(1),
	quote: z.string().min(1),
	original_reporter: z.string().min(1),
	source_url: z.string().url(),
	verified: yesNo
};

export const strikeRow = z.object({
	date: isoDate,
	announced: isoDate,
	region: z.string(), // empty when not disclosed
	killed: requiredNumber,
	presumed_dead: optionalNumber,
	survivors: optionalNumber,
	cumulative_strikes: optionalNumber,
	reported_total_dead: optionalNumber,
	note: z.string(),
	...provenance
});
export const deploymentRow = z.object({
	date: isoDate,
	what: z.string().min(1),
	value: requiredNumber,
	unit: z.string().min(1),
	note: z.string(),
	...provenance
});
export const eventRow = z.object({ date: isoDate, event: z.string().min(1), ...provenance });
export const tallyRow = z.object({
	date: isoDate,
	strikes: optionalNumber,
	boats: optionalNumber,
	dead: requiredNumber,
	killed_in_strikes: optionalNumber,
	presumed_dead: optionalNumber,
	...provenance
});
export const overdoseRow = z.object({
	year: requiredNumber,
	measure: z.string().min(1),
	value: requiredNumber,
	quote: z.string().min(1),
	source_url: z.string().url(),
	verified: yesNo
});

export type StrikeRow = z.infer<typeof strikeRow> & { ref: string };
export type DeploymentRow = z.infer<typeof deploymentRow> & { ref: string };
export type EventRow = z.infer<typeof eventRow> & { ref: string };
export type TallyRow = z.infer<typeof tallyRow> & { ref: string };
export type OverdoseRow = z.infer<typeof overdoseRow> & { ref: string };

export interface ReferenceRecord {
	strikes: StrikeRow[];
	deployments: DeploymentRow[];
	events: EventRow[];
	tallies: TallyRow[];
	overdoses: OverdoseRow[];
	/** every row by its ref id */
	byRef: Map<string, StrikeRow | DeploymentRow | EventRow | TallyRow | OverdoseRow>;
}

export const referenceTables = {
	strikes: { file: 'strikes.csv', schema: strikeRow, key: (r: { date: string }) => r.date },
	deployments: { file: 'deployments.csv', schema: deploymentRow, key: (r: { date: string }) => r.date },
	events: { file: 'events.csv', schema: eventRow, key: (r: { date: string }) => r.date },
	'official-tallies': {
		file: 'official-tallies.csv',
		schema: tallyRow,
		key: (r: { date: string }) => r.date
	},
	overdoses: { file: 'overdoses.csv', schema: overdoseRow, key: (_r: unknown, i: number) => String(i + 1) }
} as const;

function parseTable<S extends z.ZodType>(
	table: keyof typeof referenceTables,
	path: string,
	text: string,
	schema: S,
	key: (row: z.output<S>, index: number) => string
): (z.output<S> & { ref: string })[] {
	const issues: ContentIssue[] = [];
	const rows: (z.output<S> & { ref: string })[] = [];
	const seen = new Set<string>();
	const parsed = csvParse(text);
	const expected = Object.keys((schema as unknown as z.ZodObject).shape);
	const missing = expected.filter((c) => !parsed.columns.includes(c));
	if (missing.length) issues.push(new ContentIssue(path, [], `missing column(s): ${missing.join(', ')}`, 1));
	parsed.forEach((raw, i) => {
		const result = schema.safeParse(raw);
		// line numbers: header is line 1; quoted fields here hold no newlines
		const line = i + 2;
		if (!result.success) {
			for (const issue of result.error.issues)
				issues.push(new ContentIssue(path, [`row ${i + 1}`, ...issue.path.map(String)], issue.message, line));
			return;
		}
		const ref = `${table}:${key(result.data, i)}`;
		if (seen.has(ref)) issues.push(new ContentIssue(path, [`row ${i + 1}`], `duplicate row id ${ref}`, line));
		seen.add(ref);
		rows.push(Object.assign({}, result.data as object, { ref }) as z.output<S> & { ref: string });
	});
	if (issues.length) throw new ContentError(issues);
	return rows;
}

/** Parse the five reference tables from their CSV texts (keyed by file name). */
export function parseReference(files: Record<string, string>, dir = 'content/reference'): ReferenceRecord {
	const issues: ContentIssue[] = [];
	const take = <K extends keyof typeof referenceTables>(table: K) => {
		const { file, schema, key } = referenceTables[table];
		const text = files[file];
		if (text === undefined) {
			issues.push(new ContentIssue(`${dir}/${file}`, [], 'file is missing'));
			return [];
		}
		try {
			return parseTable(table, `${dir}/${file}`, text, schema, key as never);
		} catch (e) {
			if (e instanceof ContentError) issues.push(...e.issues);
			else throw e;
			return [];
		}
	};
	const record = {
		strikes: take('strikes') as StrikeRow[],
		deployments: take('deployments') as DeploymentRow[],
		events: take('events') as EventRow[],
		tallies: take('official-tallies') as TallyRow[],
		overdoses: take('overdoses') as OverdoseRow[]
	};
	if (issues.length) throw new ContentError(issues);
	const byRef = new Map<string, StrikeRow | DeploymentRow | EventRow | TallyRow | OverdoseRow>();
	for (const rows of Object.values(record)) for (const r of rows) byRef.set(r.ref, r);
	return { ...record, byRef };
}

// ---------------------------------------------------------------- derived series

export interface DeathPoint {
	/** the strike date (the day the boats were hit) */
	date: string;
	/** the day the U.S. government announced it */
	announced: string;
	ref: string;
	killed: number;
	presumed: number;
	/** running totals */
	killedTotal: number;
	withPresumedTotal: number;
	/** running count of strikes as reported (carried forward where a row gives none) */
	strikesTotal: number | undefined;
}

/**
 * Running death totals computed from the per-strike rows, both ways:
 * killed in strikes only, and including people presumed dead after searches failed.
 * Presumed dead are counted at the date of the strike they went missing in.
 */
export function deathSeries(strikes: StrikeRow[]): DeathPoint[] {
	const sorted = [...strikes].sort((a, b) => a.date.localeCompare(b.date));
	let killedTotal = 0;
	let presumedTotal = 0;
	let lastStrikes: number | undefined;
	return sorted.map((s) => {
		killedTotal += s.killed;
		presumedTotal += s.presumed_dead ?? 0;
		if (s.cumulative_strikes !== undefined) lastStrikes = s.cumulative_strikes;
		return {
			date: s.date,
			announced: s.announced,
			ref: s.ref,
			killed: s.killed,
			presumed: s.presumed_dead ?? 0,
			killedTotal,
			withPresumedTotal: killedTotal + presumedTotal,
			strikesTotal: s.cumulative_strikes ?? lastStrikes
		};
	});
}

/**
 * The totals as they stood on a given day, or undefined before the first strike. By default a strike
 * counts from the day it was announced: that is what a reporter writing that day could know.
 */
export function totalsOn(
	series: DeathPoint[],
	day: string,
	by: 'announced' | 'date' = 'announced'
): { killed: number; withPresumed: number; strikes: number | undefined } | undefined {
	const known = series.filter((p) => p[by] <= day);
	if (!known.length) return undefined;
	const killed = known.reduce((s, p) => s + p.killed, 0);
	const presumed = known.reduce((s, p) => s + p.presumed, 0);
	const strikes = known.reduce<number | undefined>(
		(m, p) => (p.strikesTotal === undefined ? m : Math.max(m ?? 0, p.strikesTotal)),
		undefined
	);
	return { killed, withPresumed: killed + presumed, strikes };
}

/** A record with no rows, used when the real one failed to parse (its issues are reported instead). */
export function emptyReference(): ReferenceRecord {
	return { strikes: [], deployments: [], events: [], tallies: [], overdoses: [], byRef: new Map() };
}
