/**
 * SQLite's prepared reads (prepared-reads.ts): a selection's columns come back in the order drizzle
 * selects them, raw rows are shaped and mapped as drizzle would, and on a real file the session lookup
 * through `db.reads` answers exactly what drizzle answers through `db.q`, including a row committed on
 * the main connection just before.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, getTableColumns, getTableName, sql, type Column } from 'drizzle-orm';
import { QueryBuilder, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { nicknameKey } from '$lib/teach/nickname';
import { sha256 } from '../crypto';
import { Store } from '../store';
import { openDb, type Db } from './index';
import { flatten, shape, type Selection } from './prepared-reads';
import { sqliteDriver } from './testing';
import * as t from './schema.sqlite';

/** The columns of a built query's select list, as drizzle wrote them: "table"."column". */
function selectList(query: { toSQL(): { sql: string } }): string[] {
	const m = /^select (.*?) from /.exec(query.toSQL().sql);
	return m![1]!.split(', ');
}
const quoted = ([, c]: [string[], Column]) => `"${getTableName(c.table)}"."${c.name}"`;

describe('flatten', () => {
	it('lists the columns in the order drizzle selects them, each with its path', () => {
		const selection = {
			z: t.students.nickname,
			section: { code: t.sections.code, id: t.sections.id },
			a: t.students.id,
			more: { position: t.sections.position, name: t.sections.name }
		};
		const query = new QueryBuilder()
			.select(selection)
			.from(t.students)
			.innerJoin(t.sections, eq(t.students.sectionId, t.sections.id));
		const cols = flatten(selection);
		expect(cols.map(([path]) => path.join('.'))).toEqual([
			'z',
			'section.code',
			'section.id',
			'a',
			'more.position',
			'more.name'
		]);
		expect(cols.map(quoted)).toEqual(selectList(query));
	});

	it('matches drizzle on the session lookup’s own selection (four tables, every column)', () => {
		const selection = {
			student: getTableColumns(t.students),
			section: getTableColumns(t.sections),
			assignment: getTableColumns(t.assignments)
		};
		const query = new QueryBuilder()
			.select(selection)
			.from(t.sessions)
			.innerJoin(t.students, eq(t.sessions.studentId, t.students.id))
			.innerJoin(t.sections, eq(t.students.sectionId, t.sections.id))
			.innerJoin(t.assignments, eq(t.sections.assignmentId, t.assignments.id));
		const list = selectList(query);
		expect(list.length).toBeGreaterThan(15);
		expect(flatten(selection).map(quoted)).toEqual(list);
	});
});

describe('shape', () => {
	const things = sqliteTable('things', {
		id: text('id').notNull(),
		on: integer('on', { mode: 'boolean' }),
		at: integer('at', { mode: 'timestamp_ms' }),
		data: text('data', { mode: 'json' }),
		n: integer('n')
	});

	it('nests by path and maps each value as its column does; null (or nothing) stays null', () => {
		const columns = flatten({
			id: things.id,
			flags: { on: things.on, when: { at: things.at } },
			data: things.data,
			n: things.n
		});
		expect(shape(columns, ['t1', 1, 1_700_000_000_000, '{"a":[1,2]}', 7])).toStrictEqual({
			id: 't1',
			flags: { on: true, when: { at: new Date(1_700_000_000_000) } },
			data: { a: [1, 2] },
			n: 7
		});
		expect(shape(columns, ['t2', 0, 0, 'null', 0])).toStrictEqual({
			id: 't2',
			flags: { on: false, when: { at: new Date(0) } },
			data: null,
			n: 0
		});
		// a mapper given null would make false, the epoch, or a parse error
		expect(shape(columns, ['t3', null, null, null, undefined])).toStrictEqual({
			id: 't3',
			flags: { on: null, when: { at: null } },
			data: null,
			n: null
		});
	});
});

