import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { readerView } from '$lib/content/views';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().sources.map((s) => ({ id: s.id }));

export function load({ params }) {
	const view = readerView(content(), params.id);
	if (!view) error(404, `No source with id ${params.id}`);
	return view;
}
