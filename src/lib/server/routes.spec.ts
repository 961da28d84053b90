/**
 * Hostile input against the class routes' own handlers (the +server.ts and form actions SvelteKit calls),
 * run unchanged on SQLite and on PostgreSQL: every bad request gets a 4xx with a clear message and stores
 * nothing; a replay is stored once; a nickname alone never lets anyone continue as a student; a closed
 * assignment takes no new work; deleting removes everything. The HTTP-level twin is tests/teach-api.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { content } from '$lib/content';
import { quizView } from '$lib/quiz/view';
import { sampleAnswers } from '$lib/teach/sample';
import { Store } from './store';
import { useStore } from './instance';
import { suiteDrivers } from './db/testing';
import * as api from '../../routes/api/class/[code]/submissions/+server';
import * as classPage from '../../routes/class/[code]/+page.server';
import * as quizPage from '../../routes/class/[code]/quiz/[quiz]/+page.server';
import * as teachPage from '../../routes/teach/+page.server';
import * as dashPage from '../../routes/teach/[key]/+page.server';
import * as deletePage from '../../routes/teach/[key]/delete/+page.server';
import * as csvRoute from '../../routes/teach/[key]/results.csv/+server';

const drivers = await suiteDrivers();

// the smallest module with a quiz, and answers for its first quiz
const c = content();
const mod = [...c.modules]
	.filter((m) => m.steps.some((s) => s.kind === 'quiz'))
	.sort((a, b) => a.steps.length - b.steps.length)[0]!;
const quizId = mod.steps.flatMap((s) => (s.kind === 'quiz' ? [s.id] : []))[0]!;
const quiz = quizView(c, quizId)!;
const right = sampleAnswers(quiz.items, 1, 1);
const wrong = sampleAnswers(quiz.items, 0, 2);
const outside = c.quizzes.find((q) => !mod.steps.some((s) => s.kind === 'quiz' && s.id === q.id));

const ORIGIN = 'http://class.test';

/** One browser: its cookies, its client id, its address. */
class Device {
	jar = new Map<string, string>();
	constructor(readonly ip = '10.0.0.1') {
		this.jar.set('sb_client', randomUUID());
	}
	cookies = {
		get: (n: string) => this.jar.get(n),
		getAll: () => [...this.jar].map(([name, value]) => ({ name, value })),
		set: (n: string, v: string) => void this.jar.set(n, v),
		delete: (n: string) => void this.jar.delete(n),
		serialize: () => ''
	};
	/** A RequestEvent as SvelteKit builds it, for a handler of ours. */
	event(
		path: string,
		params: Record<string, string>,
		init: { body?: BodyInit; type?: string; origin?: string; method?: string } = {}
	) {
		const url = new URL(path, ORIGIN);
		const headers: Record<string, string> = { origin: init.origin ?? ORIGIN };
		if (init.type) headers['content-type'] = init.type;
		const request = new Request(url, {
			method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
			headers,
			body: init.body
		});
		return {
			request,
			url,
			params,
			cookies: this.cookies,
			getClientAddress: () => this.ip,
			setHeaders: () => {},
			locals: {},
			route: { id: null },
			isDataRequest: false,
			isSubRequest: false
		} as never;
	}
	form(path: string, params: Record<string, string>, fields: Record<string, string>, origin?: string) {
		return this.event(path, params, {
			body: new URLSearchParams(fields).toString(),
			type: 'application/x-www-form-urlencoded',
			origin
		});
	}
	json(code: string, body: unknown, type = 'application/json', origin?: string) {
		return this.event(
			`/api/class/${code}/submissions`,
			{ code },
			{
				body: typeof body === 'string' ? body : JSON.stringify(body),
				type,
				origin
			}
		);
	}
}

