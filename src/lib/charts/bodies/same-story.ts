/** The same-story chart's data: see ChartBody in ../data.ts. */
import type { ChartDefinition } from '$lib/content/charts';
import { totalsOn } from '$lib/content/reference';
import type { ChartBody } from '../data';
import { byAnnouncement } from '../series';
import type { ChartSources } from '../sources';

export function sameStoryBody(
	{ c, series, article, step, quantity }: ChartSources,
	def: Extract<ChartDefinition, { kind: 'same-story' }>
): Extract<ChartBody, { kind: 'same-story' }> {
	return {
		kind: 'same-story',
		rows: def.data.figures
			.map(quantity)
			.map((f) => {
				const first = totalsOn(series, f.as_of.from);
				const last = totalsOn(series, f.as_of.to);
				const metric = f.metric === 'strikes' ? ('strikes' as const) : ('deaths' as const);
				const record =
					metric === 'strikes'
						? [{ method: 'strikes' as const, first: first?.strikes ?? 0, last: last?.strikes ?? 0 }]
						: [
								{ method: 'killed' as const, first: first?.killed ?? 0, last: last?.killed ?? 0 },
								{
									method: 'with-presumed' as const,
									first: first?.withPresumed ?? 0,
									last: last?.withPresumed ?? 0
								}
							];
				// the rows in force on the first and the last day (before the first strike: the first row)
				const inForce = [f.as_of.from, f.as_of.to].map(
					(day) =>
						byAnnouncement(series)
							.filter((p) => p.announced <= day)
							.at(-1) ?? byAnnouncement(series)[0]!
				);
				return {
					source: f.source,
					label: c.charts.articles[f.source] ?? f.source,
					from: f.as_of.from,
					to: f.as_of.to,
					metric,
					reported: { value: f.value, qualifier: f.qualifier, text: f.text, datum: article(f) },
					record,
					recordDatums: [step(inForce[0]!), step(inForce[1]!)] as [number, number]
				};
			})
			.sort((a, b) => a.from.localeCompare(b.from) || a.metric.localeCompare(b.metric))
	};
}
