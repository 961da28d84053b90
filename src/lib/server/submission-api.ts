/**
 * POST /api/class/<code>/submissions, independent of how the request arrived: the SvelteKit route
 * (src/routes/api/class/[code]/submissions/+server.ts, used by `vite dev` and as the fallback) and the
 * production server's direct path (node-submit.ts, see server/index.js) both call `submissionApi` with
 * the same few facts about the request, and send back what it answers.
 *
 * Contract: { "submissionId": "<uuid made by the client>", "quizId": "…", "answers": { "<itemId>": <answer> } }
 * → { submissionId, quizId, score, maxScore, percent, results, storedAt }, the same for a replay (marked by
 * the header Idempotent-Replayed: true). Errors are { error: { code, message } } with 400 / 401 / 403 / 404
 * / 409 / 413 / 415 / 429.
 */
import { BODY_LIMITS } from './config';
import { HttpError } from './http';
import { store } from './instance';
import { classCode, firstProblem, submissionBody } from './schemas';
import { studentFor } from './session';
import { submit } from './submit';

export interface SubmissionCall {
	/** the class code from the path */
	code: string;
	/** the Origin header, if sent */
	origin: string | null;
	/** the Content-Type header, if sent */
	contentType: string | null;
	/** this server's own origin (scheme://host) */
	ownOrigin: string;
	/** a cookie of the request */
	cookie(name: string): string | undefined;
	/** the body as JSON, read with this size cap; throws HttpError 413 / 415 / 400 */
	readJson(limit: number): Promise<unknown>;
}

export interface ApiAnswer {
	status: number;
	body: unknown;
	headers: Record<string, string>;
}

const NO_STORE = { 'cache-control': 'no-store' };
/** the types a plain HTML form can send from any site (SvelteKit's CSRF check refuses them cross-site) */
const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\s*(;|$)/i;

export async function submissionApi(call: SubmissionCall): Promise<ApiAnswer> {
	try {
		// a browser always sends Origin on a cross-site POST: refuse other sites outright
		if (call.origin && call.origin !== call.ownOrigin)
			throw new HttpError(403, 'cross_origin', 'class.error.origin');
		// as SvelteKit's own check: a form-type post must come from this site's pages, even without an Origin
		if (call.origin !== call.ownOrigin && FORM_TYPE.test(call.contentType ?? ''))
			throw new HttpError(403, 'cross_origin', 'class.error.origin');
		const code = classCode.safeParse(call.code);
		if (!code.success) throw new HttpError(404, 'unknown_class', 'class.error.unknownCode');
		const parsed = submissionBody.safeParse(await call.readJson(BODY_LIMITS.submission));
		if (!parsed.success) throw new HttpError(400, 'invalid', firstProblem(parsed.error));
		const s = await store();
		const ctx = await studentFor(s, { cookies: { get: call.cookie } }, code.data);
		if (!ctx) {
			const known = await s.sectionByCode(code.data);
			throw known
				? new HttpError(401, 'not_joined', 'class.error.notJoined')
				: new HttpError(404, 'unknown_class', 'class.error.unknownCode');
		}
		const out = await submit(s, ctx, parsed.data);
		return {
			status: 200,
			body: out.result,
			headers: { ...NO_STORE, ...(out.replayed ? { 'idempotent-replayed': 'true' } : {}) }
		};
	} catch (e) {
		if (!(e instanceof HttpError)) throw e;
		return {
			status: e.status,
			body: { error: { code: e.code, message: e.message } },
			headers: { ...NO_STORE, ...e.headers }
		};
	}
}
