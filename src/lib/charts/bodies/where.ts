/** The where chart's data: see ChartBody in ../data.ts. */
import type { ChartDefinition } from '$lib/content/charts';
import type { StrikeRow } from '$lib/content/reference';
import type { ChartBody, StrikeGroup } from '../data';
import { strikeGroups } from '../series';
import type { ChartSources } from '../sources';

export function whereBody(
	{ c, series, step }: ChartSources,
	def: Extract<ChartDefinition, { kind: 'where' }>
): Extract<ChartBody, { kind: 'where' }> {
	const groups = strikeGroups(c.reference.strikes);
	const byRef = new Map(series.map((p) => [p.ref, p]));
	const tally = (gs: { rows: StrikeRow[] }[]) => ({
		killed: gs.flatMap((g) => g.rows).reduce((s, r) => s + r.killed, 0),
		presumed: gs.flatMap((g) => g.rows).reduce((s, r) => s + (r.presumed_dead ?? 0), 0)
	});
	const asGroup = (g: { rows: StrikeRow[]; strikes: number | null }): StrikeGroup => ({
		strikes: g.strikes,
		...tally([g]),
		from: g.rows[0]!.date,
		to: g.rows.at(-1)!.date,
		regions: [...new Set(g.rows.map((r) => r.region))],
		datums: g.rows.map((r) => step(byRef.get(r.ref)!))
	});
	const regionOf = (g: { rows: StrikeRow[]; strikes: number | null }) => {
		const names = new Set(g.rows.map((r) => r.region));
		return names.size === 1 && g.strikes !== null
			? def.data.regions.find((r) => names.has(r.name))
			: undefined;
	};
	const apart = groups.filter((g) => !regionOf(g));
	return {
		kind: 'where',
		extent: def.data.extent,
		places: def.data.places,
		regions: def.data.regions.map((r) => {
			const mine = groups.filter((g) => regionOf(g) === r);
			return {
				...r,
				strikes: mine.reduce((s, g) => s + (g.strikes ?? 0), 0),
				...tally(mine),
				groups: mine.map(asGroup)
			};
		}),
		apart: {
			strikes: apart.reduce((s, g) => s + (g.strikes ?? 0), 0),
			...tally(apart),
			groups: apart.map(asGroup)
		}
	};
}
