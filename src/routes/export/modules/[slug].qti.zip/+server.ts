import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { exportEntries, exportSet } from '$lib/tools/exports';
import { qtiZip } from '$lib/tools/qti';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => exportEntries(content(), 'modules').map((slug) => ({ slug }));

export const GET: RequestHandler = async ({ params, url }) => {
	const set = exportSet(content(), 'modules', params.slug, 'qti', url.origin);
	if (!set?.quizzes.length) error(404, `Nothing to export for ${params.slug}`);
	const zip = await qtiZip(set.id, set.title, set.quizzes, set.date);
	return new Response(zip as BodyInit, { headers: { 'content-type': 'application/zip' } });
};
