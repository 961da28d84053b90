/**
 * Token-bucket rate limits, in memory (one server process; nothing is written to disk, see /privacy).
 * Keys combine the class with the client (a cookie id, falling back to the address), so a whole class
 * behind one school address can join together while one device cannot flood a class.
 */
export interface Limit {
	/** requests allowed at once */
	burst: number;
	/** tokens refilled per second */
	perSecond: number;
}

interface Bucket {
	tokens: number;
	at: number;
}

export class RateLimiter {
	#buckets = new Map<string, Bucket>();
	constructor(
		private limit: Limit,
		private maxKeys = 100_000,
		private now: () => number = () => performance.now()
	) {}

	/** Take one token for `key`; returns 0 when allowed, or the seconds to wait. */
	take(key: string, cost = 1): number {
		const now = this.now();
		let b = this.#buckets.get(key);
		if (b) {
			b.tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
			b.at = now;
			// keep recently used keys last, so eviction drops the idle ones
			this.#buckets.delete(key);
		} else {
			b = { tokens: this.limit.burst, at: now };
			if (this.#buckets.size >= this.maxKeys) this.#evict(now);
		}
		this.#buckets.set(key, b);
		if (b.tokens >= cost) {
			b.tokens -= cost;
			return 0;
		}
		return Math.ceil(((cost - b.tokens) / this.limit.perSecond) * 10) / 10;
	}

	/** Give a token back (e.g. a failed login that turned out right should not count). */
	refund(key: string, cost = 1) {
		const b = this.#buckets.get(key);
		if (b) b.tokens = Math.min(this.limit.burst, b.tokens + cost);
	}

	get size() {
		return this.#buckets.size;
	}

	#evict(now: number) {
		// drop buckets that are full again (idle); if none, the least recently used tenth
		for (const [k, b] of this.#buckets)
			if (b.tokens + ((now - b.at) / 1000) * this.limit.perSecond >= this.limit.burst)
				this.#buckets.delete(k);
		if (this.#buckets.size >= this.maxKeys) {
			let n = Math.ceil(this.maxKeys / 10);
			for (const k of this.#buckets.keys()) {
				if (n-- <= 0) break;
				this.#buckets.delete(k);
			}
		}
	}
}

/** Check several limits at once; all must allow. Returns the longest wait, or 0. */
export function takeAll(checks: [RateLimiter, string][]): number {
	let wait = 0;
	const taken: [RateLimiter, string][] = [];
	for (const [l, k] of checks) {
		const w = l.take(k);
		if (w > 0) wait = Math.max(wait, w);
		else taken.push([l, k]);
	}
	// a refused request should not use up the limits that did allow it
	if (wait > 0) for (const [l, k] of taken) l.refund(k);
	return wait;
}
