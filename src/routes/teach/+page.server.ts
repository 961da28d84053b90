import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { modules, moduleById } from '$lib/server/catalog';
import { store } from '$lib/server/instance';
import { limits } from '$lib/server/limits';
import { takeAll } from '$lib/server/ratelimit';
import { assignForm, firstProblem, formObject } from '$lib/server/schemas';
import { address, clientKey, ensureClientCookie, HttpError, readForm, tooMany } from '$lib/server/http';
import { BODY_LIMITS } from '$lib/server/config';
import { assignableModules } from '$lib/teach/pages';

export function load(event) {
	ensureClientCookie(event);
	return {
		modules: assignableModules(modules()),
		selected: event.url.searchParams.get('module') ?? undefined,
		deleted: event.url.searchParams.has('deleted')
	};
}

export const actions = {
	default: async (event) => {
		let values = { module: '', sections: '' };
		try {
			const form = await readForm(event.request, BODY_LIMITS.form);
			const raw = formObject(form, ['module', 'sections']);
			values = { module: raw.module ?? '', sections: raw.sections ?? '' };
			const parsed = assignForm.safeParse(raw);
			if (!parsed.success) return fail(400, { error: t(firstProblem(parsed.error)), values });
			const module = moduleById(parsed.data.module);
			if (!module) return fail(400, { error: t('teach.error.unknownModule'), values });
			const wait = takeAll([
				[limits.createPerClient, clientKey(event)],
				[limits.createPerAddress, address(event)]
			]);
			if (wait) throw tooMany(wait);
			const made = await (
				await store()
			).createAssignment({
				moduleId: module.id,
				moduleTitle: module.title,
				sections: parsed.data.sections,
				now: Date.now()
			});
			redirect(303, `/teach/${made.key}?created`);
		} catch (e) {
			if (e instanceof HttpError) return fail(e.status, { error: e.message, values });
			throw e;
		}
	}
};
