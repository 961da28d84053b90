import { describe, expect, it } from 'vitest';
import { excerptParts, pageType, prepareHtml, safeHref, urlOf } from './search';

describe('pageType', () => {
	it('knows the searched pages and leaves the rest out', () => {
		expect(pageType('/lessons/what-happened')).toBe('lesson');
		expect(pageType('/figures/s004-deaths-83.html')).toBe('figure');
		expect(pageType('/charts/deaths-over-time')).toBe('chart');
		expect(pageType('/glossary')).toBe('glossary');
		for (const p of [
			'/',
			'/lessons',
			'/print/quizzes/numbers',
			'/embed/where',
			'/search',
			'/charts/where.svg',
			'/quizzes/numbers/check'
		])
			expect(pageType(p), p).toBeUndefined();
	});
	it('maps prerendered files to addresses', () => {
		expect(urlOf('lessons/what-happened.html')).toBe('/lessons/what-happened');
		expect(urlOf('index.html')).toBe('/');
	});
});

describe('prepareHtml', () => {
	it('indexes <main> and tags it with the type', () => {
		const out = prepareHtml(
			'<body><nav>x</nav><main id="main" tabindex="-1"><h1>T</h1></main></body>',
			'lesson',
			'Lesson'
		);
		expect(out).toBe(
			'<body><nav>x</nav><main data-pagefind-body data-pagefind-filter="type:Lesson" data-pagefind-meta="type:Lesson" id="main" tabindex="-1"><h1>T</h1></main></body>'
		);
	});
	it('keeps a body the page marked itself', () => {
		const out = prepareHtml(
			'<main><article class="figure" data-pagefind-body><h1>F</h1></article></main>',
			'figure',
			'Figure'
		);
		expect(out).toContain(
			'<article class="figure" data-pagefind-body data-pagefind-filter="type:Figure" data-pagefind-meta="type:Figure">'
		);
		expect(out).toContain('<main>');
	});
	it('gives up on a page without <main>', () => {
		expect(prepareHtml('<body><p>x</p></body>', 'lesson', 'Lesson')).toBeUndefined();
	});
});

describe('excerptParts', () => {
	it('splits out the matches and decodes entities, dropping other tags', () => {
		expect(
			excerptParts('the <mark>presumed</mark> dead &amp; <b>missing</b> &#8220;x&#x201D; <mark>dead</mark>')
		).toEqual([
			{ text: 'the ', mark: false },
			{ text: 'presumed', mark: true },
			{ text: ' dead & missing “x” ', mark: false },
			{ text: 'dead', mark: true }
		]);
	});
	it('treats script-like text as text', () => {
		expect(excerptParts('&lt;script&gt;')).toEqual([{ text: '<script>', mark: false }]);
	});
});

describe('safeHref', () => {
	it('allows site paths only', () => {
		expect(safeHref('/glossary#term-alleged')).toBe('/glossary#term-alleged');
		expect(safeHref('//evil.example')).toBeUndefined();
		expect(safeHref('javascript:alert(1)')).toBeUndefined();
	});
});
