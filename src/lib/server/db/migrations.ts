/**
 * The migrations, bundled into the server (drizzle-kit writes them to drizzle/sqlite and drizzle/pg;
 * `npm run db:generate` after a schema change). Bundling means a deployed build needs no drizzle/ folder.
 * The list has the shape drizzle's own file reader produces, so drizzle's migrator applies it.
 */
import { createHash } from 'node:crypto';

interface Journal {
	entries: { idx: number; when: number; tag: string; breakpoints: boolean }[];
}

export interface MigrationMeta {
	sql: string[];
	folderMillis: number;
	hash: string;
	bps: boolean;
}

const files = {
	sqlite: {
		journal: import.meta.glob('/drizzle/sqlite/meta/_journal.json', { import: 'default', eager: true }),
		sql: import.meta.glob('/drizzle/sqlite/*.sql', { query: '?raw', import: 'default', eager: true })
	},
	postgres: {
		journal: import.meta.glob('/drizzle/pg/meta/_journal.json', { import: 'default', eager: true }),
		sql: import.meta.glob('/drizzle/pg/*.sql', { query: '?raw', import: 'default', eager: true })
	}
} as const;

export function migrations(kind: 'sqlite' | 'postgres'): MigrationMeta[] {
	const dir = kind === 'sqlite' ? '/drizzle/sqlite' : '/drizzle/pg';
	const journal = Object.values(files[kind].journal)[0] as Journal | undefined;
	if (!journal) throw new Error(`no migration journal in ${dir}/meta`);
	return journal.entries.map((e) => {
		const query = files[kind].sql[`${dir}/${e.tag}.sql`] as string | undefined;
		if (query === undefined) throw new Error(`missing migration ${dir}/${e.tag}.sql`);
		return {
			sql: query.split('--> statement-breakpoint'),
			bps: e.breakpoints,
			folderMillis: e.when,
			hash: createHash('sha256').update(query).digest('hex')
		};
	});
}
