/**
 * Group commit for the embedded SQLite database: writes that arrive together are committed together, in one
 * transaction and so one fsync, instead of one fsync each. With synchronous=FULL an acknowledged write
 * survives a killed process and a power cut; fsync takes milliseconds on ordinary disks, so committing one
 * submission at a time would cap a class server at a hundred or so per second.
 *
 * A write waits at most until the end of the current turn of the event loop (setImmediate). libsql runs
 * synchronously, so while a batch commits, new requests queue up and form the next batch.
 * If a batch fails, its writes are retried one by one, so one bad write cannot fail the others.
 */
export class GroupCommit<S, R> {
	#queue: { stmt: S; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
	#scheduled = false;
	/** batches committed, and writes in them (for tests and benchmarks) */
	stats = { batches: 0, writes: 0 };

	constructor(
		private runBatch: (stmts: S[]) => Promise<R[]>,
		private runOne: (stmt: S) => Promise<R>,
		private maxBatch = 500
	) {}

	run(stmt: S): Promise<R> {
		return new Promise<R>((resolve, reject) => {
			this.#queue.push({ stmt, resolve, reject });
			if (!this.#scheduled) {
				this.#scheduled = true;
				setImmediate(() => void this.#flush());
			}
		});
	}

	async #flush() {
		this.#scheduled = false;
		while (this.#queue.length) {
			const jobs = this.#queue.splice(0, this.maxBatch);
			this.stats.batches++;
			this.stats.writes += jobs.length;
			try {
				const results = await this.runBatch(jobs.map((j) => j.stmt));
				jobs.forEach((j, i) => j.resolve(results[i]!));
			} catch {
				for (const j of jobs) await this.runOne(j.stmt).then(j.resolve, j.reject);
			}
		}
	}
}
