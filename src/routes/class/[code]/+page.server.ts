import { error, fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { classFor } from '$lib/server/class-page';
import { joinAction, resumeAction } from '$lib/server/class-actions';
import { endSession, savedResumeCode } from '$lib/server/session';
import { lessonInfo, moduleById, quizOf } from '$lib/server/catalog';
import { BODY_LIMITS } from '$lib/server/config';
import { HttpError, readForm, tooMany } from '$lib/server/http';
import { limits } from '$lib/server/limits';
import { studentSteps } from '$lib/teach/pages';

export async function load(event) {
	const { store, code, section, assignment, ctx } = await classFor(event);
	const closed = assignment.closedAt !== null;
	const base = { code, title: assignment.moduleTitle, section: section.name, closed };
	if (!ctx) return { ...base, mode: 'join' as const };
	const module = moduleById(assignment.moduleId);
	if (!module) error(404, t('class.error.moduleGone'));
	const work = await store.studentWork(ctx.student.id);
	const { steps, done, total } = studentSteps(module, code, work, {
		lesson: lessonInfo,
		quiz: (id) => {
			const q = quizOf(module, id);
			return q && { title: q.title, items: q.items.length };
		}
	});
	return {
		...base,
		mode: 'work' as const,
		nickname: ctx.student.nickname,
		resumeCode: savedResumeCode(event, code),
		welcome: event.url.searchParams.has('welcome'),
		steps,
		done,
		total
	};
}

export const actions = {
	join: joinAction,
	resume: resumeAction,
	read: async (event) => {
		const { store, code, assignment, ctx } = await classFor(event);
		try {
			if (!ctx) throw new HttpError(401, 'not_joined', 'class.error.notJoined');
			const form = await readForm(event.request, BODY_LIMITS.form);
			const slug = form.get('step');
			const module = moduleById(assignment.moduleId);
			if (typeof slug !== 'string' || !module?.steps.some((s) => s.kind === 'lesson' && s.slug === slug))
				throw new HttpError(400, 'unknown_step', 'class.error.unknownStep');
			if (assignment.closedAt !== null) throw new HttpError(403, 'closed', 'class.error.closed');
			const wait = limits.writePerStudent.take(ctx.student.id);
			if (wait) throw tooMany(wait);
			await store.markDone(ctx.student.id, `lesson:${slug}`, Date.now());
			redirect(303, `/class/${code}#step-lesson-${slug}`);
		} catch (e) {
			if (e instanceof HttpError) return fail(e.status, { form: 'read' as const, error: e.message });
			throw e;
		}
	},
	leave: async (event) => {
		const { store, code } = await classFor(event);
		try {
			await readForm(event.request, BODY_LIMITS.form);
		} catch (e) {
			if (e instanceof HttpError) return fail(e.status, { form: 'leave' as const, error: e.message });
			throw e;
		}
		await endSession(store, event, code);
		redirect(303, '/class?left');
	}
};
