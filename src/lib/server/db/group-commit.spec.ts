import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
	it('commits writes that arrive in the same turn together, each getting its own result', async () => {
		const batches: number[][] = [];
		const g = new GroupCommit<number, string>(
			async (xs) => (batches.push(xs), xs.map((x) => `r${x}`)),
			async (x) => `one${x}`
		);
		const first = await Promise.all([1, 2, 3].map((x) => g.run(x)));
		expect(first).toEqual(['r1', 'r2', 'r3']);
		const second = await g.run(4);
		expect(second).toBe('r4');
		expect(batches).toEqual([[1, 2, 3], [4]]);
		expect(g.stats).toEqual({ batches: 2, writes: 4 });
	});

	it('retries a failed batch one write at a time, so only the bad write fails', async () => {
		const g = new GroupCommit<number, number>(
			async (xs) => {
				if (xs.includes(13)) throw new Error('constraint');
				return xs;
			},
			async (x) => {
				if (x === 13) throw new Error('bad write');
				return x * 10;
			}
		);
		const out = await Promise.allSettled([12, 13, 14].map((x) => g.run(x)));
		expect(out.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
			120,
			'bad write',
			140
		]);
	});

	it('splits a long queue into batches of at most maxBatch', async () => {
		const sizes: number[] = [];
		const g = new GroupCommit<number, number>(
			async (xs) => (sizes.push(xs.length), xs),
			async (x) => x,
			4
		);
		await Promise.all(Array.from({ length: 10 }, (_, i) => g.run(i)));
		expect(sizes).toEqual([4, 4, 2]);
	});
});
