import { error, fail, redirect } from '@sveltejs/kit';
import type { RequestEvent } from './$types';
import { randomUUID, randomInt } from 'node:crypto';
import { t } from '$lib/i18n';
import { classFor } from '$lib/server/class-page';
import { moduleById, quizOf } from '$lib/server/catalog';
import { BODY_LIMITS } from '$lib/server/config';
import { HttpError, readForm } from '$lib/server/http';
import { quizId, submissionId } from '$lib/server/schemas';
import { submit } from '$lib/server/submit';
import { answersFromForm } from '$lib/quiz/form';
import { studentView } from '$lib/teach/student-view';

async function quizFor(event: RequestEvent) {
	const found = await classFor(event);
	const { code, assignment, ctx } = found;
	if (!ctx) return { ...found, quiz: undefined };
	const module = moduleById(assignment.moduleId);
	const id = quizId.safeParse(event.params.quiz);
	const quiz = module && id.success ? quizOf(module, id.data) : undefined;
	if (!quiz) error(404, t('class.error.quizNotInModule', { quiz: event.params.quiz ?? '' }));
	return { ...found, code, quiz };
}

export async function load(event) {
	const { code, assignment, ctx, quiz } = await quizFor(event);
	if (!ctx || !quiz) redirect(303, `/class/${code}`);
	const seed = randomInt(2 ** 31);
	return {
		code,
		title: assignment.moduleTitle,
		closed: assignment.closedAt !== null,
		nickname: ctx.student.nickname,
		// the id this form's submission will carry: a reload or a resend of the same form is the same submission
		submissionId: randomUUID(),
		quiz: {
			id: quiz.id,
			title: quiz.title,
			summary: quiz.summary,
			items: quiz.items.map((it, i) => studentView(it, seed + i))
		}
	};
}

export const actions = {
	submit: async (event) => {
		const { store, ctx, quiz } = await quizFor(event);
		let answers: Record<string, unknown> = {};
		try {
			if (!ctx || !quiz) throw new HttpError(401, 'not_joined', 'class.error.notJoined');
			const form = await readForm(event.request, BODY_LIMITS.submission);
			answers = answersFromForm(quiz.items, form);
			const id = submissionId.safeParse(form.get('submissionId'));
			if (!id.success) throw new HttpError(400, 'bad_submission_id', 'class.error.submissionId');
			const out = await submit(store, ctx, { submissionId: id.data, quizId: quiz.id, answers });
			return { ok: true as const, result: out.result, answers: out.answers, items: quiz.items };
		} catch (e) {
			if (e instanceof HttpError) return fail(e.status, { ok: false as const, error: e.message, answers });
			throw e;
		}
	}
};
