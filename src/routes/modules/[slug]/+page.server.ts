import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { moduleView } from '$lib/content/lesson-views';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().modules.map((m) => ({ slug: m.id }));

export function load({ params }) {
	const c = content();
	const view = moduleView(c, params.slug, { quizTitle: (id) => c.quizzes.find((q) => q.id === id)?.title });
	if (!view) error(404, `No module called ${params.slug}`);
	return view;
}
