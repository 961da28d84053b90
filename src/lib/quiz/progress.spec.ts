import { afterEach, describe, expect, it } from 'vitest';
import { QuizProgress } from './progress.svelte';
import { STORAGE_KEY } from './store';

class Memory {
	data = new Map<string, string>();
	getItem(k: string) {
		return this.data.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.data.set(k, v);
	}
	removeItem(k: string) {
		this.data.delete(k);
	}
}
const g = globalThis as { localStorage?: unknown };
afterEach(() => {
	delete g.localStorage;
});

describe('QuizProgress (answers kept on the device)', () => {
	it('saves answers, confidence and checks, and a new page load resumes them', () => {
		const mem = new Memory();
		g.localStorage = mem;
		const a = new QuizProgress();
		a.load();
		a.setAnswer('x-01', ['b']);
		a.setConfidence('x-01', 'high');
		a.check('x-01');
		a.setFinished('x', true);
		expect(JSON.parse(mem.getItem(STORAGE_KEY)!).items['x-01']).toEqual({
			answer: ['b'],
			confidence: 'high',
			attempt: 0,
			checked: true
		});

		const b = new QuizProgress();
		expect(b.item('x-01').answer).toBeUndefined();
		b.load();
		expect(b.item('x-01')).toEqual({ answer: ['b'], confidence: 'high', attempt: 0, checked: true });
		expect(b.finished('x')).toBe(true);
		expect(b.hasAny(['x-01', 'x-02'])).toBe(true);
		expect(b.persistent).toBe(true);
	});
	it('a new answer un-checks the item; retry clears it and counts an attempt (to reshuffle)', () => {
		g.localStorage = new Memory();
		const p = new QuizProgress();
		p.load();
		p.setAnswer('x-01', 'a');
		p.check('x-01');
		p.setAnswer('x-01', 'b');
		expect(p.item('x-01').checked).toBe(false);
		p.retry('x-01');
		expect(p.item('x-01')).toEqual({ attempt: 1, checked: false });
		p.retry('x-01');
		expect(p.item('x-01').attempt).toBe(2);
	});
	it('an answer the page showed before hydration replaces the kept one, is saved, and is not a resumed one', () => {
		const mem = new Memory();
		g.localStorage = mem;
		const a = new QuizProgress();
		a.load();
		a.setAnswer('x-01', 'a');
		a.check('x-01');
		const b = new QuizProgress();
		b.load();
		b.keepShown('x-01', { answer: 'b', confidence: 'low' });
		b.keepShown('x-02', {});
		expect(b.item('x-01')).toEqual({ answer: 'b', confidence: 'low', attempt: 0, checked: false });
		expect(b.item('x-02').answer).toBeUndefined();
		expect(b.hasAny(['x-01', 'x-02'])).toBe(false);
		const c = new QuizProgress();
		c.load();
		expect(c.item('x-01').answer).toBe('b');
		expect(c.hasAny(['x-01'])).toBe(true);
	});
	it('restart retries every item of a quiz and hides its results', () => {
		g.localStorage = new Memory();
		const p = new QuizProgress();
		p.load();
		p.setAnswer('x-01', 'a');
		p.setAnswer('x-02', 'b');
		p.setFinished('x', true);
		p.restart('x', ['x-01', 'x-02']);
		expect(p.hasAny(['x-01', 'x-02'])).toBe(false);
		expect(p.finished('x')).toBe(false);
		expect(p.item('x-02').attempt).toBe(1);
	});
	it('without storage it still works for the visit, and says it is not saving', () => {
		g.localStorage = {
			getItem() {
				throw new Error('SecurityError');
			},
			setItem() {
				throw new Error('SecurityError');
			},
			removeItem() {}
		};
		const p = new QuizProgress();
		p.load();
		expect(p.persistent).toBe(false);
		p.setAnswer('x-01', 'a');
		expect(p.item('x-01').answer).toBe('a');
	});
	it('a store for server-graded answers never touches the device', () => {
		const mem = new Memory();
		mem.setItem(
			STORAGE_KEY,
			JSON.stringify({ items: { 'x-01': { answer: 'zzz', attempt: 0, checked: true } }, quizzes: {} })
		);
		g.localStorage = mem;
		const p = new QuizProgress(false);
		p.setAnswer('x-01', 'a');
		p.load();
		p.setAnswer('x-02', 'b');
		expect(p.item('x-01').answer).toBe('a');
		expect(JSON.parse(mem.getItem(STORAGE_KEY)!).items['x-02']).toBeUndefined();
	});
});
