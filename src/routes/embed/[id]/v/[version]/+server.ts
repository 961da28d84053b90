import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { archivedChartView } from '$lib/charts/view';
import { embedDocument } from '$lib/charts/embed.server';
import type { EntryGenerator, RequestHandler } from './$types';

// archived: built from the snapshot in content/charts/snapshots/<id>/<version>.yaml only
export const prerender = true;
export const entries: EntryGenerator = () =>
	content().charts.snapshots.map((s) => ({ id: s.chart, version: s.version }));

export const GET: RequestHandler = ({ params }) => {
	const chart = archivedChartView(content(), params.id, params.version);
	if (!chart) error(404, `No archived version ${params.version} of chart ${params.id}`);
	// exactly text/html: the prerenderer then saves it as an .html file (and the document declares utf-8)
	return new Response(embedDocument(chart), { headers: { 'content-type': 'text/html' } });
};
