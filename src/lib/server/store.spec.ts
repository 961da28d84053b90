/**
 * The store's behaviour, run unchanged against SQLite and PostgreSQL (see db/testing.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from './store';
import { sha256 } from './crypto';
import { suiteDrivers } from './db/testing';
import type { Submission } from './store';
import { nicknameKey } from '$lib/teach/nickname';

const drivers = await suiteDrivers();

const NOW = Date.UTC(2026, 0, 12, 9);
const sub = (submissionId: string, quizId = 'q1', score = 1): Submission => ({
	submissionId,
	quizId,
	payloadHash: sha256(`${quizId}:${score}`),
	answers: { i1: 'a', i2: score > 1 ? 'b' : 'c' },
	results: [
		{ itemId: 'i1', score: 1, correct: true, answered: true },
		{ itemId: 'i2', score: score - 1, correct: score > 1, answered: true }
	],
	score,
	maxScore: 2
});

type TableName = keyof Store['db']['t'];
const count = (store: Store, table: TableName) => store.db.q.$count(store.db.t[table]).then(Number);

describe.each(drivers.map((d) => [d.name, d] as const))('store on %s', (_name, driver) => {
	let store: Store;
	// generous: a loaded machine (CI, parallel builds) can make migrations on a fresh database slow
	beforeAll(async () => {
		store = new Store(await driver.open(), 30);
	}, 60_000);
	afterAll(async () => store.close(), 60_000);

	async function classWithStudents() {
		const made = await store.createAssignment({
			moduleId: 'numbers',
			moduleTitle: 'Numbers in the news',
			sections: ['Period 1', 'Period 2'],
			now: NOW
		});
		const [p1, p2] = made.sections;
		const ada = await store.join(p1!.id, 'Ada', nicknameKey('Ada'), NOW + 1000);
		const bo = await store.join(p2!.id, 'Bo', nicknameKey('Bo'), NOW + 2000);
		if (!ada.ok || !bo.ok) throw new Error('join failed');
		return { ...made, p1: p1!, p2: p2!, ada, bo };
	}

	it('creates an assignment whose teacher key is stored only as a hash', async () => {
		const { key, assignment, sections } = await store.createAssignment({
			moduleId: 'm',
			moduleTitle: 'M',
			sections: ['A', 'B', 'C'],
			now: NOW
		});
		expect(Buffer.from(key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		expect(sections.map((s) => s.name)).toEqual(['A', 'B', 'C']);
		expect(new Set(sections.map((s) => s.code)).size).toBe(3);
		const found = await store.assignmentByKey(key);
		expect(found?.assignment.id).toBe(assignment.id);
		expect(found?.sections.map((s) => s.name)).toEqual(['A', 'B', 'C']);
		expect(assignment.expiresAt - assignment.createdAt).toBe(30 * 24 * 3600 * 1000);
		expect(await store.assignmentByKey(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'))).toBeUndefined();
		const raw = await store.db.q.select().from(store.db.t.assignments);
		expect(raw.some((r) => JSON.stringify(r).includes(key))).toBe(false);
	});

	it('finds a section by its code, with its assignment', async () => {
		const { p2, assignment } = await classWithStudents();
		const found = await store.sectionByCode(p2.code);
		expect(found?.section).toMatchObject({ id: p2.id, name: 'Period 2' });
		expect(found?.assignment.id).toBe(assignment.id);
		expect(await store.sectionByCode('ZZZZZZ')).toBeUndefined();
	});

	it('refuses a nickname already used in the section, in any case, but not in another section', async () => {
		const { p1, p2 } = await classWithStudents();
		expect(await store.join(p1.id, 'ADA', nicknameKey('ADA'), NOW)).toEqual({ ok: false, reason: 'taken' });
		expect((await store.join(p2.id, 'Ada', nicknameKey('Ada'), NOW)).ok).toBe(true);
	});

	it('resumes only with the right nickname and resume code, on a new session', async () => {
		const { p1, ada } = await classWithStudents();
		const wrong = ada.resumeCode.slice(0, -1) + (ada.resumeCode.endsWith('2') ? '3' : '2');
		expect(await store.resume(p1.id, nicknameKey('Ada'), wrong, NOW)).toBeUndefined();
		expect(await store.resume(p1.id, nicknameKey('Bo'), ada.resumeCode, NOW)).toBeUndefined();
		const back = await store.resume(p1.id, nicknameKey('ada'), ada.resumeCode, NOW);
		expect(back?.student.id).toBe(ada.student.id);
		expect(back?.token).not.toBe(ada.token);
		// both devices stay signed in
		expect((await store.studentBySession(ada.token))?.student.id).toBe(ada.student.id);
		expect((await store.studentBySession(back!.token))?.student.id).toBe(ada.student.id);
	});

	it('knows the student behind a session until it ends', async () => {
		const { ada, p1, assignment } = await classWithStudents();
		const ctx = await store.studentBySession(ada.token);
		expect(ctx?.student).toMatchObject({ nickname: 'Ada', sectionId: p1.id });
		expect(ctx?.section.code).toBe(p1.code);
		expect(ctx?.assignment.id).toBe(assignment.id);
		await store.endSession(ada.token);
		expect(await store.studentBySession(ada.token)).toBeUndefined();
	});

	it('stores a submission once: a replay returns the stored attempt, a reused id with other answers conflicts', async () => {
		const { ada, bo } = await classWithStudents();
		const first = await store.submit(ada.student.id, sub('s-1'), NOW + 5000);
		expect(first.kind).toBe('stored');
		const again = await store.submit(ada.student.id, sub('s-1'), NOW + 9000);
		expect(again.kind).toBe('replayed');
		if (first.kind !== 'stored' || again.kind !== 'replayed') return;
		expect(again.attempt).toEqual(first.attempt);
		expect(await store.submit(ada.student.id, sub('s-1', 'q1', 2), NOW + 9000)).toEqual({ kind: 'conflict' });
		// the same id from another student is that student's own submission
		expect((await store.submit(bo.student.id, sub('s-1'), NOW)).kind).toBe('stored');
		const work = await store.studentWork(ada.student.id);
		expect(work.attempts).toHaveLength(1);
		expect(work.attempts[0]).toMatchObject({
			quizId: 'q1',
			score: 1,
			maxScore: 2,
			createdAt: NOW + 5000,
			answers: { i1: 'a', i2: 'c' }
		});
	});

	it('stores a burst of concurrent replays exactly once', async () => {
		const { ada } = await classWithStudents();
		const outcomes = await Promise.all(
			Array.from({ length: 25 }, () => store.submit(ada.student.id, sub('burst'), NOW))
		);
		expect(outcomes.filter((o) => o.kind === 'stored')).toHaveLength(1);
		expect(outcomes.filter((o) => o.kind === 'replayed')).toHaveLength(24);
		const seqs = new Set(outcomes.map((o) => (o.kind === 'conflict' ? -1 : o.attempt.seq)));
		expect(seqs.size).toBe(1);
		expect((await store.studentWork(ada.student.id)).attempts).toHaveLength(1);
	});

	it('gives the dashboard every student of the assignment, and nothing of other assignments', async () => {
		const a = await classWithStudents();
		const other = await classWithStudents();
		await store.submit(a.ada.student.id, sub('x1', 'q1', 1), NOW + 10);
		await store.submit(a.ada.student.id, sub('x2', 'q1', 2), NOW + 20);
		await store.submit(a.bo.student.id, sub('x3', 'q2', 2), NOW + 30);
		await store.submit(other.ada.student.id, sub('x4', 'q1', 2), NOW + 40);
		await store.markDone(a.ada.student.id, 'lesson:intro', NOW + 5);
		await store.markDone(a.ada.student.id, 'lesson:intro', NOW + 50); // twice: kept once, first time
		const r = await store.results(a.assignment.id);
		expect(r.students.map((s) => s.nickname)).toEqual(['Ada', 'Bo']);
		expect(r.attempts.map((x) => [x.studentId, x.quizId, x.score])).toEqual([
			[a.ada.student.id, 'q1', 1],
			[a.ada.student.id, 'q1', 2],
			[a.bo.student.id, 'q2', 2]
		]);
		expect(r.attempts[0]!.seq).toBeLessThan(r.attempts[1]!.seq);
		expect(r.progress).toEqual([{ studentId: a.ada.student.id, step: 'lesson:intro', doneAt: NOW + 5 }]);
	});

	it('closes and reopens an assignment', async () => {
		const { key, assignment } = await classWithStudents();
		await store.setClosed(assignment.id, NOW + 99);
		expect((await store.assignmentByKey(key))?.assignment.closedAt).toBe(NOW + 99);
		await store.setClosed(assignment.id, null);
		expect((await store.assignmentByKey(key))?.assignment.closedAt).toBeNull();
	});

	it('deletes an assignment with all its sections, students, sessions, progress and attempts', async () => {
		const keep = await classWithStudents();
		const gone = await classWithStudents();
		await store.submit(gone.ada.student.id, sub('d1'), NOW);
		await store.submit(keep.ada.student.id, sub('d2'), NOW);
		await store.markDone(gone.bo.student.id, 'lesson:x', NOW);
		const before = await Promise.all(
			(['assignments', 'sections', 'students', 'sessions', 'progress', 'attempts'] as const).map((t) =>
				count(store, t)
			)
		);
		await store.deleteAssignment(gone.assignment.id);
		const after = await Promise.all(
			(['assignments', 'sections', 'students', 'sessions', 'progress', 'attempts'] as const).map((t) =>
				count(store, t)
			)
		);
		expect(before.map((b, i) => b - after[i]!)).toEqual([1, 2, 2, 2, 1, 1]);
		expect(await store.assignmentByKey(gone.key)).toBeUndefined();
		expect(await store.sectionByCode(gone.p1.code)).toBeUndefined();
		expect(await store.studentBySession(gone.ada.token)).toBeUndefined();
		expect((await store.studentWork(keep.ada.student.id)).attempts).toHaveLength(1);
	});

	it('purges assignments past their retention date only', async () => {
		const old = await store.createAssignment({
			moduleId: 'm',
			moduleTitle: 'M',
			sections: ['A'],
			now: NOW - 31 * 86400_000
		});
		const recent = await store.createAssignment({
			moduleId: 'm',
			moduleTitle: 'M',
			sections: ['A'],
			now: NOW - 29 * 86400_000
		});
		expect(await store.purgeExpired(NOW)).toBeGreaterThanOrEqual(1);
		expect(await store.assignmentByKey(old.key)).toBeUndefined();
		expect(await store.assignmentByKey(recent.key)).toBeDefined();
	});
});
