/**
 * POST /api/class/<code>/submissions — a quiz submission as JSON, for scripts and the offline queue:
 *   { "submissionId": "<uuid made by the client>", "quizId": "…", "answers": { "<itemId>": <answer>, … } }
 * The student is the one signed in on this device for <code> (the session cookie). The answer is
 * { submissionId, quizId, score, maxScore, percent, results: [{ itemId, score, correct, answered }], storedAt },
 * the same for a replay (marked by the header Idempotent-Replayed: true). Errors are
 * { error: { code, message } } with 400 / 401 / 403 / 404 / 409 / 413 / 415 / 429.
 */
import { json } from '@sveltejs/kit';
import { BODY_LIMITS } from '$lib/server/config';
import { HttpError, jsonError, readJson } from '$lib/server/http';
import { store } from '$lib/server/instance';
import { classCode, firstProblem, submissionBody } from '$lib/server/schemas';
import { studentFor } from '$lib/server/session';
import { submit } from '$lib/server/submit';

export const prerender = false;

export async function POST(event) {
	try {
		// a browser always sends Origin on a cross-site POST: refuse other sites outright
		const origin = event.request.headers.get('origin');
		if (origin && origin !== event.url.origin) throw new HttpError(403, 'cross_origin', 'class.error.origin');
		const code = classCode.safeParse(event.params.code);
		if (!code.success) throw new HttpError(404, 'unknown_class', 'class.error.unknownCode');
		const body = await readJson(event.request, BODY_LIMITS.submission);
		const parsed = submissionBody.safeParse(body);
		if (!parsed.success) throw new HttpError(400, 'invalid', firstProblem(parsed.error));
		const s = await store();
		const ctx = await studentFor(s, event, code.data);
		if (!ctx) {
			const known = await s.sectionByCode(code.data);
			throw known
				? new HttpError(401, 'not_joined', 'class.error.notJoined')
				: new HttpError(404, 'unknown_class', 'class.error.unknownCode');
		}
		const out = await submit(s, ctx, parsed.data);
		return json(out.result, {
			headers: { 'cache-control': 'no-store', ...(out.replayed ? { 'idempotent-replayed': 'true' } : {}) }
		});
	} catch (e) {
		if (e instanceof HttpError) return jsonError(e);
		throw e;
	}
}
