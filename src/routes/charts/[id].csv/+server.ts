import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { chartIds, chartView } from '$lib/charts/view';
import { chartCsv } from '$lib/charts/files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const chart = chartView(content(), params.id);
	if (!chart) error(404, `No chart with id ${params.id}`);
	return new Response(chartCsv(chart), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
