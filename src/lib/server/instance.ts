/**
 * The one store of this server process, opened on first use (the SQLite file and its tables are created
 * then, migrations applied), with an hourly purge of assignments past their retention date.
 */
import { openDb, optionsFromEnv } from './db';
import { Store } from './store';
import { config } from './config';

let opening: Promise<Store> | undefined;

export function store(): Promise<Store> {
	opening ??= open().catch((e) => {
		opening = undefined;
		throw e;
	});
	return opening;
}

/**
 * Serve this process's requests from the given store instead (the route suites run the routes' own
 * handlers against a SQLite and a PostgreSQL store this way). No purge timer is started.
 */
export function useStore(s: Store) {
	opening = Promise.resolve(s);
}

async function open(): Promise<Store> {
	const s = new Store(await openDb(optionsFromEnv()), config.retentionDays);
	const purge = () => s.purgeExpired(Date.now()).catch((e) => console.error('purge failed', e));
	await purge();
	setInterval(purge, 60 * 60 * 1000).unref();
	return s;
}
