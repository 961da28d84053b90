import { describe, expect, it } from 'vitest';
import { markDone, markStarted, markUndone, moduleProgress, parseProgress, statusOf } from './progress';

const t0 = Date.parse('2026-01-10T10:00:00Z');
const t1 = Date.parse('2026-01-10T11:00:00Z');

describe('reading progress', () => {
	it('starts, remembers the section, finishes, and never downgrades a finished lesson on revisit', () => {
		let p = markStarted({}, 'what-happened', t0);
		expect(statusOf(p, 'what-happened')).toBe('started');
		p = markStarted(p, 'what-happened', t1, 'sec-two-ways-to-count');
		expect(p['what-happened']).toEqual({
			status: 'started',
			section: 'sec-two-ways-to-count',
			updated: new Date(t1).toISOString()
		});
		p = markDone(p, 'what-happened', t1);
		p = markStarted(p, 'what-happened', t1);
		expect(statusOf(p, 'what-happened')).toBe('done');
		expect(p['what-happened']?.section).toBe('sec-two-ways-to-count');
		p = markUndone(p, 'what-happened', t1);
		expect(statusOf(p, 'what-happened')).toBe('started');
		expect(statusOf(p, 'other')).toBe('new');
	});
	it('does not mutate the map it is given', () => {
		const p = markStarted({}, 'a', t0);
		const before = JSON.stringify(p);
		markDone(p, 'a', t1);
		expect(JSON.stringify(p)).toBe(before);
	});
	it('reads stored data defensively', () => {
		expect(parseProgress(null)).toEqual({});
		expect(parseProgress('not json')).toEqual({});
		expect(parseProgress('[1,2]')).toEqual({});
		const raw = JSON.stringify({
			ok: { status: 'done', updated: new Date(t0).toISOString(), section: 'sec-a' },
			'Bad Slug': { status: 'done', updated: new Date(t0).toISOString() },
			badstatus: { status: 'finished', updated: new Date(t0).toISOString() },
			baddate: { status: 'started', updated: 'yesterday' },
			badsection: { status: 'started', updated: new Date(t0).toISOString(), section: '<script>' }
		});
		expect(parseProgress(raw)).toEqual({
			ok: { status: 'done', updated: new Date(t0).toISOString(), section: 'sec-a' },
			badsection: { status: 'started', updated: new Date(t0).toISOString() }
		});
	});
	it('counts a module’s finished lessons and points at the first one left', () => {
		let p = markDone({}, 'b', t0);
		p = markStarted(p, 'c', t0);
		expect(moduleProgress(p, ['a', 'b', 'c'])).toEqual({ done: 1, total: 3, next: 'a' });
		p = markDone(markDone(p, 'a', t0), 'c', t0);
		expect(moduleProgress(p, ['a', 'b', 'c'])).toEqual({ done: 3, total: 3 });
	});
});
