/**
 * Hostile input against the class server, on both databases: each case gets a 4xx with a clear message
 * and stores nothing; replays are stored once; a class behind one address can join; keys and codes are
 * never stored in plain text; the pages carry CSP and framing headers and refuse cross-site forms.
 * Each database gets its own production server (node server/index.js) started here.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import pg from 'pg';
import {
	assign,
	assignableModule,
	clickableKeys,
	Device,
	freshDatabase,
	joinAs,
	quizzes,
	startServer,
	submissionPath,
	type Server
} from './teach-helpers';

const mod = assignableModule();
const quiz = mod.quizzes[0]!;
const keys = clickableKeys(quiz);
const firstKey = keys[0]!;
// a quiz of the bank that is not in the assigned module, if there is one
const outside = quizzes().find((q) => !mod.quizzes.some((m) => m.id === q.id));

for (const dbName of ['sqlite', 'postgres'] as const) {
	test.describe(`class server on ${dbName}: hostile input`, () => {
		test.describe.configure({ mode: 'serial', timeout: 60_000 });
		let server: Server;
		let db: Awaited<ReturnType<typeof freshDatabase>>;
		let key: string;
		let codes: string[];
		let ada: Device;

		test.beforeAll(async () => {
			test.setTimeout(120_000);
			db = await freshDatabase(dbName);
			server = await startServer(db.env);
			({ key, codes } = await assign(server.url, mod.id, ['Period 1', 'Period 2']));
			ada = (await joinAs(server.url, codes[0]!, 'Ada')).device;
		});
		test.afterAll(async () => {
			await server?.stop();
			db?.cleanup();
		});

		const attemptsInCsv = async () => {
			const csv = await (await fetch(`${server.url}/teach/${key}/results.csv`)).text();
			return csvParse(csv.replace(/^\ufeff/, '')).reduce((n, r) => n + Number(r.attempts), 0);
		};
		const expectError = async (res: Response, status: number, code: string) => {
			expect(res.status).toBe(status);
			const body = (await res.json()) as { error: { code: string; message: string } };
			expect(body.error.code).toBe(code);
			expect(body.error.message.length).toBeGreaterThan(10);
		};

		test('refuses malformed JSON, wrong types, unknown items and quizzes, bad ids — and stores nothing', async () => {
			const path = submissionPath(codes[0]!);
			await expectError(await ada.json(path, '{"submissionId": '), 400, 'malformed_json');
			await expectError(await ada.json(path, '[1,2,3]'), 400, 'invalid');
			await expectError(
				await ada.json(path, { submissionId: randomUUID(), quizId: quiz.id, answers: 'all of them' }),
				400,
				'invalid'
			);
			await expectError(
				await ada.json(path, { submissionId: 42, quizId: quiz.id, answers: {} }),
				400,
				'invalid'
			);
			await expectError(
				await ada.json(path, { submissionId: 'not-a-uuid', quizId: quiz.id, answers: {} }),
				400,
				'invalid'
			);
			await expectError(
				await ada.json(path, { submissionId: randomUUID(), quizId: quiz.id, answers: {}, extra: true }),
				400,
				'invalid'
			);
			await expectError(
				await ada.json(path, {
					submissionId: randomUUID(),
					quizId: quiz.id,
					answers: { [firstKey.itemId]: 42 }
				}),
				400,
				'bad_answer'
			);
			await expectError(
				await ada.json(path, {
					submissionId: randomUUID(),
					quizId: quiz.id,
					answers: { [firstKey.itemId]: { $ne: 1 } }
				}),
				400,
				'bad_answer'
			);
			await expectError(
				await ada.json(path, {
					submissionId: randomUUID(),
					quizId: quiz.id,
					answers: { 'not-an-item-99': 'a' }
				}),
				400,
				'unknown_items'
			);
			await expectError(
				await ada.json(path, { submissionId: randomUUID(), quizId: 'no-such-quiz', answers: {} }),
				400,
				'unknown_quiz'
			);
			if (outside)
				await expectError(
					await ada.json(path, { submissionId: randomUUID(), quizId: outside.id, answers: {} }),
					400,
					'unknown_quiz'
				);
			await expectError(
				await ada.json(path, { submissionId: randomUUID(), quizId: '../../etc/passwd', answers: {} }),
				400,
				'invalid'
			);
			// JSON sent as a form type: SvelteKit's origin check refuses it from anywhere but this site…
			const plain = JSON.stringify({ submissionId: randomUUID(), quizId: quiz.id, answers: {} });
			expect((await ada.json(path, plain, { 'content-type': 'text/plain' })).status).toBe(403);
			// …and from this site, the endpoint wants application/json
			await expectError(
				await ada.json(path, plain, { 'content-type': 'text/plain', origin: server.url }),
				415,
				'unsupported_type'
			);
			expect(await attemptsInCsv()).toBe(0);
		});

		test('refuses oversize bodies, declared or streamed', async () => {
			const path = submissionPath(codes[0]!);
			const big = JSON.stringify({
				submissionId: randomUUID(),
				quizId: quiz.id,
				answers: { [firstKey.itemId]: 'x'.repeat(200_000) }
			});
			await expectError(await ada.json(path, big), 413, 'too_large');
			// no Content-Length: the server counts as it reads
			const chunks = [big.slice(0, 100_000), big.slice(100_000)];
			const stream = new ReadableStream({
				pull(c) {
					const next = chunks.shift();
					if (next) c.enqueue(new TextEncoder().encode(next));
					else c.close();
				}
			});
			const res = await fetch(server.url + path, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: ada.header() },
				body: stream,
				duplex: 'half'
			} as RequestInit);
			await expectError(res, 413, 'too_large');
			const joinBig = await new Device(server.url).form(`/class/${codes[0]}?/join`, {
				code: codes[0]!,
				nickname: 'x'.repeat(20_000)
			});
			expect(joinBig.status).toBe(413);
			expect(await attemptsInCsv()).toBe(0);
		});

		test('refuses unknown classes, missing sessions and other sites', async () => {
			await expectError(
				await ada.json(submissionPath('ZZZZZZ'), {
					submissionId: randomUUID(),
					quizId: quiz.id,
					answers: {}
				}),
				404,
				'unknown_class'
			);
			await expectError(
				await ada.json(submissionPath('lol'), { submissionId: randomUUID(), quizId: quiz.id, answers: {} }),
				404,
				'unknown_class'
			);
			const stranger = new Device(server.url);
			await expectError(
				await stranger.json(submissionPath(codes[0]!), {
					submissionId: randomUUID(),
					quizId: quiz.id,
					answers: {}
				}),
				401,
				'not_joined'
			);
			// Ada's session is for section 1 only
			await expectError(
				await ada.json(submissionPath(codes[1]!), {
					submissionId: randomUUID(),
					quizId: quiz.id,
					answers: {}
				}),
				401,
				'not_joined'
			);
			await expectError(
				await ada.json(
					submissionPath(codes[0]!),
					{ submissionId: randomUUID(), quizId: quiz.id, answers: {} },
					{ origin: 'https://evil.example' }
				),
				403,
				'cross_origin'
			);
			// SvelteKit's own origin check stays on for form posts
			const csrf = await new Device(server.url).form(
				`/class/${codes[0]}?/join`,
				{ code: codes[0]!, nickname: 'Mallory' },
				'https://evil.example'
			);
			expect(csrf.status).toBe(403);
			const join404 = await new Device(server.url).form(`/class/${codes[0]}?/join`, {
				code: 'QQQQQQ',
				nickname: 'Nobody'
			});
			expect(join404.status).toBe(404);
			expect(await join404.text()).toContain('No class has that code');
			expect((await fetch(`${server.url}/class/QQQQQQ`)).status).toBe(404);
			expect((await fetch(`${server.url}/teach/${'A'.repeat(32)}`)).status).toBe(404);
			expect((await fetch(`${server.url}/teach/not-a-key`)).status).toBe(404);
			expect(await attemptsInCsv()).toBe(0);
		});

		test('stores a submission once: a replay gets the same answer, a reused id with other answers a 409', async () => {
			const path = submissionPath(codes[0]!);
			const body = {
				submissionId: randomUUID(),
				quizId: quiz.id,
				answers: { [firstKey.itemId]: firstKey.answer }
			};
			const first = await ada.json(path, body);
			expect(first.status).toBe(200);
			expect(first.headers.get('idempotent-replayed')).toBeNull();
			const firstBody = await first.json();
			expect(firstBody.results.find((r: { itemId: string }) => r.itemId === firstKey.itemId)).toMatchObject({
				correct: true,
				score: 1
			});
			expect(firstBody.maxScore).toBe(quiz.items.length);
			const replays = await Promise.all(Array.from({ length: 5 }, () => ada.json(path, body)));
			for (const r of replays) {
				expect(r.status).toBe(200);
				expect(r.headers.get('idempotent-replayed')).toBe('true');
				expect(await r.json()).toEqual(firstBody);
			}
			await expectError(await ada.json(path, { ...body, answers: {} }), 409, 'id_reused');
			expect(await attemptsInCsv()).toBe(1);
		});

		test('escapes nicknames, refuses email nicknames and duplicate nicknames', async () => {
			const { device } = await joinAs(server.url, codes[1]!, '<script>');
			const page = await (await device.get(`/class/${codes[1]}`)).text();
			expect(page).toContain('&lt;script>');
			const dash = await (await fetch(`${server.url}/teach/${key}?section=${codes[1]}`)).text();
			expect(dash).toMatch(/<th scope="row" class="nick[^"]*">&lt;script><\/th>/);
			const email = await new Device(server.url).form(`/class/${codes[1]}?/join`, {
				code: codes[1]!,
				nickname: 'kid@school.org'
			});
			expect(email.status).toBe(400);
			const dupe = await new Device(server.url).form(`/class/${codes[1]}?/join`, {
				code: codes[1]!,
				nickname: '<SCRIPT>'
			});
			expect(dupe.status).toBe(409);
		});

		test('a nickname alone does not let anyone continue as that student', async () => {
			const d = new Device(server.url);
			await d.get(`/class/${codes[0]}`);
			const wrong = await d.form(`/class/${codes[0]}?/resume`, {
				code: codes[0]!,
				nickname: 'Ada',
				resume: 'ABCD2345'
			});
			expect(wrong.status).toBe(403);
			expect(d.cookies.has(`sb_class_${codes[0]}`)).toBe(false);
			const malformed = await d.form(`/class/${codes[0]}?/resume`, {
				code: codes[0]!,
				nickname: 'Ada',
				resume: '12'
			});
			expect(malformed.status).toBe(400);
		});

		test('35 students behind one address join one class within a minute; one device cannot join 35 times', async () => {
			const {
				codes: [code]
			} = await assign(server.url, mod.id, ['Big class']);
			const joined = await Promise.all(
				Array.from({ length: 35 }, (_, i) =>
					joinAs(server.url, code!, `Student ${i + 1}`).then(
						() => true,
						() => false
					)
				)
			);
			expect(joined.filter(Boolean)).toHaveLength(35);
			const one = new Device(server.url);
			await one.get(`/class/${code}`);
			const statuses: number[] = [];
			for (let i = 0; i < 12; i++)
				statuses.push(
					(await one.form(`/class/${code}?/join`, { code: code!, nickname: `Same device ${i}` })).status
				);
			expect(statuses.filter((s) => s === 303).length).toBeGreaterThanOrEqual(1);
			expect(statuses).toContain(429);
		});

		test('a closed assignment refuses joins and new answers, but replays get their stored answer', async () => {
			const path = submissionPath(codes[0]!);
			const body = { submissionId: randomUUID(), quizId: quiz.id, answers: {} };
			const stored = await ada.json(path, body);
			expect(stored.status).toBe(200);
			const before = await attemptsInCsv();
			const teacher = new Device(server.url);
			expect((await teacher.form(`/teach/${key}?/close`, {})).status).toBe(303);
			await expectError(
				await ada.json(path, { submissionId: randomUUID(), quizId: quiz.id, answers: {} }),
				403,
				'closed'
			);
			const replay = await ada.json(path, body);
			expect(replay.status).toBe(200);
			expect(replay.headers.get('idempotent-replayed')).toBe('true');
			expect(
				(await new Device(server.url).form(`/class/${codes[0]}?/join`, { code: codes[0]!, nickname: 'Late' }))
					.status
			).toBe(403);
			expect(await attemptsInCsv()).toBe(before);
			expect((await teacher.form(`/teach/${key}?/reopen`, {})).status).toBe(303);
			expect(
				(await ada.json(path, { submissionId: randomUUID(), quizId: quiz.id, answers: {} })).status
			).toBe(200);
		});

		test('teacher and student pages send CSP, framing and caching headers', async () => {
			for (const [path, dev] of [
				[`/teach/${key}`, new Device(server.url)],
				[`/class/${codes[0]}`, ada],
				['/class', new Device(server.url)],
				['/teach', new Device(server.url)],
				['/privacy', new Device(server.url)]
			] as const) {
				const res = await dev.get(path);
				expect(res.status, path).toBe(200);
				const csp = res.headers.get('content-security-policy') ?? '';
				expect(csp, path).toContain("frame-ancestors 'none'");
				expect(csp, path).toMatch(/script-src 'self'/);
				expect(res.headers.get('x-frame-options'), path).toBe('DENY');
			}
			const dash = await fetch(`${server.url}/teach/${key}`);
			expect(dash.headers.get('cache-control')).toBe('no-store');
			expect(dash.headers.get('x-robots-tag')).toContain('noindex');
		});

		test('the database holds no teacher key, session token or resume code in plain text', async () => {
			const { device, resumeCode } = await joinAs(server.url, codes[0]!, 'Plaintext check');
			const token = device.cookies.get(`sb_class_${codes[0]}`)!;
			let bytes: Buffer;
			if (dbName === 'sqlite') {
				// the file itself, write-ahead log included
				bytes = Buffer.concat(
					['', '-wal'].filter((s) => existsSync(db.file! + s)).map((s) => readFileSync(db.file! + s))
				);
			} else {
				// every row of every table, as text
				const client = new pg.Client({ connectionString: db.env.DATABASE_URL });
				await client.connect();
				try {
					const { rows: tables } = await client.query<{ tablename: string }>(
						"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
					);
					const dump: unknown[] = [];
					for (const { tablename } of tables)
						dump.push((await client.query(`SELECT * FROM "${tablename}"`)).rows);
					bytes = Buffer.from(JSON.stringify(dump));
				} finally {
					await client.end();
				}
			}
			expect(bytes.includes('Plaintext check')).toBe(true); // the check reads the right file
			for (const secret of [key, token, resumeCode]) expect(bytes.includes(secret), secret).toBe(false);
		});

		test('deleting an assignment removes it and everything under it', async () => {
			const {
				key: k2,
				codes: [c2]
			} = await assign(server.url, mod.id, ['Temp']);
			const { device } = await joinAs(server.url, c2!, 'Gone soon');
			expect(
				(await device.json(submissionPath(c2!), { submissionId: randomUUID(), quizId: quiz.id, answers: {} }))
					.status
			).toBe(200);
			const teacher = new Device(server.url);
			expect((await teacher.form(`/teach/${k2}/delete`, {})).status).toBe(400); // not confirmed
			const del = await teacher.form(`/teach/${k2}/delete`, { confirm: 'yes' });
			expect(del.status).toBe(303);
			expect((await fetch(`${server.url}/teach/${k2}`)).status).toBe(404);
			expect((await fetch(`${server.url}/class/${c2}`)).status).toBe(404);
			await expectError(
				await device.json(submissionPath(c2!), { submissionId: randomUUID(), quizId: quiz.id, answers: {} }),
				404,
				'unknown_class'
			);
			// the other assignment is untouched
			expect((await fetch(`${server.url}/teach/${key}`)).status).toBe(200);
		});
	});
}
