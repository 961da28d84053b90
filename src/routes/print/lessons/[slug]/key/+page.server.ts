import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { lessonSheet } from '$lib/tools/sheets';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().lessons.map((l) => ({ slug: l.slug }));

export function load({ params }) {
	const sheet = lessonSheet(content(), params.slug);
	if (!sheet) error(404, `No lesson called ${params.slug}`);
	return { sheet };
}
