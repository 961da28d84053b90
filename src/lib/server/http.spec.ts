import { describe, expect, it } from 'vitest';
import { HttpError, readCapped, readForm, readJson } from './http';

const stream = (parts: string[]) =>
	new ReadableStream<Uint8Array>({
		pull(c) {
			const next = parts.shift();
			if (next === undefined) c.close();
			else c.enqueue(new TextEncoder().encode(next));
		}
	});
const post = (body: BodyInit, type = 'application/json') =>
	new Request('http://x/', {
		method: 'POST',
		body,
		headers: { 'content-type': type },
		duplex: 'half'
	} as RequestInit);

async function status(p: Promise<unknown>) {
	try {
		await p;
		return 200;
	} catch (e) {
		if (e instanceof HttpError) return `${e.status} ${e.code}`;
		throw e;
	}
}

describe('reading bodies', () => {
	it('returns a body within the limit, whole', async () => {
		expect(new TextDecoder().decode(await readCapped(post(stream(['ab', 'cd', 'e'])), 5))).toBe('abcde');
	});
	it('refuses a body over the limit, with or without a length, after reading it to the end', async () => {
		expect(await status(readCapped(post('x'.repeat(11)), 10))).toBe('413 too_large');
		const parts = ['x'.repeat(6), 'x'.repeat(6), 'x'.repeat(6)];
		expect(await status(readCapped(post(stream(parts)), 10))).toBe('413 too_large');
		expect(parts).toHaveLength(0); // drained, so the client can read the answer
	});
	it('parses JSON only when sent as JSON, and says when it is malformed', async () => {
		expect(await readJson(post('{"a":1}'), 100)).toEqual({ a: 1 });
		expect(await readJson(post('{"a":1}', 'application/json; charset=utf-8'), 100)).toEqual({ a: 1 });
		expect(await status(readJson(post('{"a":'), 100))).toBe('400 malformed_json');
		expect(await status(readJson(post('{"a":1}', 'text/plain'), 100))).toBe('415 unsupported_type');
		expect(await status(readJson(post(new Uint8Array([0x7b, 0xff, 0x7d])), 100))).toBe('400 malformed_json');
	});
	it('reads urlencoded and multipart forms, and refuses other types', async () => {
		const f = await readForm(
			post('code=K7QM3X&nickname=%3Cscript%3E', 'application/x-www-form-urlencoded'),
			100
		);
		expect(f.get('nickname')).toBe('<script>');
		const fd = new FormData();
		fd.set('code', 'ABC');
		const mp = new Request('http://x/', { method: 'POST', body: fd });
		expect((await readForm(mp, 1000)).get('code')).toBe('ABC');
		expect(await status(readForm(post('{}'), 100))).toBe('415 unsupported_type');
		expect(
			await status(readForm(post('a=' + 'x'.repeat(200), 'application/x-www-form-urlencoded'), 100))
		).toBe('413 too_large');
	});
});
