/**
 * From the content to ChartData: pick the figures and record rows a chart definition names, compute the
 * series (death totals from deathSeries, never typed in), and give every plotted value a Datum that says
 * where it was reported and links to the sentence. Pure: a Content object in, plain data out.
 * One body per chart kind in bodies/, the datum makers in sources.ts.
 */
import type { Content } from '$lib/content/build';
import type { ChartDefinition } from '$lib/content/charts';
import type { ChartBody, ChartData } from './data';
import { chartSources } from './sources';
import { deathsBody } from './bodies/deaths';
import { deploymentsBody } from './bodies/deployments';
import { sameStoryBody } from './bodies/same-story';
import { timelineBody } from './bodies/timeline';
import { whereBody } from './bodies/where';

export { figureTitle } from './sources';
export { byAnnouncement, strikeGroups } from './series';

function chartBody(s: ReturnType<typeof chartSources>, def: ChartDefinition): ChartBody {
	switch (def.kind) {
		case 'deaths':
			return deathsBody(s, def);
		case 'deployments':
			return deploymentsBody(s, def);
		case 'same-story':
			return sameStoryBody(s, def);
		case 'timeline':
			return timelineBody(s, def);
		case 'where':
			return whereBody(s, def);
	}
}

export function extractChart(c: Content, def: ChartDefinition): ChartData {
	const s = chartSources(c);
	const body = chartBody(s, def);
	return {
		id: def.id,
		title: def.title,
		takeaway: def.takeaway,
		description: def.description,
		sourceLine: def.source_line,
		notes: def.notes,
		licence: c.charts.licence,
		through: through(body),
		datums: s.d.list,
		body
	};
}

/** The last day a chart's data speaks about. */
export function through(body: ChartBody): string {
	const days: string[] = [];
	switch (body.kind) {
		case 'deaths':
			days.push(...body.steps.map((s) => s.date), ...body.reports.map((r) => r.to));
			break;
		case 'deployments':
			days.push(...body.panels.flatMap((p) => p.points.map((x) => x.to)));
			break;
		case 'same-story':
			days.push(...body.rows.map((r) => r.to));
			break;
		case 'timeline':
			days.push(...body.events.map((e) => e.date), ...body.strikes.map((s) => s.date));
			break;
		case 'where':
			days.push(...[...body.regions.flatMap((r) => r.groups), ...body.apart.groups].map((g) => g.to));
			break;
	}
	return days.reduce((m, x) => (x > m ? x : m), '0000-00-00');
}
