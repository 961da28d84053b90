/**
 * The no-JavaScript path: the quiz form posts here and the server grades it with the same pure
 * functions the browser uses. Nothing is stored. GET has nothing to show, so it goes back to the quiz.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { content } from '$lib/content';
import { quizView, type QuizView } from '$lib/quiz/view';
import { answersFromForm, confidenceFromForm } from '$lib/quiz/form';
import { t } from '$lib/i18n';

export const prerender = false;

/** The quiz, or just the one item asked for with ?item=… (a practice item placed in a lesson). */
function lookup(id: string, itemId: string | null): QuizView {
	const quiz = quizView(content(), id);
	if (!quiz) error(404, `No quiz with id ${id}`);
	if (itemId === null) return quiz;
	const items = quiz.items.filter((it) => it.id === itemId);
	if (!items.length) error(404, `No item ${itemId} in quiz ${id}`);
	return { ...quiz, items };
}

export function load({ params, url, request }) {
	if (request.method === 'GET') redirect(303, `/quizzes/${params.id}`);
	return { quiz: lookup(params.id, url.searchParams.get('item')) };
}

export const actions = {
	default: async ({ params, url, request }) => {
		const quiz = lookup(params.id, url.searchParams.get('item'));
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { message: t('check.badRequest') });
		}
		const answers = answersFromForm(quiz.items, form);
		const confidence = Object.fromEntries(quiz.items.map((it) => [it.id, confidenceFromForm(it.id, form)]));
		return { answers, confidence };
	}
};
