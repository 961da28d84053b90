import { describe, expect, it } from 'vitest';
import { hash, mulberry32, seedFor, shuffle } from './shuffle';

const list = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('seeded shuffle', () => {
	it('is a permutation and is repeatable for the same seed', () => {
		const s = shuffle(list, 42);
		expect([...s].sort()).toEqual(list);
		expect(shuffle(list, 42)).toEqual(s);
		expect(list).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
	});
	it('gives different orders across attempts (a retry reshuffles)', () => {
		const orders = new Set(Array.from({ length: 10 }, (_, i) => shuffle(list, seedFor('x-01', i)).join('')));
		expect(orders.size).toBeGreaterThan(5);
	});
	it('with moveAll never returns the original order', () => {
		for (let seed = 0; seed < 500; seed++) expect(shuffle(['a', 'b'], seed, true)).toEqual(['b', 'a']);
		for (let seed = 0; seed < 500; seed++)
			expect(shuffle(['a', 'b', 'c'], seed, true).join('')).not.toBe('abc');
	});
	it('spreads items roughly evenly over positions', () => {
		const first = new Map<string, number>();
		for (let seed = 0; seed < 6000; seed++) {
			const f = shuffle(list, hash(String(seed)))[0]!;
			first.set(f, (first.get(f) ?? 0) + 1);
		}
		for (const x of list) expect(first.get(x)).toBeGreaterThan(800);
	});
	it('mulberry32 stays in [0, 1) and hash is stable', () => {
		const r = mulberry32(7);
		for (let i = 0; i < 1000; i++) {
			const v = r();
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThan(1);
		}
		expect(hash('abc')).toBe(hash('abc'));
		expect(hash('abc')).not.toBe(hash('abd'));
		expect(seedFor('x-01', 0)).not.toBe(seedFor('x-01', 1));
	});
});
