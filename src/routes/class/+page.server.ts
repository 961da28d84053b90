import { store } from '$lib/server/instance';
import { ensureClientCookie, setPrivate } from '$lib/server/http';
import { codesOnDevice, studentFor } from '$lib/server/session';
import { joinAction, resumeAction } from '$lib/server/class-actions';

export async function load(event) {
	ensureClientCookie(event);
	setPrivate(event);
	const codes = codesOnDevice(event).slice(0, 10);
	const mine = [];
	if (codes.length) {
		const s = await store();
		for (const code of codes) {
			const ctx = await studentFor(s, event, code);
			if (ctx) mine.push({ code, nickname: ctx.student.nickname, title: ctx.assignment.moduleTitle });
		}
	}
	return { mine, left: event.url.searchParams.has('left') };
}

export const actions = { join: joinAction, resume: resumeAction };
