/** The deaths chart's data: see ChartBody in ../data.ts. */
import type { ChartDefinition } from '$lib/content/charts';

import type { ChartBody } from '../data';
import { byAnnouncement } from '../series';
import type { ChartSources } from '../sources';

export function deathsBody(
	{ series, strikeRows, article, step, quantity }: ChartSources,
	def: Extract<ChartDefinition, { kind: 'deaths' }>
): Extract<ChartBody, { kind: 'deaths' }> {
	const steps = byAnnouncement(series).map((p) => ({
		date: p.announced,
		strikeDate: p.date,
		killed: p.killed,
		presumed: p.presumed,
		killedTotal: p.killedTotal,
		withPresumedTotal: p.withPresumedTotal,
		strikesTotal: strikeRows.get(p.ref)?.cumulative_strikes ?? null,
		datum: step(p)
	}));
	const reports = def.data.reports.map(quantity).map((f) => ({
		from: f.as_of.from,
		to: f.as_of.to,
		metric: f.metric === 'strikes' ? ('strikes' as const) : ('deaths' as const),
		value: f.value,
		qualifier: f.qualifier,
		text: f.text,
		datum: article(f)
	}));
	return { kind: 'deaths', domain: { from: def.data.from, to: def.data.to }, steps, reports };
}
