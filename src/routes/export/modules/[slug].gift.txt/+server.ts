import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { exportEntries, exportSet } from '$lib/tools/exports';
import { giftText } from '$lib/tools/gift';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => exportEntries(content(), 'modules').map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params, url }) => {
	const set = exportSet(content(), 'modules', params.slug, 'gift', url.origin);
	if (!set?.quizzes.length) error(404, `Nothing to export for ${params.slug}`);
	return new Response(giftText(set.title, set.quizzes), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};
