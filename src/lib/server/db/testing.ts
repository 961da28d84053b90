/**
 * The databases the server suites run against: SQLite always; PostgreSQL from TEST_DATABASE_URL, or a
 * throwaway cluster started here when PostgreSQL is installed. `REQUIRE_PG=1` (npm run test:db) turns a
 * missing PostgreSQL into a failure instead of a skipped half; `SKIP_PG=1` (the test line's unit run, since
 * test:db has just run the PostgreSQL half) leaves it out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openDb, type Db } from './index';
import { findPgBin, startCluster } from '../../../../scripts/pg-cluster.js';

export interface Driver {
	name: 'sqlite' | 'postgres';
	/** a fresh, empty, migrated database */
	open(): Promise<Db>;
	cleanup(): Promise<void>;
}

let n = 0;

export function sqliteDriver(): Driver {
	const dir = mkdtempSync(join(tmpdir(), 'sourcebook-sqlite-'));
	return {
		name: 'sqlite',
		open: () => openDb({ path: join(dir, `t${++n}.db`) }),
		cleanup: async () => rmSync(dir, { recursive: true, force: true })
	};
}

/** undefined when PostgreSQL is neither configured nor installed (and not required). */
export async function postgresDriver(): Promise<Driver | undefined> {
	let base = process.env.TEST_DATABASE_URL;
	let cluster: { url: string; stop(): void } | undefined;
	if (!base) {
		if (process.env.SKIP_PG && !process.env.REQUIRE_PG) {
			console.warn('SKIP_PG: the PostgreSQL half of this suite is left to `npm run test:db`');
			return undefined;
		}
		if (!findPgBin()) {
			if (process.env.REQUIRE_PG) throw new Error('PostgreSQL is required (REQUIRE_PG) but not installed');
			console.warn(
				'PostgreSQL not installed: the PostgreSQL half of this suite is skipped (npm run test:db installs it)'
			);
			return undefined;
		}
		cluster = await startCluster();
		base = cluster.url;
	}
	const admin = new pg.Pool({ connectionString: base, max: 2 });
	const made: string[] = [];
	return {
		name: 'postgres',
		async open() {
			const name = `sb_${process.pid}_${++n}_${Date.now() % 100000}`;
			await admin.query(`CREATE DATABASE ${name}`);
			made.push(name);
			const u = new URL(base);
			u.pathname = `/${name}`;
			return openDb({ url: u.toString() });
		},
		async cleanup() {
			for (const name of made)
				await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
			await admin.end();
			cluster?.stop();
		}
	};
}

/**
 * For a suite run on every database: SQLite, and PostgreSQL when it can be had; each one removed after the
 * suite (call at the top level of a spec file).
 */
export async function suiteDrivers(): Promise<Driver[]> {
	const drivers: Driver[] = [sqliteDriver()];
	const pgDriver = await postgresDriver();
	if (pgDriver) drivers.push(pgDriver);
	afterAll(async () => {
		for (const d of drivers) await d.cleanup();
	}, 60_000);
	return drivers;
}
