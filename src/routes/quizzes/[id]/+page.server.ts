import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { quizView } from '$lib/quiz/view';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().quizzes.map((q) => ({ id: q.id }));

export function load({ params }) {
	const quiz = quizView(content(), params.id);
	if (!quiz) error(404, `No quiz with id ${params.id}`);
	return { quiz };
}
