/**
 * The students' form actions, shared by /class and /class/<code>: join with a nickname, or continue on
 * another device with nickname + resume code; mark a lesson read; leave on this device. Plain form posts (they work without JavaScript); every
 * refusal is a 4xx with a message and the values typed, and nothing is stored.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { BODY_LIMITS } from './config';
import { address, clientKey, HttpError, readForm, tooMany } from './http';
import { store } from './instance';
import { limits } from './limits';
import { takeAll } from './ratelimit';
import { firstProblem, formObject, joinForm, resumeForm } from './schemas';
import { endSession, startSession } from './session';
import { classFor } from './class-page';
import { moduleById } from './catalog';

type Ev = RequestEvent;

async function lookup(ev: Ev, code: string) {
	const s = await store();
	const found = await s.sectionByCode(code);
	if (!found) {
		const wait = limits.missPerClient.take(clientKey(ev));
		if (wait) throw tooMany(wait);
		throw new HttpError(404, 'unknown_class', 'class.error.unknownCode');
	}
	return { s, ...found };
}

export async function joinAction(ev: Ev) {
	let values: Record<string, string> = {};
	try {
		const form = await readForm(ev.request, BODY_LIMITS.form);
		const raw = formObject(form, ['code', 'nickname']);
		values = { code: raw.code ?? '', nickname: raw.nickname ?? '' };
		const parsed = joinForm.safeParse(raw);
		if (!parsed.success)
			return fail(400, { form: 'join' as const, error: t(firstProblem(parsed.error)), values });
		const { code, nickname } = parsed.data;
		let wait = limits.anonPerAddress.take(address(ev));
		if (wait) throw tooMany(wait);
		const { s, section, assignment } = await lookup(ev, code);
		if (assignment.closedAt !== null) throw new HttpError(403, 'closed', 'class.closedJoin');
		wait = takeAll([
			[limits.joinPerClient, `${code}:${clientKey(ev)}`],
			[limits.joinPerClass, code]
		]);
		if (wait) throw tooMany(wait);
		const joined = await s.join(section.id, nickname.nickname, nickname.key, Date.now());
		if (!joined.ok) throw new HttpError(409, 'nickname_taken', 'class.error.nicknameTaken');
		startSession(ev, code, joined.token, joined.resumeCode);
		redirect(303, `/class/${code}?welcome`);
	} catch (e) {
		if (e instanceof HttpError) return fail(e.status, { form: 'join' as const, error: e.message, values });
		throw e;
	}
}

export async function resumeAction(ev: Ev) {
	let values: Record<string, string> = {};
	try {
		const form = await readForm(ev.request, BODY_LIMITS.form);
		const raw = formObject(form, ['code', 'nickname', 'resume']);
		values = { code: raw.code ?? '', nickname: raw.nickname ?? '' };
		const parsed = resumeForm.safeParse(raw);
		if (!parsed.success)
			return fail(400, { form: 'resume' as const, error: t(firstProblem(parsed.error)), values });
		const { code, nickname, resume } = parsed.data;
		let wait = takeAll([
			[limits.anonPerAddress, address(ev)],
			[limits.resumePerClient, clientKey(ev)]
		]);
		if (wait) throw tooMany(wait);
		const { s, section } = await lookup(ev, code);
		wait = limits.resumePerStudent.take(`${section.id}:${nickname.key}`);
		if (wait) throw tooMany(wait);
		const back = await s.resume(section.id, nickname.key, resume, Date.now());
		if (!back) throw new HttpError(403, 'resume_mismatch', 'class.error.resumeWrong');
		startSession(ev, code, back.token, resume);
		redirect(303, `/class/${code}`);
	} catch (e) {
		if (e instanceof HttpError) return fail(e.status, { form: 'resume' as const, error: e.message, values });
		throw e;
	}
}

/** Mark a lesson step of the student's module as read (a form post from the class page). */
export async function readAction(event: Ev) {
	const { store: db, code, assignment, ctx } = await classFor(event);
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
		await db.markDone(ctx.student.id, `lesson:${slug}`, Date.now());
		redirect(303, `/class/${code}#step-lesson-${slug}`);
	} catch (e) {
		if (e instanceof HttpError) return fail(e.status, { form: 'read' as const, error: e.message });
		throw e;
	}
}

/** Leave the class on this device: the session cookie is ended (the resume code still works). */
export async function leaveAction(event: Ev) {
	const { store: db, code } = await classFor(event);
	try {
		await readForm(event.request, BODY_LIMITS.form);
	} catch (e) {
		if (e instanceof HttpError) return fail(e.status, { form: 'leave' as const, error: e.message });
		throw e;
	}
	await endSession(db, event, code);
	redirect(303, '/class?left');
}
