/**
 * Request plumbing shared by the class routes: bodies read with a size cap (before any parsing), JSON
 * errors with a code and a readable message, the client key used by the rate limits, and cookies.
 */
import { error, json, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { t, type MessageKey } from '$lib/i18n';
import { newSecret } from './crypto';

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		readonly key: MessageKey,
		readonly params?: Record<string, string | number>,
		readonly headers: Record<string, string> = {}
	) {
		super(t(key, params));
	}
}

/**
 * The body as bytes, refusing more than `limit` (413) whether or not Content-Length is sent. An oversize
 * body is still read to its end (and dropped) so that the client, still sending, gets the 413 instead of a
 * reset connection; adapter-node's BODY_SIZE_LIMIT caps how much that can be.
 */
export async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
	const tooLarge = () =>
		new HttpError(413, 'too_large', 'class.error.tooLarge', { kb: Math.round(limit / 1024) });
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size <= limit) chunks.push(value);
		}
	} catch {
		// the body was cut off (adapter-node's own limit, or the client went away)
		if (size > limit) throw tooLarge();
		throw new HttpError(400, 'bad_body', 'class.error.badRequest');
	}
	if (size > limit) throw tooLarge();
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

/** A posted form (urlencoded or multipart, as use:enhance sends), read with a size cap. */
export async function readForm(request: Request, limit: number): Promise<FormData> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type))
		throw new HttpError(415, 'unsupported_type', 'class.error.formType');
	const bytes = await readCapped(request, limit);
	try {
		return await new Response(bytes as BodyInit, { headers: { 'content-type': type } }).formData();
	} catch {
		throw new HttpError(400, 'bad_form', 'class.error.badForm');
	}
}

/** A JSON body, read with a size cap; only application/json is accepted (a cross-site form cannot send it). */
export async function readJson(request: Request, limit: number): Promise<unknown> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type))
		throw new HttpError(415, 'unsupported_type', 'class.error.jsonType');
	const bytes = await readCapped(request, limit);
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw new HttpError(400, 'malformed_json', 'class.error.malformedJson');
	}
}

/** The JSON answer for an HttpError: { error: { code, message } }. */
export function jsonError(e: HttpError) {
	return json(
		{ error: { code: e.code, message: e.message } },
		{ status: e.status, headers: { 'cache-control': 'no-store', ...e.headers } }
	);
}

/** Turn an HttpError into SvelteKit's error page (for page loads). */
export function pageError(e: HttpError): never {
	error(e.status, e.message);
}

/** Too many requests: 429 with Retry-After. */
export function tooMany(wait: number): HttpError {
	return new HttpError(
		429,
		'rate_limited',
		'class.error.tooMany',
		{ seconds: Math.ceil(wait) },
		{ 'retry-after': String(Math.ceil(wait)) }
	);
}

const CLIENT_COOKIE = 'sb_client';

/**
 * Who is asking, for rate limits: a random id kept in a cookie (one per browser), else the address.
 * The id is not linked to any student and not stored on the server.
 */
export function clientKey(event: Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url'>): string {
	const id = event.cookies.get(CLIENT_COOKIE);
	if (id && /^[\w-]{16,64}$/.test(id)) return `c:${id}`;
	return `ip:${address(event)}`;
}

/** Give this browser a client id if it has none (on page loads, so that forms carry it). */
export function ensureClientCookie(event: Pick<RequestEvent, 'cookies' | 'url'>) {
	if (!event.cookies.get(CLIENT_COOKIE))
		event.cookies.set(CLIENT_COOKIE, newSecret(), cookieOptions(event.url, 400 * 24 * 3600));
}

export function address(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

export function cookieOptions(url: URL, maxAge?: number): Parameters<Cookies['set']>[2] {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		...(maxAge ? { maxAge } : {})
	};
}

/** Private pages: never cached, never indexed. */
export const privateHeaders = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' };

/**
 * Mark the response private. Safe to call twice in one request (a form action and then the page's load
 * both look the class up; SvelteKit refuses a header set twice).
 */
export function setPrivate(event: Pick<RequestEvent, 'setHeaders'>) {
	try {
		event.setHeaders(privateHeaders);
	} catch {
		// already set by the action of this request
	}
}
