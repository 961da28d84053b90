import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { exportEntries, exportSet } from '$lib/tools/exports';
import { qtiZip } from '$lib/tools/qti';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => exportEntries(content(), 'quizzes').map((id) => ({ id }));

export const GET: RequestHandler = async ({ params, url }) => {
	const set = exportSet(content(), 'quizzes', params.id, 'qti', url.origin);
	if (!set?.quizzes.length) error(404, `Nothing to export for ${params.id}`);
	const zip = await qtiZip(set.id, set.title, set.quizzes, set.date);
	return new Response(zip as BodyInit, { headers: { 'content-type': 'application/zip' } });
};
