/**
 * Looking up the class behind /class/<code>: the code normalised (a lower-case or hyphenated code
 * redirects to the canonical address), the section and assignment, and the student on this device.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { classCode } from './schemas';
import { store } from './instance';
import { limits } from './limits';
import { clientKey, ensureClientCookie, setPrivate } from './http';
import { studentFor } from './session';

export async function classFor(event: RequestEvent) {
	setPrivate(event);
	ensureClientCookie(event);
	const raw = event.params.code ?? '';
	const parsed = classCode.safeParse(raw);
	if (!parsed.success) error(404, t('class.error.unknownCode'));
	const code = parsed.data;
	if (code !== raw)
		redirect(308, event.url.pathname.replace(`/class/${raw}`, `/class/${code}`) + event.url.search);
	const s = await store();
	const found = await s.sectionByCode(code);
	if (!found) {
		const wait = limits.missPerClient.take(clientKey(event));
		if (wait) error(429, t('class.error.tooMany', { seconds: Math.ceil(wait) }));
		error(404, t('class.error.unknownCode'));
	}
	const ctx = await studentFor(s, event, code);
	return { store: s, code, ...found, ctx };
}
