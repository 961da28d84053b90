import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { chartIds, chartView } from '$lib/charts/view';
import { chartSvg } from '$lib/charts/files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export const GET: RequestHandler = ({ params, url }) => {
	const chart = chartView(content(), params.id);
	if (!chart) error(404, `No chart with id ${params.id}`);
	return new Response(chartSvg(chart, url.origin), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
