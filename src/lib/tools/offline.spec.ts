import { describe, expect, it } from 'vitest';
import { content } from '$lib/content';
import { classSubmit, isKeptPage, moduleOfflineUrls, replayOutcome } from './offline';

// built once, outside the timed tests (it validates every content file)
const c = content();

describe('moduleOfflineUrls', () => {
	it('lists the module, its lessons, their charts and its quizzes, each with its data, once', () => {
		const urls = moduleOfflineUrls(
			{
				id: 'm',
				steps: [
					{ kind: 'lesson', slug: 'a' },
					{ kind: 'quiz', id: 'q' },
					{ kind: 'lesson', slug: 'b' }
				]
			},
			(l) => (l === 'a' ? ['deaths'] : ['deaths', 'where'])
		);
		expect(urls).toEqual([
			'/modules/m',
			'/modules/m/__data.json',
			'/lessons/a',
			'/lessons/a/__data.json',
			'/charts/deaths',
			'/charts/deaths/__data.json',
			'/quizzes/q',
			'/quizzes/q/__data.json',
			'/lessons/b',
			'/lessons/b/__data.json',
			'/charts/where',
			'/charts/where/__data.json'
		]);
	});
	it('covers every step of the real modules', () => {
		for (const m of c.modules) {
			const urls = moduleOfflineUrls(m, (slug) => c.lessons.find((l) => l.slug === slug)?.uses.charts ?? []);
			for (const s of m.steps)
				expect(urls).toContain(s.kind === 'lesson' ? `/lessons/${s.slug}` : `/quizzes/${s.id}`);
		}
	});
});

describe('isKeptPage', () => {
	it('keeps content pages and never class, teacher or API requests', () => {
		for (const p of [
			'/',
			'/lessons/what-happened',
			'/quizzes/numbers/__data.json',
			'/glossary',
			'/charts/where'
		])
			expect(isKeptPage(p), p).toBe(true);
		for (const p of [
			'/class/ABCD/quiz/numbers',
			'/teach/x',
			'/api/class/x/submissions',
			'/embed/where',
			'/charts/where.png',
			'/print/quizzes/numbers'
		])
			expect(isKeptPage(p), p).toBe(false);
	});
});

describe('classSubmit', () => {
	it('recognises the class quiz form action only', () => {
		expect(classSubmit(new URL('http://x/class/K7QP-3M/quiz/numbers?/submit'))).toEqual({
			code: 'K7QP-3M',
			quiz: 'numbers'
		});
		expect(classSubmit(new URL('http://x/class/K7QP/quiz/numbers'))).toBeUndefined();
		expect(classSubmit(new URL('http://x/quizzes/numbers/check?/submit'))).toBeUndefined();
	});
});

describe('replayOutcome', () => {
	it('keeps retrying only what may succeed later', () => {
		expect([200, 201, 400, 401, 403, 404, 409, 413, 429, 500, 503].map(replayOutcome)).toEqual([
			'done',
			'done',
			'drop',
			'drop',
			'drop',
			'drop',
			'drop',
			'drop',
			'retry',
			'retry',
			'retry'
		]);
	});
});
