/**
 * SQLite's hottest read, the session behind a cookie (every submission asks), as a statement prepared once.
 * @libsql/client prepares every statement anew: for the session lookup, a four-table join, that is about
 * 0.27 ms of CPU against 0.016 ms for the same statement prepared once (measured on this project's
 * schema; scripts/bench-server.ts shows the effect on the whole server). So SQLite keeps a second,
 * query-only connection, through the `libsql` driver that @libsql/client itself runs on, for such reads.
 * The SQL still comes from drizzle's builder (`toSQL()`), and rows come back in the shape and with the
 * column mappings drizzle gives them. Every write stays on the one drizzle connection; in WAL mode a read
 * here sees every committed write.
 */
import Database from 'libsql';
import { Column, is } from 'drizzle-orm';

/** A drizzle selection: columns, possibly nested one level or more ({ student: { id, … }, … }). */
export type Selection = { [key: string]: Column | Selection };

/** A built drizzle query (`toSQL()`), its parameters being named placeholders. */
interface Built {
	toSQL(): { sql: string; params: unknown[] };
}

export class PreparedReads {
	#db: Database.Database;

	constructor(file: string) {
		this.#db = new Database(file);
		this.#db.exec('PRAGMA query_only = ON');
		this.#db.exec('PRAGMA busy_timeout = 5000');
	}

	/** A function answering the query's first row for the given placeholder values, shaped like `selection`. */
	first<T>(query: Built, selection: Selection): (args: Record<string, unknown>) => T | undefined {
		const { sql, params } = query.toSQL();
		const names = params.map((p) => {
			const name = (p as { name?: unknown }).name;
			if (typeof name !== 'string')
				throw new Error(`prepared read: parameter ${String(p)} is not a placeholder`);
			return name;
		});
		const stmt = this.#db.prepare(sql).raw(true);
		const columns = flatten(selection);
		return (args) => {
			const row = stmt.get(...names.map((n) => args[n])) as unknown[] | undefined;
			return row ? (shape(columns, row) as T) : undefined;
		};
	}

	close() {
		this.#db.close();
	}
}

/** The selection's columns in the order drizzle selects them, each with its path. */
export function flatten(selection: Selection, path: string[] = []): [string[], Column][] {
	return Object.entries(selection).flatMap(([key, v]) =>
		is(v, Column) ? [[[...path, key], v] as [string[], Column]] : flatten(v, [...path, key])
	);
}

/** A raw row as drizzle shapes it: nested by path, each value mapped by its column. */
export function shape(columns: [string[], Column][], row: unknown[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	columns.forEach(([path, column], i) => {
		let at = out;
		for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
		const v = row[i];
		at[path.at(-1)!] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
	});
	return out;
}
