/**
 * What teachers take with them (issue 7): worksheets and answer keys in print, their PDFs (made by
 * `npm run build:pdf`, which runs after the build), the Canvas (QTI 1.2) and Moodle (GIFT) downloads,
 * site search, and offline use (a module after one visit, and class submissions queued without a connection).
 * Expected answers are read from content/ directly, independently of the app's loader.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { allFigures, contentYaml, expectNoAxeViolations } from './helpers';
import { assign, assignableModule, clickableKeys } from './teach-helpers';
import { pdfInfo } from '../src/lib/tools/pdf-pages.js';

interface RawItem {
	id: string;
	type: string;
	rationale: string;
	options?: { id: string; text: string; correct?: boolean }[];
	answer?: unknown;
	offer_cannot_tell?: boolean;
	measure?: string;
	pairs?: { id: string; prompt: string; answer: string }[];
	choices?: { id: string; text: string }[];
}
interface RawQuiz {
	id: string;
	title: string;
	items: RawItem[];
}
const quizzes = contentYaml<RawQuiz>('quizzes');
const lessonWithChart = 'what-happened';
const moduleId = 'numbers-in-the-news';
const unescapeHtml = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

// ---------------------------------------------------------------- print

test.describe('worksheets and answer keys in print', () => {
	test('a quiz worksheet: no navigation, every item with answer space, never split; the key has the rationales', async ({
		page
	}) => {
		const quiz = quizzes.find((q) => q.id === 'numbers')!;
		await page.emulateMedia({ media: 'print' });
		await page.goto(`/print/quizzes/${quiz.id}`);
		await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.locator('.ws-toolbar')).toBeHidden();
		const items = page.locator('.ws-item[data-item]');
		await expect(items).toHaveCount(quiz.items.length);
		expect(await items.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside))).toEqual(
			quiz.items.map(() => 'avoid')
		);
		// answer space: boxes for choices, blanks, ruled lines for writing
		expect(await page.locator('.ws-box').count()).toBeGreaterThan(quiz.items.length);
		expect(await page.locator('.ws-line').count()).toBeGreaterThan(0);
		// the worksheet gives nothing away
		for (const it of quiz.items)
			await expect(page.getByText(it.rationale.replace(/\s+/g, ' ').slice(0, 60))).toHaveCount(0);

		await page.goto(`/print/quizzes/${quiz.id}/key`);
		await expect(page.locator('.site-header')).toBeHidden();
		for (const it of quiz.items) {
			const item = page.locator(`.ws-item[data-item="${it.id}"]`);
			await expect(item.locator('.ws-key')).toContainText(it.rationale.replace(/\s+/g, ' ').slice(0, 60));
			if (it.type === 'single')
				await expect(item.locator('.ws-answer-list')).toContainText(it.options!.find((o) => o.correct)!.text);
		}
	});

	test('a lesson worksheet prints its chart as SVG with the source line; the key opens the teacher notes', async ({
		page
	}) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto(`/print/lessons/${lessonWithChart}`);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		const chart = page.locator('.ws-reading .sb-frame').first();
		await expect(chart.locator('svg.sb-svg').locator('visible=true')).toHaveCount(1);
		expect(
			await chart.locator('svg.sb-svg >> visible=true').locator('path, rect, line').count()
		).toBeGreaterThan(5);
		await expect(chart.locator('.sb-source')).toBeVisible();
		await expect(chart.locator('.sb-tabs')).toBeHidden();
		await expect(page.locator('.ws-reading .teacher-note').first()).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Exit ticket' })).toBeVisible();

		await page.goto(`/print/lessons/${lessonWithChart}/key`);
		await expect(page.getByRole('heading', { name: 'For teachers' })).toBeVisible();
		await expect(page.getByRole('heading', { name: '45-minute class plan' })).toBeVisible();
	});

	test('a module prints as one packet, each lesson and quiz on a new page', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto(`/print/modules/${moduleId}`);
		const parts = page.locator('.ws-part');
		const steps = contentYaml<{ title: string; steps: unknown[] }>('modules').find(
			(m) => m.title === 'Numbers in the news'
		)!.steps.length;
		await expect(parts).toHaveCount(steps + 1);
		expect(await parts.nth(1).evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
		expect(await page.locator('svg.sb-svg >> visible=true').count()).toBeGreaterThan(0);
	});

	test('lesson, quiz and module pages link to their worksheet and key', async ({ page }) => {
		for (const [path, print] of [
			[`/lessons/${lessonWithChart}`, `/print/lessons/${lessonWithChart}`],
			['/quizzes/numbers', '/print/quizzes/numbers'],
			[`/modules/${moduleId}`, `/print/modules/${moduleId}`]
		] as const) {
			await page.goto(path);
			const links = page.getByRole('navigation', { name: 'Print and export' });
			await expect(links.getByRole('link', { name: 'Printable worksheet' })).toHaveAttribute('href', print);
			await expect(links.getByRole('link', { name: 'Answer key' })).toHaveAttribute('href', `${print}/key`);
		}
	});
});

// ---------------------------------------------------------------- PDFs

test.describe('PDFs from build:pdf', () => {
	const manifestFile = 'build/client/pdf/manifest.json';
	test('every worksheet and key has an A4 and a Letter PDF that opens, and the print page offers it', async ({
		page,
		request
	}) => {
		expect(existsSync(manifestFile), 'run `npm run build:pdf` after `npm run build`').toBe(true);
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
			pages: Record<string, Record<string, { href: string; pages: number }>>;
		};
		const expected = [
			...quizzes.map((q) => `/print/quizzes/${q.id}`),
			`/print/lessons/${lessonWithChart}`,
			`/print/modules/${moduleId}`
		];
		for (const p of expected.flatMap((x) => [x, `${x}/key`])) {
			for (const size of ['a4', 'letter']) {
				const f = manifest.pages[p]?.[size];
				expect(f, `${p} ${size}`).toBeDefined();
				const info = pdfInfo(readFileSync(`build/client${f!.href}`));
				expect(info.ok, f!.href).toBe(true);
				expect(info.pages, f!.href).toBeGreaterThan(0);
			}
		}
		const one = manifest.pages['/print/quizzes/numbers']!.a4!;
		const res = await request.get(one.href);
		expect(res.headers()['content-type']).toContain('application/pdf');
		expect(pdfInfo(await res.body()).pages).toBe(one.pages);
		await page.goto('/print/quizzes/numbers');
		await expect(page.getByRole('link', { name: /Download PDF \(A4/ })).toHaveAttribute('href', one.href);
		await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	});
});

// ---------------------------------------------------------------- LMS exports

const qtiParser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	isArray: (n) =>
		[
			'item',
			'response_label',
			'response_lid',
			'respcondition',
			'varequal',
			'resource',
			'qtimetadatafield'
		].includes(n)
});
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const txt = (v: Obj | string) => (typeof v === 'string' ? v : v['#text']);
const labelText = (lid: Obj, ident: string) =>
	lid.render_choice.response_label.find((l: Obj) => l['@_ident'] === ident)?.material.mattext['#text'];
const scored = (item: Obj) =>
	item.resprocessing.respcondition
		.filter((r: Obj) => r.setvar && txt(r.setvar) === '100')
		.flatMap((r: Obj) => (r.conditionvar.varequal ?? r.conditionvar.and?.varequal ?? []).map(txt));

test.describe('LMS exports', () => {
	for (const quiz of quizzes) {
		test(`QTI zip of "${quiz.id}": manifest and items parse, every supported item with its right answer`, async ({
			request
		}) => {
			const res = await request.get(`/export/quizzes/${quiz.id}.qti.zip`);
			expect(res.status()).toBe(200);
			const zip = await JSZip.loadAsync(await res.body());
			const manifestXml = await zip.file('imsmanifest.xml')!.async('string');
			expect(XMLValidator.validate(manifestXml)).toBe(true);
			const resources: Obj[] = qtiParser.parse(manifestXml).manifest.resources.resource;
			const qtiFile = resources.find((r) => r['@_type'] === 'imsqti_xmlv1p2')!.file['@_href'];
			for (const r of resources) expect(zip.file(r.file['@_href']), r.file['@_href']).not.toBeNull();
			const xml = await zip.file(qtiFile)!.async('string');
			expect(XMLValidator.validate(xml)).toBe(true);
			const items: Obj[] = qtiParser.parse(xml).questestinterop.assessment.section.item;
			const byId = (id: string) => items.find((i) => i['@_ident'] === `sb_${id}`);
			for (const it of quiz.items) {
				const item = byId(it.id);
				expect(item, it.id).toBeDefined();
				const type = item!.itemmetadata.qtimetadata.qtimetadatafield.find(
					(f: Obj) => f.fieldlabel === 'question_type'
				).fieldentry;
				const lid = item!.presentation.response_lid?.[0];
				if (it.type === 'single') {
					expect(type).toBe('multiple_choice_question');
					expect(scored(item!).map((id: string) => labelText(lid, id))).toEqual([
						it.options!.find((o) => o.correct)!.text
					]);
				} else if (it.type === 'multiple') {
					expect(type).toBe('multiple_answers_question');
					expect(new Set(scored(item!).map((id: string) => labelText(lid, id)))).toEqual(
						new Set(it.options!.filter((o) => o.correct).map((o) => o.text))
					);
				} else if (it.type === 'truefalse' && !it.offer_cannot_tell) {
					expect(type).toBe('true_false_question');
					expect(scored(item!).map((id: string) => labelText(lid, id))).toEqual([
						String(it.answer) === 'true' ? 'True' : 'False'
					]);
				} else if (it.type === 'match') {
					expect(type).toBe('matching_question');
					for (const pair of it.pairs!) {
						const pl = item!.presentation.response_lid.find(
							(l: Obj) => l.material.mattext['#text'] === pair.prompt
						);
						const cond = item!.resprocessing.respcondition.find(
							(r: Obj) => r.conditionvar.varequal?.[0]['@_respident'] === pl['@_ident']
						);
						expect(labelText(pl, txt(cond.conditionvar.varequal[0])), pair.id).toBe(
							it.choices!.find((c) => c.id === pair.answer)!.text
						);
					}
				} else if (it.type === 'numeric' && it.measure !== 'date') {
					expect(type).toBe('numerical_question');
					const cond = item!.resprocessing.respcondition.find((r: Obj) => r.setvar);
					expect(Number(txt(cond.conditionvar.or.varequal[0]))).toBe(it.answer);
				}
			}
			expect(await zip.file('notes.txt')!.async('string')).toContain(quiz.title);
		});
	}

	test('GIFT of every quiz and of a module parses with gift-pegjs, keys and feedback carried over', async ({
		request
	}) => {
		for (const quiz of quizzes) {
			const text = await (await request.get(`/export/quizzes/${quiz.id}.gift.txt`)).text();
			const qs = parseGift(text).filter(
				(q): q is Exclude<GIFTQuestion, { type: 'Category' }> => q.type !== 'Category'
			);
			for (const it of quiz.items) {
				const q = qs.find((x) => x.title?.startsWith(`${it.id}:`));
				expect(q || text.includes(`// ${it.id}: Left out`), it.id).toBeTruthy();
				if (it.type === 'single' && q?.type === 'MC') {
					const right = q.choices.filter((c) => c.isCorrect).map((c) => unescapeHtml(c.text.text));
					expect(right).toEqual([it.options!.find((o) => o.correct)!.text]);
					expect(q.choices.every((c) => c.feedback?.text)).toBe(true);
					expect(q.globalFeedback?.text).toBeTruthy();
				}
				if (it.type === 'truefalse' && !it.offer_cannot_tell && q?.type === 'TF')
					expect(q.isTrue).toBe(String(it.answer) === 'true');
			}
		}
		const { id, quizzes: inModule } = assignableModule();
		const text = await (await request.get(`/export/modules/${id}.gift.txt`)).text();
		const categories = parseGift(text).filter((q) => q.type === 'Category');
		expect(categories.map((c) => c.title)).toEqual(inModule.map((q) => `$course$/Sourcebook/${q.id}`));
	});

	test('the module QTI package holds one assessment per quiz', async ({ request }) => {
		const { id, quizzes: qs } = assignableModule();
		const zip = await JSZip.loadAsync(await (await request.get(`/export/modules/${id}.qti.zip`)).body());
		const resources: Obj[] = qtiParser.parse(await zip.file('imsmanifest.xml')!.async('string')).manifest
			.resources.resource;
		expect(resources.filter((r) => r['@_type'] === 'imsqti_xmlv1p2')).toHaveLength(qs.length);
	});
});

// ---------------------------------------------------------------- search

async function search(page: Page, q: string) {
	await page.goto('/search');
	const box = page.getByRole('searchbox', { name: 'Search the site' });
	await expect(box).toBeEnabled();
	await box.fill(q);
	await box.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
}

test.describe('search', () => {
	test('finds a figure by its quote, showing the match and the page type', async ({ page }) => {
		const fig = allFigures().find((f) => f.id === 's004-deaths-83')!;
		await search(page, fig.quote);
		const hit = page.locator('.hits > li').filter({ has: page.locator(`a[href="/figures/${fig.id}"]`) });
		await expect(hit).toHaveCount(1);
		await expect(hit.locator('.kind')).toHaveText('Figure');
		await expect(hit.locator('mark').first()).toBeVisible();
		// keyboard: from the box, Tab reaches the results
		await page.getByRole('searchbox').focus();
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => !!document.activeElement?.closest('.hits'))) break;
		}
		expect(await page.evaluate(() => document.activeElement?.closest('.hits') !== null)).toBe(true);
	});

	test('finds a lesson by a glossary term, and the term itself', async ({ page }) => {
		await search(page, 'presumed dead');
		await expect(page.locator(`.hits a[href="/lessons/${lessonWithChart}"]`)).toHaveCount(1);
		await expect(page.locator('.hits a[href="/glossary#term-presumed-dead"]')).toHaveCount(1);
	});

	test('says what to do without JavaScript', async ({ browser }) => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto('/search');
		await expect(page.locator('noscript .advisory')).toContainText('Search needs JavaScript.');
		await expect(page.locator('noscript .advisory')).toBeVisible();
		await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeDisabled();
		await ctx.close();
	});
});

// ---------------------------------------------------------------- offline

test.describe('offline', () => {
	test('after one visit to a module, it opens and a quiz can be answered with the network cut', async ({
		page,
		context
	}) => {
		await page.goto(`/modules/${moduleId}`);
		await expect(page.locator('.sb-offline[data-offline="saved"]')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByText('Available offline')).toBeVisible();
		await context.setOffline(true);
		// a page the module does not include is not there: the network really is cut
		const other = await page.goto('/reference').catch(() => null);
		expect(other?.status() ?? 0).not.toBe(200);
		await page.goto(`/modules/${moduleId}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Numbers in the news' })).toBeVisible();
		await page.goto(`/lessons/${lessonWithChart}`);
		await expect(page.locator('.lesson-body svg.sb-svg').first()).toBeAttached();
		await page.goto('/quizzes/numbers');
		const item = quizzes.find((q) => q.id === 'numbers')!.items.find((i) => i.type === 'single')!;
		const section = page.locator(`#q-${item.id}`);
		const right = item.options!.find((o) => o.correct)!;
		await section.locator(`input[value="${right.id}"]`).check();
		await section.getByRole('button', { name: /^Check answer/ }).click();
		await expect(section.locator('.qz-status')).toHaveText('Right.');
		await context.setOffline(false);
	});

	test('an assigned quiz submitted without a connection is queued and sent when back online', async ({
		page,
		context,
		baseURL
	}) => {
		test.setTimeout(90_000);
		const mod = assignableModule();
		const quiz = mod.quizzes[0]!;
		const { codes } = await assign(baseURL!, mod.id, ['Offline']);
		await page.goto(`/class/${codes[0]}`);
		await page.locator('form[action="?/join"]').getByLabel('Nickname').fill('Sea Otter');
		await page.locator('form[action="?/join"]').getByRole('button', { name: 'Join' }).click();
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const regs = await navigator.serviceWorker.getRegistrations();
						return `${!!navigator.serviceWorker.controller} ${regs.map((r) => [r.installing?.state, r.waiting?.state, r.active?.state].join('/')).join(';')}`;
					}),
				{ timeout: 30_000 }
			)
			.toMatch(/^true /);
		await page.goto(`/class/${codes[0]}/quiz/${quiz.id}`);
		const submissionId = await page.locator('input[name="submissionId"]').inputValue();
		for (const k of clickableKeys(quiz))
			await page.locator(`#q-${k.itemId}`).getByRole('radio', { name: k.label, exact: true }).check();
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('alert')).toContainText('saved on this device');
		// the answers are still on the page
		const first = clickableKeys(quiz)[0]!;
		await expect(
			page.locator(`#q-${first.itemId}`).getByRole('radio', { name: first.label, exact: true })
		).toBeChecked();
		await context.setOffline(false);
		await page.goto(`/class/${codes[0]}`);
		await expect(page.getByText(/^1 of \d+ steps done/)).toBeVisible();
		// the server holds a submission with that id: the same id with other answers is refused as reused
		const again = await page.request.post(`/api/class/${codes[0]}/submissions`, {
			data: { submissionId, quizId: quiz.id, answers: {} }
		});
		expect(again.status()).toBe(409);
	});
});

// ---------------------------------------------------------------- accessibility

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds nothing on the new pages (${scheme})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of [
			'/print/quizzes/numbers',
			'/print/quizzes/numbers/key',
			`/print/lessons/${lessonWithChart}`,
			`/print/lessons/${lessonWithChart}/key`,
			`/print/modules/${moduleId}`,
			`/print/modules/${moduleId}/key`,
			`/modules/${moduleId}`
		]) {
			await page.goto(path);
			await expectNoAxeViolations(page);
		}
		await search(page, 'presumed dead');
		await expectNoAxeViolations(page);
	});
}