/** What a handler did: a redirect, a form failure, an error page, or a response. */
async function outcome(
	p: unknown
): Promise<{ status: number; location?: string; message?: string; body?: unknown }> {
	try {
		const r = await p;
		if (isActionFailure(r))
			return { status: r.status, message: (r.data as unknown as { error?: string }).error };
		if (r instanceof Response) {
			const text = await r.text();
			const type = r.headers.get('content-type') ?? '';
			const body = type.includes('json') ? (JSON.parse(text) as unknown) : text;
			const err = (body as { error?: { message?: string } } | undefined)?.error;
			return { status: r.status, body, message: err?.message };
		}
		return { status: 200, body: r };
	} catch (e) {
		if (isRedirect(e)) return { status: e.status, location: e.location };
		if (isHttpError(e)) return { status: e.status, message: e.body.message };
		throw e;
	}
}

describe.each(drivers.map((d) => [d.name, d] as const))('class routes on %s', (name, driver) => {
	let store: Store;
	let key: string;
	let codes: string[];
	const teacher = new Device(`10.1.0.${name.length}`);
	const count = (table: 'assignments' | 'students' | 'attempts' | 'sessions' | 'progress') =>
		store.db.q.$count(store.db.t[table]).then(Number);

	async function join(code: string, nickname: string, d = new Device()) {
		const r = await outcome(
			classPage.actions.join(d.form(`/class/${code}?/join`, { code }, { code, nickname }))
		);
		return { ...r, device: d, resume: d.jar.get(`sb_resume_${code}`) };
	}
	const submitJson = (d: Device, code: string, body: unknown, type?: string, origin?: string) =>
		outcome(api.POST(d.json(code, body, type, origin)));
	const expectRefused = (r: { status: number; message?: string }, status: number) => {
		expect(r.status).toBe(status);
		expect(r.message?.length ?? 0).toBeGreaterThan(10);
	};

	beforeAll(async () => {
		store = new Store(await driver.open(), 30);
		useStore(store);
		const r = await outcome(
			teachPage.actions.default(
				teacher.form('/teach', {}, { module: mod.id, sections: 'Period 1\nPeriod 2' })
			)
		);
		expect(r.status).toBe(303);
		key = /^\/teach\/([\w-]+)\?created$/.exec(r.location!)![1]!;
		codes = (await store.assignmentByKey(key))!.sections.map((s) => s.code);
	}, 60_000);
	afterAll(async () => store.close(), 60_000);

	it('refuses bad assignment forms with a message, and creates nothing', async () => {
		const before = await count('assignments');
		const assign = (fields: Record<string, string>) =>
			outcome(teachPage.actions.default(teacher.form('/teach', {}, fields)));
		expectRefused(await assign({ module: mod.id, sections: '\n \n' }), 400);
		expectRefused(await assign({ module: 'no-such-module', sections: 'P1' }), 400);
		expectRefused(await assign({ module: '../etc/passwd', sections: 'P1' }), 400);
		expectRefused(await assign({ module: mod.id, sections: 'P1\np1' }), 400);
		expectRefused(await assign({ module: mod.id, sections: 'x'.repeat(9000) }), 413);
		expectRefused(
			await outcome(
				teachPage.actions.default(
					teacher.event('/teach', {}, { body: '{"module":"x"}', type: 'application/json' })
				)
			),
			415
		);
		expect(await count('assignments')).toBe(before);
	});

	it('joins with any nickname as text, refuses emails, duplicates, unknown and malformed codes', async () => {
		const before = await count('students');
		const script = await join(codes[0]!, '<script>');
		expect(script.status).toBe(303);
		const ctx = await store.studentBySession(script.device.jar.get(`sb_class_${codes[0]}`)!);
		expect(ctx?.student.nickname).toBe('<script>');
		expectRefused(await join(codes[0]!, 'ada@example.org'), 400);
		expect((await join(codes[0]!, 'Ada')).status).toBe(303);
		expectRefused(await join(codes[0]!, ' ADA '), 409);
		expect((await join(codes[1]!, 'Ada')).status).toBe(303); // another section: fine
		expectRefused(await join('ZZZZZZ', 'Bo'), 404);
		expectRefused(await join('not a code!', 'Bo'), 400);
		expectRefused(await join(codes[0]!, '\u200b\u200b'), 400);
		expect(await count('students')).toBe(before + 3);
	});

	it('lets 35 students behind one school address join one class within a minute', async () => {
		const results = await Promise.all(
			Array.from({ length: 35 }, (_, i) => join(codes[1]!, `Student ${i}`, new Device('10.9.9.9')))
		);
		expect(results.map((r) => r.status)).toEqual(results.map(() => 303));
		// but one device cannot keep joining the same class
		const d = new Device('10.9.9.9');
		const statuses = [];
		for (let i = 0; i < 10; i++) statuses.push((await join(codes[1]!, `Same device ${i}`, d)).status);
		expect(statuses).toContain(429);
	}, 60_000);

	it('refuses hostile submissions with a 4xx and a message, and stores nothing', async () => {
		const { device: d } = await join(codes[0]!, 'Hostile');
		const code = codes[0]!;
		const ok = { submissionId: randomUUID(), quizId: quiz.id, answers: right };
		const firstItem = quiz.items[0]!;
		const cases: [unknown, number, string?][] = [
			['{"submissionId": ', 400],
			['[1,2,3]', 400],
			['null', 400],
			[{ ...ok, answers: [1, 2] }, 400],
			[{ ...ok, submissionId: 'abc' }, 400],
			[{ ...ok, submissionId: 12 }, 400],
			[{ ...ok, quizId: 5 }, 400],
			[{ ...ok, extra: true }, 400],
			[{ ...ok, answers: { ...right, 'not-an-item': 'a' } }, 400],
			[{ ...ok, answers: { [firstItem.id]: { nested: [1, 2, 3] } } }, 400],
			[{ ...ok, quizId: 'no-such-quiz' }, 400],
			[ok, 415, 'text/plain'],
			[{ ...ok, answers: { [firstItem.id]: 'x'.repeat(200 * 1024) } }, 413]
		];
		if (outside) cases.push([{ ...ok, quizId: outside.id }, 400]);
		for (const [body, status, type] of cases) expectRefused(await submitJson(d, code, body, type), status);
		expectRefused(await submitJson(d, 'ZZZZZZ', ok), 404);
		expectRefused(await submitJson(new Device(), code, ok), 401);
		expectRefused(await submitJson(d, code, ok, undefined, 'https://evil.example'), 403);
		expect(await count('attempts')).toBe(0);
	});

	it('stores a submission once: a replay gets the same answer; the same id with other answers is refused', async () => {
		const { device: d } = await join(codes[0]!, 'Replayer');
		const body = { submissionId: randomUUID(), quizId: quiz.id, answers: wrong };
		const first = await submitJson(d, codes[0]!, body);
		expect(first.status).toBe(200);
		const again = await submitJson(d, codes[0]!, body);
		expect(again).toEqual(first);
		expectRefused(await submitJson(d, codes[0]!, { ...body, answers: right }), 409);
		expect(await count('attempts')).toBe(1);
		const stored = (await store.studentWork((await ctxOf(d, codes[0]!)).student.id)).attempts;
		expect(stored).toHaveLength(1);
		expect(stored[0]!.score).toBe((first.body as { score: number }).score);
	});

	async function ctxOf(d: Device, code: string) {
		return (await store.studentBySession(d.jar.get(`sb_class_${code}`)!))!;
	}

	it('grades on the server: the quiz form action stores the graded attempt, and refuses a bad form', async () => {
		const { device: d } = await join(codes[0]!, 'Former');
		const params = { code: codes[0]!, quiz: quiz.id };
		const path = `/class/${codes[0]}/quiz/${quiz.id}?/submit`;
		const bad = await outcome(quizPage.actions.submit(d.form(path, params, { submissionId: 'nope' })));
		expectRefused(bad, 400);
		const big = await outcome(
			quizPage.actions.submit(d.form(path, params, { submissionId: randomUUID(), x: 'y'.repeat(140_000) }))
		);
		expectRefused(big, 413);
		const before = await count('attempts');
		// a form with no answers that claims a perfect score
		const claim = { submissionId: randomUUID(), score: '9', maxScore: '9', percent: '100' };
		const done = await outcome(quizPage.actions.submit(d.form(path, params, claim)));
		expect(done.status).toBe(200);
		expect(await count('attempts')).toBe(before + 1);
		// it scores nothing: the server graded the answers, not what the client claimed
		expect((done.body as { result: { score: number } }).result.score).toBe(0);
	});

	it('continues on another device only with the resume code, not the nickname alone', async () => {
		const code = codes[0]!;
		const joined = await join(code, 'Resumer');
		const resume = (fields: Record<string, string>, d = new Device()) =>
			outcome(classPage.actions.resume(d.form(`/class/${code}?/resume`, { code }, { code, ...fields })));
		const sessions = await count('sessions');
		expectRefused(await resume({ nickname: 'Resumer', resume: '' }), 400);
		expectRefused(await resume({ nickname: 'Resumer', resume: 'ABCD-EFGH' }), 403);
		expectRefused(await resume({ nickname: 'Nobody', resume: joined.resume! }), 403);
		expect(await count('sessions')).toBe(sessions);
		const other = new Device();
		const back = await resume({ nickname: 'resumer', resume: joined.resume! }, other);
		expect(back).toEqual({ status: 303, location: `/class/${code}` });
		expect((await ctxOf(other, code)).student.id).toBe((await ctxOf(joined.device, code)).student.id);
	});

	it('a closed assignment takes no joins and no new answers, but a replay gets its stored answer', async () => {
		const code = codes[1]!;
		const { device: d } = await join(code, 'Closer');
		const body = { submissionId: randomUUID(), quizId: quiz.id, answers: right };
		const first = await submitJson(d, code, body);
		expect(first.status).toBe(200);
		const close = await outcome(dashPage.actions.close(teacher.form(`/teach/${key}?/close`, { key }, {})));
		expect(close.status).toBe(303);
		expectRefused(await join(code, 'Latecomer'), 403);
		const attempts = await count('attempts');
		expectRefused(await submitJson(d, code, { ...body, submissionId: randomUUID() }), 403);
		expect(await submitJson(d, code, body)).toEqual(first);
		expect(await count('attempts')).toBe(attempts);
		await outcome(dashPage.actions.reopen(teacher.form(`/teach/${key}?/reopen`, { key }, {})));
		expect((await submitJson(d, code, { ...body, submissionId: randomUUID() })).status).toBe(200);
	});

	it('gives the teacher pages only to the right key, and the CSV escapes what students typed', async () => {
		for (const bad of ['x', 'A'.repeat(32), '../../etc'])
			expect(
				(await outcome(csvRoute.GET(teacher.event(`/teach/${bad}/results.csv`, { key: bad })))).status
			).toBe(404);
		const csv = await outcome(csvRoute.GET(teacher.event(`/teach/${key}/results.csv`, { key })));
		expect(csv.status).toBe(200);
		const text = String(csv.body);
		expect(text).toContain('<script>');
		// a formula-looking nickname cannot run in a spreadsheet
		await join(codes[0]!, '=HYPERLINK("x")');
		const csv2 = String(
			(await outcome(csvRoute.GET(teacher.event(`/teach/${key}/results.csv`, { key })))).body
		);
		const nicknames = csvParse(csv2.replace(/^\ufeff/, '')).map((r) => r.nickname);
		expect(nicknames).toContain(`'=HYPERLINK("x")`);
		expect(nicknames).not.toContain(`=HYPERLINK("x")`);
	});

	it('deletes an assignment with everything under it, only when confirmed', async () => {
		const del = (fields: Record<string, string>) =>
			outcome(deletePage.actions.default(teacher.form(`/teach/${key}/delete`, { key }, fields)));
		expectRefused(await del({}), 400);
		expect(await count('students')).toBeGreaterThan(0);
		expect(await del({ confirm: 'yes' })).toEqual({ status: 303, location: '/teach?deleted' });
		for (const table of ['assignments', 'students', 'attempts', 'sessions', 'progress'] as const)
			expect(await count(table), table).toBe(0);
		const gone = await outcome(csvRoute.GET(teacher.event(`/teach/${key}/results.csv`, { key })));
		expect(gone.status).toBe(404);
	});
});
