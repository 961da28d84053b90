import { describe, expect, it } from 'vitest';
import { content } from '$lib/content';
import {
	cacheNames,
	countFailures,
	fetchRule,
	isKeptPage,
	moduleOfflineUrls,
	offlinePageHtml,
	shellFiles,
	staleCaches,
	workerMessage
} from './offline';

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

describe('caches and the app shell', () => {
	it("names this version's caches and deletes every other but the queue", () => {
		const names = cacheNames('v2');
		expect(names).toEqual({ shell: 'sb-shell-v2', pages: 'sb-pages-v2', queue: 'sb-queue' });
		expect(
			staleCaches(['sb-shell-v1', 'sb-pages-v1', 'sb-shell-v2', 'sb-pages-v2', 'sb-queue', 'x'], names)
		).toEqual(['sb-shell-v1', 'sb-pages-v1', 'x']);
	});
	it('keeps the built files and small static files, not the fonts', () => {
		expect(shellFiles(['/_app/a.js'], ['/robots.txt', '/fonts/s.otf', '/fonts/s.woff2', '/f.ttf'])).toEqual([
			'/_app/a.js',
			'/robots.txt'
		]);
	});
	it('counts the addresses that were refused or failed, keeping every one it can', async () => {
		const kept: string[] = [];
		const failed = await countFailures(['/a', '/b', '/c', '/d'], async (u) => {
			if (u === '/c') throw new Error('offline');
			if (u === '/b') return false;
			kept.push(u);
			return true;
		});
		expect(failed).toBe(2);
		expect(kept.sort()).toEqual(['/a', '/d']);
	});
});

describe('fetchRule', () => {
	const origin = 'http://x';
	const shell = ['/_app/a.js'];
	const rule = (method: string, path: string, mode = 'navigate') =>
		fetchRule({ method, mode }, new URL(path, origin), origin, shell);
	it('answers app files from the cache and keeps content pages as they pass', () => {
		expect(rule('GET', '/_app/a.js', 'no-cors')).toEqual({ kind: 'shell' });
		expect(rule('GET', '/lessons/what-happened')).toEqual({ kind: 'page' });
		expect(rule('GET', '/quizzes/numbers/__data.json', 'cors')).toEqual({ kind: 'page' });
	});
	it("queues only class quiz forms, and flushes before a class page, keeping a quiz page's items", () => {
		expect(rule('POST', '/class/K7QP/quiz/numbers?/submit')).toEqual({
			kind: 'submit',
			target: { code: 'K7QP', quiz: 'numbers' }
		});
		expect(rule('POST', '/quizzes/numbers/check?/submit')).toBeUndefined();
		expect(rule('GET', '/class/K7QP/quiz/numbers')).toEqual({ kind: 'class', keepItems: true });
		expect(rule('GET', '/class/K7QP')).toEqual({ kind: 'class', keepItems: false });
		expect(rule('GET', '/class/K7QP/__data.json', 'cors')).toBeUndefined();
	});
	it('leaves other origins, teacher pages, the API and other methods to the browser', () => {
		expect(
			fetchRule({ method: 'GET', mode: 'navigate' }, new URL('http://y/lessons/a'), origin, shell)
		).toBeUndefined();
		expect(rule('GET', '/teach/abc')).toBeUndefined();
		expect(rule('POST', '/api/class/K7QP/submissions', 'cors')).toBeUndefined();
		expect(rule('PUT', '/lessons/a')).toBeUndefined();
	});
});

describe('offlinePageHtml', () => {
	it('says the page is not kept, or the message it is given, and links to the modules', () => {
		const page = offlinePageHtml();
		expect(page).toContain('<a href="/modules">');
		expect(offlinePageHtml('Queued.')).toContain('<p>Queued.</p>');
		expect(offlinePageHtml('Queued.')).not.toBe(page);
	});
});

describe('workerMessage', () => {
	it('accepts the three messages pages send and nothing else', () => {
		expect(workerMessage({ type: 'sb-status', id: 'm' })).toEqual({ type: 'sb-status', id: 'm' });
		expect(workerMessage({ type: 'sb-save', id: 'm', extra: 1 })).toEqual({ type: 'sb-save', id: 'm' });
		expect(workerMessage({ type: 'sb-flush' })).toEqual({ type: 'sb-flush' });
		for (const m of [
			undefined,
			null,
			'sb-flush',
			{ type: 'sb-save' },
			{ type: 'sb-status', id: 3 },
			{ type: 'x' }
		])
			expect(workerMessage(m)).toBeUndefined();
	});
});
