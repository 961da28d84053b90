import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { quizSheet } from '$lib/tools/sheets';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().quizzes.map((q) => ({ id: q.id }));

export function load({ params }) {
	const quiz = quizSheet(content(), params.id);
	if (!quiz) error(404, `No quiz with id ${params.id}`);
	return { quiz };
}
