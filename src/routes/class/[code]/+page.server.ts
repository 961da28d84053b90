import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { classFor } from '$lib/server/class-page';
import { joinAction, leaveAction, readAction, resumeAction } from '$lib/server/class-actions';
import { savedResumeCode } from '$lib/server/session';
import { lessonInfo, moduleById, quizOf } from '$lib/server/catalog';
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
	read: readAction,
	leave: leaveAction
};
