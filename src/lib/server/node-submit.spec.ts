/**
 * The production server's direct submission path (node-submit.ts), its parts: which requests it takes, how
 * it reads a body from Node's request, and its registration for server/index.js. The whole endpoint end to
 * end on both databases is node-submit.serve.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { HttpError } from './http';
import { readNodeJson, serveSubmission, submissionCode } from './node-submit';
import { init } from '../../hooks.server';
/** A request as node:http gives it: a stream of Buffers with headers. */
function fakeReq(chunks: Iterable<Buffer> | AsyncIterable<Buffer>, headers: Record<string, string>) {
	return Object.assign(Readable.from(chunks), { headers }) as unknown as IncomingMessage;
}
const json = (chunks: (string | Buffer)[], type = 'application/json') =>
	fakeReq(
		chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)),
		{ 'content-type': type }
	);

describe('submissionCode', () => {
	it('takes POST /api/class/<code>/submissions only, with the code percent-decoded', () => {
		expect(submissionCode('POST', '/api/class/ABC123/submissions')).toBe('ABC123');
		expect(submissionCode('POST', '/api/class/abc%20123/submissions')).toBe('abc 123');
		expect(submissionCode('POST', '/api/class/%41BC/submissions')).toBe('ABC');
		for (const method of ['GET', 'PUT', 'HEAD', 'OPTIONS', 'post', undefined])
			expect(submissionCode(method, '/api/class/ABC123/submissions')).toBeUndefined();
	});

	it('leaves every other path (and malformed escapes) to SvelteKit', () => {
		for (const path of [
			'/api/class/ABC123/submissions/',
			'/api/class/ABC123/submissions/x',
			'/api/class/ABC123/submission',
			'/api/class//submissions',
			'/api/class/A/B/submissions',
			'/x/api/class/ABC123/submissions',
			'/api/class/ABC123',
			'/class/ABC123/submissions',
			'/'
		])
			expect(submissionCode('POST', path), path).toBeUndefined();
		expect(submissionCode('POST', '/api/class/%E0%A4%A/submissions')).toBeUndefined();
		expect(submissionCode('POST', '/api/class/%/submissions')).toBeUndefined();
		expect(submissionCode('POST', '/api/class/%ff/submissions')).toBeUndefined();
	});
});

describe('readNodeJson', () => {
	const LIMIT = 1024;
	const refused = async (p: Promise<unknown>, status: number, code: string) => {
		const e = await p.then(
			() => undefined,
			(e: unknown) => e
		);
		expect(e).toBeInstanceOf(HttpError);
		expect(e).toMatchObject({ status, code });
		expect((e as HttpError).message.length).toBeGreaterThan(10);
	};

	it('accepts application/json only (415 otherwise)', async () => {
		for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', ''])
			await refused(readNodeJson(json(['{}'], type), LIMIT), 415, 'unsupported_type');
		await refused(readNodeJson(fakeReq([Buffer.from('{}')], {}), LIMIT), 415, 'unsupported_type');
		expect(await readNodeJson(json(['{"a":1}'], 'application/json; charset=utf-8'), LIMIT)).toEqual({ a: 1 });
		expect(await readNodeJson(json(['[1]'], 'Application/JSON'), LIMIT)).toEqual([1]);
	});

	it('parses a body split over several chunks, even inside a multi-byte character', async () => {
		const bytes = Buffer.from(JSON.stringify({ nickname: 'Zoë', answers: { q1: ['é', 'ß'] } }));
		const cuts = [3, bytes.indexOf(0xc3) + 1, bytes.length - 4];
		const chunks = [0, ...cuts].map((from, i) => bytes.subarray(from, cuts[i] ?? bytes.length));
		expect(Buffer.concat(chunks)).toEqual(bytes);
		expect(await readNodeJson(json(chunks), LIMIT)).toEqual({
			nickname: 'Zoë',
			answers: { q1: ['é', 'ß'] }
		});
	});

	it('takes a body of exactly the cap; refuses one byte over it, and four times over it (413)', async () => {
		const body = (n: number) => `"${'x'.repeat(n - 2)}"`;
		expect(await readNodeJson(json([body(LIMIT)]), LIMIT)).toBe('x'.repeat(LIMIT - 2));
		const over = body(LIMIT + 1);
		await refused(readNodeJson(json([over.slice(0, 600), over.slice(600)]), LIMIT), 413, 'too_large');
		const far = Buffer.from(body(4 * LIMIT + 100));
		await refused(readNodeJson(json([far.subarray(0, 2000), far.subarray(2000)]), LIMIT), 413, 'too_large');
	});

	it('stops reading a body far over the cap instead of waiting for its end', async () => {
		// 64 times the cap: a reader that waited for the end would still finish, and fail the bound below
		let sent = 0;
		async function* huge() {
			while (sent < 64 * LIMIT) {
				sent += 256;
				yield Buffer.alloc(256, 0x20);
			}
		}
		const req = fakeReq(huge(), { 'content-type': 'application/json' });
		await refused(readNodeJson(req, LIMIT), 413, 'too_large');
		// read a little past four times the cap, then paused (plus what the stream had buffered)
		expect(sent).toBeGreaterThan(4 * LIMIT);
		expect(sent).toBeLessThan(4 * LIMIT + 64 * 256);
		req.destroy();
	});

	it('refuses malformed JSON and invalid UTF-8 (400)', async () => {
		for (const body of ['{"a":', '', 'undefined', "{'a':1}", '{"a":1}}'])
			await refused(readNodeJson(json([body]), LIMIT), 400, 'malformed_json');
		// a lone continuation byte and an overlong encoding inside a JSON string
		for (const bad of [[0x80], [0xc0, 0xaf], [0xff]]) {
			const body = Buffer.concat([Buffer.from('"a'), Buffer.from(bad), Buffer.from('"')]);
			await refused(readNodeJson(json([body]), LIMIT), 400, 'malformed_json');
		}
	});

	it('answers 400 when the request breaks off', async () => {
		async function* broken() {
			yield Buffer.from('{"a":');
			throw new Error('socket hang up');
		}
		await refused(
			readNodeJson(fakeReq(broken(), { 'content-type': 'application/json' }), LIMIT),
			400,
			'bad_body'
		);
	});
});

describe('hooks.server init', () => {
	it('registers the direct path for server/index.js on the shared symbol', async () => {
		const key = Symbol.for('sourcebook.submissions');
		const g = globalThis as Record<symbol, unknown>;
		delete g[key];
		await init();
		expect(g[key]).toEqual({ submissionCode, serveSubmission });
		const reg = g[key] as { submissionCode: unknown; serveSubmission: unknown };
		expect(reg.submissionCode).toBe(submissionCode);
		expect(reg.serveSubmission).toBe(serveSubmission);
		delete g[key];
	});
});
