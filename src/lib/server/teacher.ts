/**
 * The assignment behind a teacher link, or a 404 (the same for a malformed and an unknown key, so the
 * page does not help anyone guess). Misses are rate limited per client.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { teacherKey } from './schemas';
import { store } from './instance';
import { limits } from './limits';
import { clientKey, setPrivate } from './http';

export async function assignmentFor(
	event: Pick<RequestEvent, 'params' | 'cookies' | 'getClientAddress' | 'url' | 'setHeaders'>
) {
	setPrivate(event);
	const parsed = teacherKey.safeParse(event.params.key);
	const s = await store();
	const found = parsed.success ? await s.assignmentByKey(parsed.data) : undefined;
	if (!found) {
		const wait = limits.badKeyPerClient.take(clientKey(event));
		if (wait) error(429, t('class.error.tooMany', { seconds: Math.ceil(wait) }));
		error(404, t(parsed.success ? 'teach.error.unknownLink' : 'teach.error.badLink'));
	}
	return { store: s, key: parsed.data!, ...found };
}
