/**
 * The SQLite and PostgreSQL schemas are the same model: same tables, columns (by type class), nullability,
 * keys, unique and plain indexes, and foreign keys — as declared in drizzle, and as the migrations
 * actually built them in live databases.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getTableConfig as sqliteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import * as sqliteSchema from './schema.sqlite';
import * as pgSchema from './schema.pg';
import { postgresDriver, sqliteDriver, type Driver } from './testing';
import type { Db } from './index';

interface Shape {
	columns: Record<string, { type: string; notNull: boolean }>;
	primaryKey: string[];
	unique: string[];
	indexes: string[];
	foreignKeys: string[];
}
type SchemaShape = Record<string, Shape>;

const TYPE: Record<string, string> = {
	text: 'text',
	integer: 'integer',
	bigint: 'integer',
	real: 'real',
	'double precision': 'real'
};
const typeClass = (t: string) => TYPE[t.toLowerCase()] ?? `unknown:${t}`;
const sorted = (xs: string[]) => [...xs].sort();

function declared(kind: 'sqlite' | 'postgres'): SchemaShape {
	const schema = kind === 'sqlite' ? sqliteSchema : pgSchema;
	const out: SchemaShape = {};
	for (const table of Object.values(schema)) {
		const c = kind === 'sqlite' ? sqliteConfig(table as SQLiteTable) : pgConfig(table as PgTable);
		const pk = c.columns.filter((col) => col.primary).map((col) => col.name);
		const composite = c.primaryKeys.flatMap((p) => p.columns.map((col) => col.name));
		out[c.name] = {
			columns: Object.fromEntries(
				c.columns.map((col) => [col.name, { type: typeClass(col.getSQLType()), notNull: col.notNull }])
			),
			primaryKey: sorted([...pk, ...composite]),
			unique: sorted([
				...c.columns.filter((col) => col.isUnique).map((col) => col.name),
				...c.indexes
					.filter((i) => i.config.unique)
					.map((i) => i.config.columns.map((x) => (x as { name: string }).name).join(','))
			]),
			indexes: sorted(
				c.indexes
					.filter((i) => !i.config.unique)
					.map((i) => i.config.columns.map((x) => (x as { name: string }).name).join(','))
			),
			foreignKeys: sorted(
				c.foreignKeys.map((fk) => {
					const r = fk.reference();
					const target =
						kind === 'sqlite'
							? sqliteConfig(r.foreignTable as SQLiteTable).name
							: pgConfig(r.foreignTable as PgTable).name;
					return `${r.columns.map((x) => x.name).join(',')}->${target}(${r.foreignColumns.map((x) => x.name).join(',')}) on delete ${fk.onDelete}`;
				})
			)
		};
	}
	return out;
}

async function live(db: Db): Promise<SchemaShape> {
	const out: SchemaShape = {};
	if (db.kind === 'sqlite') {
		const tables = await db.rows(
			sql.raw(
				`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`
			)
		);
		for (const { name } of tables as { name: string }[]) {
			const cols = (await db.rows(sql.raw(`PRAGMA table_info("${name}")`))) as {
				name: string;
				type: string;
				notnull: number;
				pk: number;
			}[];
			const idx = (await db.rows(sql.raw(`PRAGMA index_list("${name}")`))) as {
				name: string;
				unique: number;
				origin: string;
			}[];
			const colsOf = async (i: string) =>
				((await db.rows(sql.raw(`PRAGMA index_info("${i}")`))) as { seqno: number; name: string }[])
					.sort((a, b) => a.seqno - b.seqno)
					.map((r) => r.name)
					.join(',');
			const fks = (await db.rows(sql.raw(`PRAGMA foreign_key_list("${name}")`))) as {
				table: string;
				from: string;
				to: string;
				on_delete: string;
			}[];
			const unique: string[] = [];
			const indexes: string[] = [];
			for (const i of idx) {
				if (i.origin === 'pk') continue;
				(i.unique ? unique : indexes).push(await colsOf(i.name));
			}
			out[name] = {
				// an INTEGER PRIMARY KEY is NOT NULL by definition even where the pragma says 0
				columns: Object.fromEntries(
					cols.map((c) => [
						c.name,
						{
							type: typeClass(c.type),
							notNull: !!c.notnull || (c.pk > 0 && c.type.toUpperCase() === 'INTEGER')
						}
					])
				),
				primaryKey: sorted(cols.filter((c) => c.pk > 0).map((c) => c.name)),
				unique: sorted(unique),
				indexes: sorted(indexes),
				foreignKeys: sorted(
					fks.map((f) => `${f.from}->${f.table}(${f.to}) on delete ${f.on_delete.toLowerCase()}`)
				)
			};
		}
		return out;
	}
	const cols = (await db.rows(
		sql.raw(
			`SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`
		)
	)) as { table_name: string; column_name: string; data_type: string; is_nullable: string }[];
	for (const c of cols) {
		out[c.table_name] ??= { columns: {}, primaryKey: [], unique: [], indexes: [], foreignKeys: [] };
		out[c.table_name]!.columns[c.column_name] = {
			type: typeClass(c.data_type),
			notNull: c.is_nullable === 'NO'
		};
	}
	const idx = (await db.rows(
		sql.raw(`SELECT t.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
			array_to_string(ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(n, o)
				JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o), ',') AS columns
			FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
			WHERE ns.nspname = 'public'`)
	)) as { table: string; unique: boolean; primary: boolean; columns: string }[];
	for (const i of idx) {
		const s = out[i.table]!;
		if (i.primary) s.primaryKey = sorted(i.columns.split(','));
		else (i.unique ? s.unique : s.indexes).push(i.columns);
	}
	const fks = (await db.rows(
		sql.raw(`SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target, c.confdeltype AS del,
			array_to_string(ARRAY(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute ON attrelid = c.conrelid AND attnum = k.n ORDER BY k.o), ',') AS cols,
			array_to_string(ARRAY(SELECT attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute ON attrelid = c.confrelid AND attnum = k.n ORDER BY k.o), ',') AS refs
			FROM pg_constraint c WHERE c.contype = 'f'`)
	)) as { table: string; target: string; del: string; cols: string; refs: string }[];
	const action: Record<string, string> = {
		a: 'no action',
		r: 'restrict',
		c: 'cascade',
		n: 'set null',
		d: 'set default'
	};
	for (const f of fks)
		out[f.table]?.foreignKeys.push(`${f.cols}->${f.target}(${f.refs}) on delete ${action[f.del]}`);
	for (const s of Object.values(out)) {
		s.unique = sorted(s.unique);
		s.indexes = sorted(s.indexes);
		s.foreignKeys = sorted(s.foreignKeys);
	}
	return out;
}

describe('the two schemas', () => {
	it('declare the same tables, columns, keys, indexes and foreign keys', () => {
		const a = declared('sqlite');
		expect(Object.keys(a).sort()).toEqual([
			'assignments',
			'attempts',
			'progress',
			'sections',
			'sessions',
			'students'
		]);
		expect(declared('postgres')).toEqual(a);
	});

	const drivers: Driver[] = [sqliteDriver()];
	afterAll(async () => {
		for (const d of drivers) await d.cleanup();
	}, 60_000);

	it('are built the same by their migrations, and as declared', { timeout: 60_000 }, async () => {
		const pgDriver = await postgresDriver();
		if (pgDriver) drivers.push(pgDriver);
		const sqliteDb = await drivers[0]!.open();
		const sqliteLive = await live(sqliteDb);
		await sqliteDb.close();
		// the migrations build what the schema declares
		expect(sqliteLive).toEqual(declared('sqlite'));
		if (!pgDriver) return;
		const pgDb = await pgDriver.open();
		const pgLive = await live(pgDb);
		await pgDb.close();
		expect(pgLive).toEqual(sqliteLive);
	});
});
