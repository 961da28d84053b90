/** Orderings and groupings of the record's strike rows that several charts share. */
import type { DeathPoint, StrikeRow } from '$lib/content/reference';

/** The series in the order the totals became known: by announcement day, then strike day. */
export function byAnnouncement(series: DeathPoint[]): DeathPoint[] {
	const sorted = [...series].sort(
		(a, b) => a.announced.localeCompare(b.announced) || a.date.localeCompare(b.date)
	);
	let killed = 0;
	let withPresumed = 0;
	return sorted.map((p) => {
		killed += p.killed;
		withPresumed += p.killed + p.presumed;
		return { ...p, killedTotal: killed, withPresumedTotal: withPresumed };
	});
}

/**
 * Strikes per announcement, from the record's running strike count: a row's strikes are its count minus the
 * last count before it. A row without a count is joined to the next row that has one, because the record
 * does not say how the strikes split between them; rows after the last count form a group without a count.
 */
export function strikeGroups(strikes: StrikeRow[]): { rows: StrikeRow[]; strikes: number | null }[] {
	const out: { rows: StrikeRow[]; strikes: number | null }[] = [];
	let pending: StrikeRow[] = [];
	let last = 0;
	for (const row of [...strikes].sort((a, b) => a.date.localeCompare(b.date))) {
		pending.push(row);
		if (row.cumulative_strikes === undefined) continue;
		out.push({ rows: pending, strikes: row.cumulative_strikes - last });
		last = row.cumulative_strikes;
		pending = [];
	}
	if (pending.length) out.push({ rows: pending, strikes: null });
	return out;
}
