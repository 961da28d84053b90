import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { sql } from 'drizzle-orm';
import { openDb } from './index';

const dir = mkdtempSync(join(tmpdir(), 'sb-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);

describe('WAL checkpoints on a worker thread', () => {
	it('the main connection never checkpoints; the worker copies the log into the file, and empties it on close', async () => {
		const file = join(dir, 'c.db');
		const db = await openDb({ path: file });
		expect(await db.rows(sql`PRAGMA wal_autocheckpoint`)).toEqual([{ wal_autocheckpoint: 0 }]);
		await db.q.run(sql`CREATE TABLE filler (x TEXT)`);
		// let the worker catch up with the migrations, then note the file's size
		await new Promise((r) => setTimeout(r, 1300));
		const before = size(file);
		for (let i = 0; i < 200; i++) await db.q.run(sql`INSERT INTO filler VALUES (${'x'.repeat(4000)})`);
		// 800 kB went to the log; with autocheckpoint off only the worker can move it into the file
		expect(size(`${file}-wal`)).toBeGreaterThan(800_000);
		expect(size(file) - before).toBeLessThan(100_000);
		// the worker checkpoints every second: wait for it (up to 5 s, for a busy machine)
		for (let i = 0; i < 50 && size(file) - before < 800_000; i++)
			await new Promise((r) => setTimeout(r, 100));
		expect(size(file) - before).toBeGreaterThan(800_000);
		await db.close();
		expect(size(`${file}-wal`)).toBe(0);
		// and the rows are all there when the file is opened again
		const again = await openDb({ path: file });
		expect(await again.rows(sql`SELECT count(*) AS n FROM filler`)).toEqual([{ n: 200 }]);
		await again.close();
	});
});
