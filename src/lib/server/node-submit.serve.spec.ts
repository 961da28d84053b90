/**
 * The direct submission path (node-submit.ts `serveSubmission`) end to end, on a Node-style request and
 * response, against a real store on SQLite and on PostgreSQL: grading, storing once, replays, and every
 * refusal storing nothing. The SvelteKit route's twin is routes.spec.ts; the HTTP-level one, through
 * server/index.js, is tests/teach-api.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { content } from '$lib/content';
import { quizView } from '$lib/quiz/view';
import { sampleAnswers } from '$lib/teach/sample';
import { nicknameKey } from '$lib/teach/nickname';
import { useStore } from './instance';
import { serveSubmission } from './node-submit';
import { sessionCookie } from './session';
import { Store } from './store';
import { suiteDrivers } from './db/testing';

/** A request as node:http gives it: a stream of Buffers with headers. */
const fakeReq = (chunks: Buffer[], headers: Record<string, string>) =>
	Object.assign(Readable.from(chunks), { headers }) as unknown as IncomingMessage;

const drivers = await suiteDrivers();

// the smallest module with a quiz, and answers for its first quiz
const c = content();
const mod = [...c.modules]
	.filter((m) => m.steps.some((s) => s.kind === 'quiz'))
	.sort((a, b) => a.steps.length - b.steps.length)[0]!;
const quizId = mod.steps.flatMap((s) => (s.kind === 'quiz' ? [s.id] : []))[0]!;
const quiz = quizView(c, quizId)!;
const right = sampleAnswers(quiz.items, 1, 1);

const OWN = 'http://class.test';

interface Sent {
	status: number;
	headers: Record<string, string | number>;
	text: string;
	body: { score?: number; error?: { code: string; message: string } } & Record<string, unknown>;
}

/** serveSubmission on a fake request and a response that records what was written. */
async function serve(
	code: string,
	body: unknown,
	opts: { cookie?: string; origin?: string | null; type?: string } = {}
): Promise<Sent> {
	const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/json' };
	if (opts.origin !== null) headers.origin = opts.origin ?? OWN;
	if (opts.cookie) headers.cookie = opts.cookie;
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	const req = fakeReq([Buffer.from(text)], headers);
	const sent: Partial<Sent> = {};
	let writes = 0;
	const res = {
		writeHead(status: number, h: Record<string, string | number>) {
			writes++;
			sent.status = status;
			sent.headers = h;
			return res;
		},
		end(out: string) {
			writes++;
			sent.text = out;
		}
	};
	await serveSubmission(req, res as unknown as ServerResponse, code, OWN);
	expect(writes).toBe(2);
	const done = sent as Sent;
	expect(done.headers['content-type']).toBe('application/json');
	expect(done.headers['content-length']).toBe(Buffer.byteLength(done.text));
	expect(done.headers['cache-control']).toBe('no-store');
	done.body = JSON.parse(done.text) as Sent['body'];
	return done;
}

describe.each(drivers.map((d) => [d.name, d] as const))('serveSubmission on %s', (_name, driver) => {
	let store: Store;
	let code: string;
	let sectionId: string;
	const attempts = () => store.db.q.$count(store.db.t.attempts).then(Number);

	async function student(nickname: string) {
		const j = await store.join(sectionId, nickname, nicknameKey(nickname), Date.now());
		if (!j.ok) throw new Error('join failed');
		return { ...j, cookie: `sb_client=${randomUUID()}; ${sessionCookie(code)}=${j.token}` };
	}
	const refused = (r: Sent, status: number, errorCode: string) => {
		expect(r.status).toBe(status);
		expect(r.body.error?.code).toBe(errorCode);
		expect(r.body.error?.message.length).toBeGreaterThan(10);
	};

	beforeAll(async () => {
		store = new Store(await driver.open(), 30);
		useStore(store);
		const made = await store.createAssignment({
			moduleId: mod.id,
			moduleTitle: mod.title,
			sections: ['Period 1'],
			now: Date.now()
		});
		code = made.sections[0]!.code;
		sectionId = made.sections[0]!.id;
	}, 60_000);
	afterAll(async () => store.close(), 60_000);

	it('grades and stores a submission; a replay gets the same body, marked, and is stored once', async () => {
		const s = await student('Ada');
		const body = { submissionId: randomUUID(), quizId: quiz.id, answers: right };
		const before = await attempts();
		const first = await serve(code, body, { cookie: s.cookie });
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({ submissionId: body.submissionId, quizId: quiz.id });
		expect(first.body.score).toBeGreaterThan(0);
		expect(first.body.score).toBe(first.body.maxScore);
		expect(first.headers['idempotent-replayed']).toBeUndefined();
		expect(await attempts()).toBe(before + 1);

		const again = await serve(code, body, { cookie: s.cookie });
		expect(again.status).toBe(200);
		expect(again.text).toBe(first.text);
		expect(again.headers['idempotent-replayed']).toBe('true');
		expect(await attempts()).toBe(before + 1);

		const stored = (await store.studentWork(s.student.id)).attempts;
		expect(stored).toHaveLength(1);
		expect(stored[0]!.score).toBe(first.body.score);
	});

	it('takes a submission without an Origin header (a script), and a lower-case code', async () => {
		const s = await student('Bo');
		const before = await attempts();
		const r = await serve(
			code.toLowerCase(),
			{ submissionId: randomUUID(), quizId: quiz.id, answers: right },
			{ cookie: s.cookie, origin: null }
		);
		expect(r.status).toBe(200);
		expect(await attempts()).toBe(before + 1);
	});

	it('refuses another site, a bad body, no session and an unknown class, storing nothing', async () => {
		const s = await student('Cy');
		const ok = { submissionId: randomUUID(), quizId: quiz.id, answers: right };
		const before = await attempts();
		refused(await serve(code, ok, { cookie: s.cookie, origin: 'https://evil.example' }), 403, 'cross_origin');
		refused(
			await serve(code, ok, { cookie: s.cookie, origin: 'http://class.test:8080' }),
			403,
			'cross_origin'
		);
		// a form type (what a plain HTML form on any site can send) only from this site, even without Origin
		for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
			refused(await serve(code, ok, { cookie: s.cookie, origin: null, type }), 403, 'cross_origin');
		refused(await serve(code, '{"submissionId": ', { cookie: s.cookie }), 400, 'malformed_json');
		refused(await serve(code, { ...ok, submissionId: 'abc' }, { cookie: s.cookie }), 400, 'invalid');
		refused(await serve(code, ok, { cookie: s.cookie, type: 'text/plain' }), 415, 'unsupported_type');
		refused(await serve(code, ok), 401, 'not_joined');
		refused(await serve(code, ok, { cookie: `${sessionCookie(code)}=${'A'.repeat(32)}` }), 401, 'not_joined');
		refused(await serve('ZZZZZZ', ok, { cookie: s.cookie }), 404, 'unknown_class');
		refused(await serve('not a code!', ok, { cookie: s.cookie }), 404, 'unknown_class');
		expect(await attempts()).toBe(before);
		expect((await store.studentWork(s.student.id)).attempts).toHaveLength(0);
	});
});