describe('prepared reads on a SQLite file', () => {
	const driver = sqliteDriver();
	let db: Db;
	let store: Store;
	beforeAll(async () => {
		db = await driver.open();
		store = new Store(db, 30);
	}, 60_000);
	afterAll(async () => {
		await store.close();
		await driver.cleanup();
	}, 60_000);

	/** The session lookup, as store.ts builds it, with every column of the four tables. */
	const allColumns = () =>
		({
			student: getTableColumns(db.t.students),
			section: getTableColumns(db.t.sections),
			assignment: getTableColumns(db.t.assignments)
		}) satisfies Selection;
	const sessionQuery = () =>
		db.q
			.select(allColumns())
			.from(db.t.sessions)
			.innerJoin(db.t.students, eq(db.t.sessions.studentId, db.t.students.id))
			.innerJoin(db.t.sections, eq(db.t.students.sectionId, db.t.sections.id))
			.innerJoin(db.t.assignments, eq(db.t.sections.assignmentId, db.t.assignments.id))
			.where(eq(db.t.sessions.tokenHash, sql.placeholder('hash')));

	async function joined(nickname: string) {
		const made = await store.createAssignment({
			moduleId: 'm',
			moduleTitle: 'Module “M” — ünïcode',
			sections: ['Period 1'],
			now: Date.now()
		});
		const j = await store.join(made.sections[0]!.id, nickname, nicknameKey(nickname), Date.now());
		if (!j.ok) throw new Error('join failed');
		return { ...made, ...j, hash: sha256(j.token) };
	}

	it('is there for a file, not for a database in memory', async () => {
		expect(db.reads).toBeDefined();
		const memory = await openDb({ path: ':memory:' });
		expect(memory.reads).toBeUndefined();
		await memory.close();
	});

	it('answers exactly what drizzle answers through the main connection', async () => {
		const a = await joined('Ada');
		const query = sessionQuery();
		const first = db.reads!.first<Awaited<typeof query>[number]>(query, allColumns());
		const expected = await query.prepare().execute({ hash: a.hash });
		expect(expected).toHaveLength(1);
		expect(first({ hash: a.hash })).toStrictEqual(expected[0]);
		expect(first({ hash: a.hash })?.assignment.closedAt).toBeNull();
		expect(first({ hash: sha256('nobody') })).toBeUndefined();
		// a closed assignment: the nullable column now holds a number
		await store.setClosed(a.assignment.id, Date.now());
		const closed = await query.prepare().execute({ hash: a.hash });
		expect(closed[0]!.assignment.closedAt).toEqual(expect.any(Number));
		expect(first({ hash: a.hash })).toStrictEqual(closed[0]);
	});

	it('sees a row committed on the main connection right after the write', async () => {
		const query = sessionQuery();
		const first = db.reads!.first<Awaited<typeof query>[number]>(query, allColumns());
		const a = await joined('Bo');
		expect(first({ hash: a.hash })?.student.nickname).toBe('Bo');
		// and at once again, statement prepared before both writes
		const b = await joined('Cy');
		expect(first({ hash: b.hash })?.student.nickname).toBe('Cy');
		await store.setClosed(b.assignment.id, 123);
		expect(first({ hash: b.hash })?.assignment.closedAt).toBe(123);
		await store.endSession(b.token);
		expect(first({ hash: b.hash })).toBeUndefined();
	});

	it('is what the store asks for a session, with the same answer as drizzle', async () => {
		const fresh = new Store(db, 30);
		const spy = vi.spyOn(db.reads!, 'first');
		const a = await joined('Dee');
		const ctx = await fresh.studentBySession(a.token);
		expect(spy).toHaveBeenCalledTimes(1);
		spy.mockRestore();
		// the store's own selection (store.ts: sessionQuery)
		const [row] = await db.q
			.select({
				student: {
					id: db.t.students.id,
					sectionId: db.t.students.sectionId,
					nickname: db.t.students.nickname,
					createdAt: db.t.students.createdAt
				},
				section: {
					id: db.t.sections.id,
					assignmentId: db.t.sections.assignmentId,
					name: db.t.sections.name,
					code: db.t.sections.code,
					position: db.t.sections.position
				},
				assignment: {
					id: db.t.assignments.id,
					moduleId: db.t.assignments.moduleId,
					moduleTitle: db.t.assignments.moduleTitle,
					createdAt: db.t.assignments.createdAt,
					closedAt: db.t.assignments.closedAt,
					expiresAt: db.t.assignments.expiresAt
				}
			})
			.from(db.t.sessions)
			.innerJoin(db.t.students, eq(db.t.sessions.studentId, db.t.students.id))
			.innerJoin(db.t.sections, eq(db.t.students.sectionId, db.t.sections.id))
			.innerJoin(db.t.assignments, eq(db.t.sections.assignmentId, db.t.assignments.id))
			.where(eq(db.t.sessions.tokenHash, sql.placeholder('hash')))
			.prepare()
			.execute({ hash: a.hash });
		expect(row).toBeDefined();
		expect(ctx).toStrictEqual(row);
		expect(ctx?.student.id).toBe(a.student.id);
		expect(await fresh.studentBySession('A'.repeat(32))).toBeUndefined();
	});

	it('refuses a query whose parameters are not placeholders', () => {
		const literal = db.q
			.select({ id: db.t.students.id })
			.from(db.t.students)
			.where(eq(db.t.students.id, 'x'));
		expect(() => db.reads!.first(literal, { id: db.t.students.id })).toThrow(/not a placeholder/);
	});
});
