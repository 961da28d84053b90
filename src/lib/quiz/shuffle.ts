/**
 * Seeded shuffling: the same item and attempt give the same order on the server and in the browser
 * (so prerendered HTML and hydration agree), and a retry gives a new order.
 * mulberry32 + FNV-1a: a dozen lines, no dependency needed for a non-cryptographic shuffle.
 */

/** FNV-1a hash of a string to an unsigned 32-bit seed. */
export function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A deterministic generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The seed for one item on one attempt (attempt 0 is what the prerendered page shows). */
export function seedFor(itemId: string, attempt: number): number {
	return hash(`${itemId}#${attempt}`);
}

/**
 * A shuffled copy (Fisher–Yates). With `moveAll`, a list of two or more never comes back in its
 * original order (used for ordering tasks, where the original order is the answer).
 */
export function shuffle<T>(list: readonly T[], seed: number, moveAll = false): T[] {
	const out = [...list];
	const rand = mulberry32(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	if (moveAll && out.length > 1 && out.every((x, i) => x === list[i])) out.push(out.shift()!);
	return out;
}
