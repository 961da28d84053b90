import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { chartIds, chartView } from '$lib/charts/view';
import { embedDocument } from '$lib/charts/embed.server';
import type { EntryGenerator, RequestHandler } from './$types';

// a small document of its own (no site chrome, no framework on the client): see embed.server.ts
export const prerender = true;
export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const chart = chartView(content(), params.id);
	if (!chart) error(404, `No chart with id ${params.id}`);
	// exactly text/html: the prerenderer then saves it as an .html file (and the document declares utf-8)
	return new Response(embedDocument(chart), { headers: { 'content-type': 'text/html' } });
};
