import { json } from '@sveltejs/kit';
import { content } from '$lib/content';
import { archivedChartView, chartView } from '$lib/charts/view';
import { oembed } from '$lib/charts/oembed';
import type { RequestHandler } from './$types';

// reads its query string, so it is answered by the server, never prerendered
export const prerender = false;

export const GET: RequestHandler = ({ url }) => {
	const c = content();
	const { status, body } = oembed(url.searchParams, url.origin, (id, version) =>
		version ? archivedChartView(c, id, version) : chartView(c, id)
	);
	return json(body, {
		status,
		headers: { 'cache-control': status === 200 ? 'public, max-age=3600' : 'no-store' }
	});
};
