import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { moduleSheet } from '$lib/tools/sheets';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().modules.map((m) => ({ slug: m.id }));

export function load({ params }) {
	const sheet = moduleSheet(content(), params.slug);
	if (!sheet) error(404, `No module called ${params.slug}`);
	return { sheet };
}
