/**
 * An acknowledged submission survives a crash: a burst of submissions from many students, the server
 * killed with SIGKILL in the middle of it, restarted on the same database — every submission that got a
 * 200 before the kill is still there (its replay answers "already stored", with the same result), and
 * nothing is stored twice. On SQLite and on PostgreSQL.
 */
import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import {
	assign,
	assignableModule,
	clickableKeys,
	freshDatabase,
	joinAs,
	startServer,
	submissionPath,
	type Device
} from './teach-helpers';

const mod = assignableModule();
const quiz = mod.quizzes[0]!;
const answers = Object.fromEntries(clickableKeys(quiz).map((k) => [k.itemId, k.answer]));

for (const dbName of ['sqlite', 'postgres'] as const) {
	test(`kill -9 during a burst loses no acknowledged attempt (${dbName})`, async () => {
		test.setTimeout(180_000);
		const db = await freshDatabase(dbName);
		let server = await startServer(db.env);
		try {
			const { key, codes } = await assign(server.url, mod.id, ['Crash']);
			const code = codes[0]!;
			const students: Device[] = [];
			for (let i = 0; i < 30; i++) students.push((await joinAs(server.url, code, `Crash ${i}`)).device);

			// the burst: 30 students × 20 submissions, 60 in flight at a time; kill -9 once 150 are acknowledged
			const acked = new Map<string, { student: number; body: unknown; result: unknown }>();
			const jobs = students.flatMap((_, s) => Array.from({ length: 20 }, () => ({ s, id: randomUUID() })));
			let killed = false;
			const killAt = 150;
			let next = 0;
			const worker = async () => {
				while (next < jobs.length && !killed) {
					const { s, id } = jobs[next++]!;
					const body = { submissionId: id, quizId: quiz.id, answers };
					try {
						const res = await students[s]!.json(submissionPath(code), body);
						if (res.status === 200) {
							const result = await res.json();
							acked.set(id, { student: s, body, result });
							if (acked.size >= killAt && !killed) {
								killed = true;
								await server.kill9();
							}
						}
					} catch {
						// refused or cut off by the kill: not acknowledged, so nothing is promised
					}
				}
			};
			await Promise.all(Array.from({ length: 60 }, worker));
			expect(killed).toBe(true);
			expect(acked.size).toBeGreaterThanOrEqual(killAt);

			// restart on the same database: every acknowledged submission is there, once
			server = await startServer(db.env, server.port);
			for (const [id, a] of acked) {
				const res = await students[a.student]!.json(submissionPath(code), a.body);
				expect(res.status, id).toBe(200);
				expect(res.headers.get('idempotent-replayed'), id).toBe('true');
				expect(await res.json()).toEqual(a.result);
			}
			const csv = await (await fetch(`${server.url}/teach/${key}/results.csv`)).text();
			const stored = csvParse(csv.replace(/^\ufeff/, '')).reduce((n, r) => n + Number(r.attempts), 0);
			// at least the acknowledged ones; at most one per request sent (a request cut off by the kill may or may not have landed)
			expect(stored).toBeGreaterThanOrEqual(acked.size);
			expect(stored).toBeLessThanOrEqual(next);
		} finally {
			await server.stop().catch(() => {});
			db.cleanup();
		}
	});
}
