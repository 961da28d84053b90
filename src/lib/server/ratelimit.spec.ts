import { describe, expect, it } from 'vitest';
import { RateLimiter, takeAll } from './ratelimit';

function clock() {
	let t = 0;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateLimiter', () => {
	it('allows a burst, then refuses with the time to wait, then refills', () => {
		const c = clock();
		const l = new RateLimiter({ burst: 3, perSecond: 1 }, 100, c.now);
		expect([l.take('k'), l.take('k'), l.take('k')]).toEqual([0, 0, 0]);
		expect(l.take('k')).toBe(1);
		c.advance(1000);
		expect(l.take('k')).toBe(0);
		expect(l.take('k')).toBeGreaterThan(0);
	});

	it('keeps keys apart', () => {
		const c = clock();
		const l = new RateLimiter({ burst: 1, perSecond: 0.1 }, 100, c.now);
		expect(l.take('a')).toBe(0);
		expect(l.take('a')).toBeGreaterThan(0);
		expect(l.take('b')).toBe(0);
	});

	it('stays within its key budget by dropping idle keys first', () => {
		const c = clock();
		const l = new RateLimiter({ burst: 2, perSecond: 1 }, 10, c.now);
		for (let i = 0; i < 10; i++) l.take(`idle${i}`);
		c.advance(5000); // all idle buckets are full again
		l.take('busy');
		l.take('busy');
		expect(l.size).toBeLessThanOrEqual(10);
		// the busy key kept its state: it is still empty
		expect(l.take('busy')).toBeGreaterThan(0);
	});

	it('lets 35 students behind one address join one class in a minute, but not one device 35 times', () => {
		const c = clock();
		const perClient = new RateLimiter({ burst: 5, perSecond: 5 / 60 }, 1000, c.now);
		const perClass = new RateLimiter({ burst: 60, perSecond: 1 }, 1000, c.now);
		const perIp = new RateLimiter({ burst: 120, perSecond: 2 }, 1000, c.now);
		let ok = 0;
		for (let i = 0; i < 35; i++) {
			c.advance(1500);
			if (
				takeAll([
					[perClient, `K7QM3X:device${i}`],
					[perClass, 'K7QM3X'],
					[perIp, '10.0.0.1']
				]) === 0
			)
				ok++;
		}
		expect(ok).toBe(35);
		let one = 0;
		for (let i = 0; i < 35; i++)
			if (
				takeAll([
					[perClient, 'K7QM3X:same'],
					[perClass, 'K7QM3X'],
					[perIp, '10.0.0.1']
				]) === 0
			)
				one++;
		expect(one).toBe(5);
	});

	it('does not charge the limits that allowed a refused request', () => {
		const c = clock();
		const a = new RateLimiter({ burst: 2, perSecond: 0.001 }, 10, c.now);
		const b = new RateLimiter({ burst: 1, perSecond: 0.001 }, 10, c.now);
		expect(
			takeAll([
				[a, 'x'],
				[b, 'x']
			])
		).toBe(0);
		expect(
			takeAll([
				[a, 'x'],
				[b, 'x']
			])
		).toBeGreaterThan(0);
		expect(a.take('x')).toBe(0); // still one left in a
	});
});
