/**
 * WAL checkpoints for the embedded SQLite, off the main thread. SQLite copies the write-ahead log back into
 * the database file every thousand pages or so, inside whichever commit crosses that mark; with
 * synchronous=FULL that copy ends in an fsync of the database file, and libsql runs on the main thread, so
 * every few seconds one batch of submissions took 15–60 ms instead of 1–2 and every request waiting behind
 * it paid for that (measured with `npm run bench:server`). Here the main connection never checkpoints
 * (wal_autocheckpoint = 0); a worker thread with a connection of its own runs a PASSIVE checkpoint every
 * second, which never blocks the writer, and a final one (TRUNCATE) when the database closes.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

/** The worker, as source: CommonJS, given the libsql driver's path and the database file. */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.exec('PRAGMA busy_timeout = 5000');
const checkpoint = (mode) => {
	try {
		db.prepare('PRAGMA wal_checkpoint(' + mode + ')').get();
	} catch (e) {
		parentPort.postMessage({ error: String(e && e.message || e) });
	}
};
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.everyMs);
parentPort.on('message', (m) => {
	if (m !== 'close') return;
	clearInterval(timer);
	checkpoint('TRUNCATE');
	db.close();
	parentPort.close();
});
`;

export interface Checkpointer {
	close(): Promise<void>;
}

export function startCheckpointer(file: string, everyMs = 1000): Checkpointer {
	const driver = createRequire(import.meta.url).resolve('libsql');
	const worker = new Worker(SOURCE, { eval: true, workerData: { file, everyMs, driver } });
	worker.on('message', (m: { error?: string }) => {
		if (m.error) console.warn(`SQLite checkpoint: ${m.error}`);
	});
	worker.on('error', (e) => console.warn(`SQLite checkpointer stopped: ${e.message}`));
	worker.unref();
	return {
		close: () =>
			new Promise<void>((resolve) => {
				worker.once('exit', () => resolve());
				worker.postMessage('close');
			})
	};
}
