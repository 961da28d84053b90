/**
 * Student sessions: a cookie per class code holding a random token (the database keeps its SHA-256), and
 * a second cookie keeping the student's own resume code on their device so the class page can show it
 * again. Both are httpOnly, SameSite=Lax, Secure on HTTPS.
 */
import type { Cookies } from '@sveltejs/kit';
import { cookieOptions } from './http';
import { SECRET_PATTERN } from './crypto';
import type { Store, StudentContext } from './store';
import { normalizeResumeCode } from '$lib/teach/codes';

const SESSION_DAYS = 400;
export const sessionCookie = (code: string) => `sb_class_${code}`;
export const resumeCookie = (code: string) => `sb_resume_${code}`;

interface Ev {
	cookies: Cookies;
	url: URL;
}

/** The student signed in on this device for this class code, if any. */
export async function studentFor(
	store: Store,
	ev: { cookies: Pick<Cookies, 'get'> },
	code: string
): Promise<StudentContext | undefined> {
	const token = ev.cookies.get(sessionCookie(code));
	if (!token || !SECRET_PATTERN.test(token)) return undefined;
	const ctx = await store.studentBySession(token);
	return ctx && ctx.section.code === code ? ctx : undefined;
}

export function startSession(ev: Ev, code: string, token: string, resumeCode: string) {
	const opts = cookieOptions(ev.url, SESSION_DAYS * 24 * 3600);
	ev.cookies.set(sessionCookie(code), token, opts);
	ev.cookies.set(resumeCookie(code), resumeCode, opts);
}

export async function endSession(store: Store, ev: Ev, code: string) {
	const token = ev.cookies.get(sessionCookie(code));
	if (token && SECRET_PATTERN.test(token)) await store.endSession(token);
	ev.cookies.delete(sessionCookie(code), { path: '/' });
	ev.cookies.delete(resumeCookie(code), { path: '/' });
}

/** The resume code kept on this device, if it looks like one. */
export function savedResumeCode(ev: Ev, code: string): string | undefined {
	const v = ev.cookies.get(resumeCookie(code));
	return v ? normalizeResumeCode(v) : undefined;
}

/** Class codes this device has sessions for (from cookie names). */
export function codesOnDevice(ev: Ev): string[] {
	return ev.cookies
		.getAll()
		.map((c) => /^sb_class_([A-Z0-9]{6})$/.exec(c.name)?.[1])
		.filter((c): c is string => !!c);
}
