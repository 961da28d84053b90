import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { figureView } from '$lib/content/views';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().figures.map((f) => ({ id: f.id }));

export function load({ params }) {
	const view = figureView(content(), params.id);
	if (!view) error(404, `No figure with id ${params.id}`);
	return view;
}
