import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { exportEntries, exportSet } from '$lib/tools/exports';
import { giftText } from '$lib/tools/gift';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => exportEntries(content(), 'quizzes').map((id) => ({ id }));

export const GET: RequestHandler = ({ params, url }) => {
	const set = exportSet(content(), 'quizzes', params.id, 'gift', url.origin);
	if (!set?.quizzes.length) error(404, `Nothing to export for ${params.id}`);
	return new Response(giftText(set.title, set.quizzes), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};
