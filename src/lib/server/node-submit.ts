/**
 * The submission endpoint served straight from node:http by the production server (server/index.js), the
 * one request a whole district can send a thousand times a second. SvelteKit's own route would build a
 * WHATWG Request (headers, AbortSignal, a ReadableStream body) and read a Response back for every
 * submission: about 0.27 ms of CPU each, measured by `npm run bench:server`, which on one core is most of
 * the budget for 1,000 a second. Here the same `submissionApi` runs on Node's request and response.
 *
 * server/index.js finds `serveSubmission` on globalThis (registered by src/hooks.server.ts when the app
 * starts), because the app's modules are bundled and this is how the server outside the bundle reaches the
 * same store, caches and rate limits as the pages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'cookie';
import { t } from '$lib/i18n';
import { HttpError } from './http';
import { submissionApi, type ApiAnswer } from './submission-api';

const PATH = /^\/api\/class\/([^/]+)\/submissions$/;

/** The class code if this is a submission (POST /api/class/<code>/submissions), else undefined. */
export function submissionCode(method: string | undefined, pathname: string): string | undefined {
	if (method !== 'POST') return undefined;
	const m = PATH.exec(pathname);
	if (!m) return undefined;
	try {
		return decodeURIComponent(m[1]!);
	} catch {
		return undefined;
	}
}

/**
 * The body as JSON with a size cap (413), only application/json (415), valid UTF-8 JSON (400): the same
 * rules and messages as readJson in http.ts. An oversize body is read on, up to four times the cap and
 * dropped, so a client still sending gets the 413 rather than a reset connection.
 */
export function readNodeJson(req: IncomingMessage, limit: number): Promise<unknown> {
	const type = req.headers['content-type'] ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type))
		return Promise.reject(new HttpError(415, 'unsupported_type', 'class.error.jsonType'));
	const tooLarge = () =>
		new HttpError(413, 'too_large', 'class.error.tooLarge', { kb: Math.round(limit / 1024) });
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.byteLength;
			if (size <= limit) chunks.push(chunk);
			else if (size > 4 * limit) {
				req.removeAllListeners('data');
				req.pause();
				reject(tooLarge());
			}
		});
		req.on('error', () => reject(new HttpError(400, 'bad_body', 'class.error.badRequest')));
		req.on('end', () => {
			if (size > limit) return reject(tooLarge());
			try {
				resolve(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size))));
			} catch {
				reject(new HttpError(400, 'malformed_json', 'class.error.malformedJson'));
			}
		});
	});
}

/** Answer one submission on Node's own request and response. */
export async function serveSubmission(
	req: IncomingMessage,
	res: ServerResponse,
	code: string,
	ownOrigin: string
): Promise<void> {
	let cookies: Record<string, string | undefined> | undefined;
	let answer: ApiAnswer;
	try {
		answer = await submissionApi({
			code,
			origin: req.headers.origin ?? null,
			contentType: req.headers['content-type'] ?? null,
			ownOrigin,
			cookie: (name) => (cookies ??= parse(req.headers.cookie ?? ''))[name],
			readJson: (limit) => readNodeJson(req, limit)
		});
	} catch (e) {
		// not the request's fault (the database is down, say): logged, and said plainly
		console.error('submission failed', e);
		answer = {
			status: 500,
			body: { error: { code: 'server_error', message: t('class.error.server') } },
			headers: { 'cache-control': 'no-store' }
		};
	}
	const text = JSON.stringify(answer.body);
	const tooLarge = answer.status === 413 && !req.complete;
	res.writeHead(answer.status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		...answer.headers,
		// a body left unread (far over the cap) is not drained: close the connection after answering
		...(tooLarge ? { connection: 'close' } : {})
	});
	res.end(text);
}
