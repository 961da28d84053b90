/**
 * Opens the class database: PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite file
 * (DATABASE_PATH, default ./data/sourcebook.db), created on first start. Migrations run on open.
 *
 * Both are driven through drizzle's query builder with the same code (store.ts); the differences live
 * here: how a group of statements runs atomically, and how a duplicate key is reported.
 * SQLite runs in WAL mode on one connection. libsql executes synchronously, so a `batch` (BEGIN…COMMIT
 * with no await in between) is atomic and never interleaves with another request.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle as drizzleSqlite, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import * as sqliteSchema from './schema.sqlite';
import * as pgSchema from './schema.pg';
import { migrations } from './migrations';
import { PreparedReads } from './prepared-reads';
import { startCheckpointer } from './checkpointer';

export type DbKind = 'sqlite' | 'postgres';
export type Tables = typeof sqliteSchema;
/** The query builder, typed as SQLite's; PostgreSQL's has the same calls for everything store.ts uses. */
export type Q = LibSQLDatabase<Tables>;
type Query = { execute?: unknown } & PromiseLike<unknown>;

export interface Db {
	kind: DbKind;
	q: Q;
	t: Tables;
	/** run the queries built by `build` all-or-nothing, in order; returns their results */
	atomic(build: (q: Q) => Query[]): Promise<unknown[]>;
	/** SQLite in a file: the hottest reads as statements prepared once (see prepared-reads.ts) */
	reads?: PreparedReads;
	/** rows of a raw SQL query (introspection, tests) */
	rows(query: SQL): Promise<Record<string, unknown>[]>;
	close(): Promise<void>;
	/** a short description for logs and benchmarks (never the password) */
	describe: string;
}

export interface DbOptions {
	/** postgres://… — PostgreSQL */
	url?: string;
	/** a file path — SQLite (":memory:" for a private in-memory database) */
	path?: string;
	/** SQLite's synchronous pragma: NORMAL survives a killed process, FULL also a power cut */
	synchronous?: 'NORMAL' | 'FULL';
}

export function optionsFromEnv(env: Record<string, string | undefined> = process.env): DbOptions {
	if (env.DATABASE_URL) return { url: env.DATABASE_URL };
	const sync = env.SQLITE_SYNCHRONOUS?.toUpperCase();
	return {
		path: env.DATABASE_PATH || 'data/sourcebook.db',
		synchronous: sync === 'NORMAL' ? 'NORMAL' : 'FULL'
	};
}

export async function openDb(opts: DbOptions): Promise<Db> {
	return opts.url
		? openPostgres(opts.url)
		: openSqlite(opts.path ?? 'data/sourcebook.db', opts.synchronous ?? 'FULL');
}

async function openSqlite(path: string, synchronous: 'NORMAL' | 'FULL'): Promise<Db> {
	const memory = path === ':memory:';
	const file = memory ? ':memory:' : resolve(path);
	if (!memory) mkdirSync(dirname(file), { recursive: true });
	const client: Client = createClient({ url: memory ? ':memory:' : `file:${file}`, concurrency: 1 });
	for (const pragma of [
		'journal_mode = WAL',
		`synchronous = ${synchronous}`,
		'busy_timeout = 5000',
		'foreign_keys = ON',
		// deleted rows are overwritten on disk, not just unlinked (see /privacy)
		'secure_delete = ON',
		// checkpoints run on a worker thread instead (checkpointer.ts); an in-memory database has no WAL
		...(memory ? [] : ['wal_autocheckpoint = 0'])
	])
		await client.execute(`PRAGMA ${pragma}`);
	const q = drizzleSqlite(client, { schema: sqliteSchema });
	// drizzle's own migrator, fed the bundled files (it would otherwise read them from disk)
	const internal = q as unknown as {
		dialect: { migrate(m: unknown, s: unknown, c: unknown): Promise<void> };
		session: unknown;
	};
	await internal.dialect.migrate(migrations('sqlite'), internal.session, {});
	const reads = memory ? undefined : new PreparedReads(file);
	const checkpointer = memory ? undefined : startCheckpointer(file);
	return {
		kind: 'sqlite',
		q,
		t: sqliteSchema,
		reads,
		atomic: async (build) => {
			const queries = build(q);
			if (!queries.length) return [];
			return [...(await q.batch(queries as unknown as Parameters<Q['batch']>[0]))];
		},
		rows: (query) => q.all<Record<string, unknown>>(query),
		close: async () => {
			reads?.close();
			client.close();
			await checkpointer?.close();
		},
		describe: memory
			? 'SQLite (in memory)'
			: `SQLite ${file} (WAL, synchronous=${synchronous}, checkpoints on a worker thread)`
	};
}

async function openPostgres(url: string): Promise<Db> {
	const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 20) });
	// an idle client whose connection the server ends (a restart, an administrator, DROP DATABASE … WITH (FORCE))
	// is reported on the pool; without a listener node-postgres throws it and the process dies. The next query
	// simply opens a new connection.
	pool.on('error', (e) => console.warn(`PostgreSQL: an idle connection ended (${e.message})`));
	// two servers starting at once must not both migrate: hold an advisory lock while migrating
	const conn = await pool.connect();
	try {
		await conn.query('SELECT pg_advisory_lock(7240531)');
		const mq = drizzlePg(conn, { schema: pgSchema });
		const internal = mq as unknown as {
			dialect: { migrate(m: unknown, s: unknown, c: unknown): Promise<void> };
			session: unknown;
		};
		await internal.dialect.migrate(migrations('postgres'), internal.session, {});
	} finally {
		await conn.query('SELECT pg_advisory_unlock(7240531)').catch(() => {});
		conn.release();
	}
	const db = drizzlePg(pool, { schema: pgSchema });
	const q = db as unknown as Q;
	const u = new URL(url);
	return {
		kind: 'postgres',
		q,
		t: pgSchema as unknown as Tables,
		atomic: (build) =>
			db.transaction(async (tx) => {
				const out: unknown[] = [];
				for (const query of build(tx as unknown as Q)) out.push(await query);
				return out;
			}),
		rows: async (query) => (await db.execute(query)).rows,
		close: () => pool.end(),
		describe: `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`
	};
}

/** Whether an error (or its cause) is a duplicate-key violation, in either database. */
export function isUniqueViolation(e: unknown): boolean {
	for (let x: unknown = e, i = 0; x && i < 5; x = (x as { cause?: unknown }).cause, i++) {
		const err = x as { code?: unknown; message?: unknown };
		if (err.code === '23505') return true; // PostgreSQL unique_violation
		if (
			typeof err.code === 'string' &&
			err.code.startsWith('SQLITE_CONSTRAINT') &&
			/UNIQUE|PRIMARY KEY/.test(String(err.message))
		)
			return true;
		if (typeof err.message === 'string' && /UNIQUE constraint failed/.test(err.message)) return true;
	}
	return false;
}
