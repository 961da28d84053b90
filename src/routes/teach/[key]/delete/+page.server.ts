import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { assignmentFor } from '$lib/server/teacher';
import { BODY_LIMITS } from '$lib/server/config';
import { HttpError, readForm } from '$lib/server/http';
import { deleteForm, firstProblem, formObject } from '$lib/server/schemas';

export async function load(event) {
	const { store, key, assignment, sections } = await assignmentFor(event);
	const { students } = await store.results(assignment.id);
	return { key, title: assignment.moduleTitle, sections: sections.length, students: students.length };
}

export const actions = {
	default: async (event) => {
		const { store, assignment } = await assignmentFor(event);
		try {
			const form = await readForm(event.request, BODY_LIMITS.form);
			const parsed = deleteForm.safeParse(formObject(form, ['confirm']));
			if (!parsed.success) return fail(400, { error: t(firstProblem(parsed.error)) });
		} catch (e) {
			if (e instanceof HttpError) return fail(e.status, { error: e.message });
			throw e;
		}
		await store.deleteAssignment(assignment.id);
		redirect(303, '/teach?deleted');
	}
};
