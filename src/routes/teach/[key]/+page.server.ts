import { fail, redirect } from '@sveltejs/kit';
import type { RequestEvent } from './$types';
import { assignmentFor } from '$lib/server/teacher';
import { moduleById, quizInfo, quizzesOf } from '$lib/server/catalog';
import { BODY_LIMITS } from '$lib/server/config';
import { HttpError, readForm } from '$lib/server/http';
import { dashboardView } from '$lib/teach/dashboard';
import { answerDescriber } from '$lib/teach/answers';
import { classroomShareLink, studentLink, teacherLink } from '$lib/teach/share';
import { formatCode } from '$lib/teach/codes';
import { t } from '$lib/i18n';

export async function load(event) {
	const { store, key, assignment, sections } = await assignmentFor(event);
	const module = moduleById(assignment.moduleId);
	const quizzes = module ? quizzesOf(module) : [];
	const rows = await store.results(assignment.id);
	const origin = event.url.origin;
	const view = dashboardView({
		sections,
		steps: module?.steps ?? [],
		quizzes: quizzes.map(quizInfo),
		...rows,
		describe: answerDescriber(quizzes.flatMap((q) => q.items)),
		show: event.url.searchParams.get('section') ?? sections[0]?.code ?? 'all'
	});
	return {
		key,
		assignment,
		view,
		quizzes: quizzes.map((q) => ({ id: q.id, title: q.title })),
		teacherLink: teacherLink(origin, key),
		share: sections.map((s) => {
			const link = studentLink(origin, s.code);
			return {
				name: s.name,
				code: s.code,
				student: link,
				classroom: classroomShareLink(
					link,
					`${assignment.moduleTitle} (${s.name})`,
					t('dash.classroomBody', { code: formatCode(s.code) })
				)
			};
		}),
		created: event.url.searchParams.has('created'),
		now: Date.now()
	};
}

async function setClosed(event: RequestEvent, closed: boolean) {
	const { store, key, assignment } = await assignmentFor(event);
	try {
		await readForm(event.request, BODY_LIMITS.form);
	} catch (e) {
		if (e instanceof HttpError) return fail(e.status, { error: e.message });
		throw e;
	}
	await store.setClosed(assignment.id, closed ? Date.now() : null);
	redirect(303, `/teach/${key}#manage`);
}

export const actions = {
	close: (event) => setClosed(event, true),
	reopen: (event) => setClosed(event, false)
};
