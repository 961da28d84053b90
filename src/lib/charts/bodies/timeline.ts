/** The timeline chart's data: see ChartBody in ../data.ts. */
import type { Content } from '$lib/content/build';
import type { ChartDefinition } from '$lib/content/charts';
import { t } from '$lib/i18n';
import type { ChartBody } from '../data';
import { shortDate } from '../format';
import { byAnnouncement } from '../series';
import type { ChartSources } from '../sources';

export function timelineBody(
	{ c, series, strikeRows, record, step }: ChartSources,
	def: Extract<ChartDefinition, { kind: 'timeline' }>
): Extract<ChartBody, { kind: 'timeline' }> {
	const last = [...c.sources]
		.sort(
			(a, b) =>
				a.publication_window.latest.date.localeCompare(b.publication_window.latest.date) ||
				a.publication_window.earliest.date.localeCompare(b.publication_window.earliest.date)
		)
		.at(-1)!;
	const lastArticle = {
		source: last.id,
		label: c.charts.articles[last.id] ?? last.title,
		from: last.publication_window.earliest.date,
		to: last.publication_window.latest.date
	};
	const events = def.data.events.map((e) => {
		const row = c.reference.byRef.get(e.ref) as Content['reference']['events'][number];
		return {
			date: row.date,
			label: e.label,
			after: row.date >= lastArticle.to,
			datum: record(
				row,
				e.label,
				t('charts.datum.eventDetail', { date: shortDate(row.date), event: row.event })
			)
		};
	});
	const strikes = byAnnouncement(series)
		.filter((p) => strikeRows.get(p.ref)?.cumulative_strikes !== undefined)
		.map((p) => ({ date: p.announced, total: p.strikesTotal!, datum: step(p) }));
	return {
		kind: 'timeline',
		domain: { from: def.data.from, to: def.data.to },
		events: events.sort((a, b) => a.date.localeCompare(b.date)),
		strikes,
		lastArticle
	};
}
