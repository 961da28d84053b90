/**
 * Assigning a module, in the browser: a teacher assigns it to two sections; students in two browser
 * contexts join and finish; one resumes on a fresh context with the resume code; the dashboard and the
 * CSV show the right first and best scores. Also: the pages work without JavaScript, and axe finds
 * nothing on the teacher, student and privacy pages in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { expectNoAxeViolations } from './helpers';
import { assign, assignableModule, clickableKeys, joinAs } from './teach-helpers';

const mod = assignableModule();
const quiz = mod.quizzes[0]!;
const keys = clickableKeys(quiz);
/** the score a student gets by answering the single-choice and true/false items right and nothing else */
const knownPercent = Math.round((keys.length / quiz.items.length) * 100);

const totalSteps = mod.lessons.length + mod.quizzes.length;

async function markLessonsRead(page: Page) {
	for (let i = 0; i < mod.lessons.length; i++) {
		await page
			.getByRole('button', { name: /^Mark as read/ })
			.first()
			.click();
		await expect(page.getByText(`${i + 1} of ${totalSteps} steps done`)).toBeVisible();
	}
}

/** The join form (a class page also has the resume form, with its own Nickname field). */
const joinForm = (page: Page) => page.locator('form[action="?/join"]');

async function takeQuiz(page: Page, answer: boolean) {
	await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
	if (answer)
		for (const k of keys)
			await page.locator(`#q-${k.itemId}`).getByRole('radio', { name: k.label, exact: true }).check();
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
	await expect(page.getByText(`You scored ${answer ? knownPercent : 0}%`)).toBeVisible();
}

test.describe('assigning a module', () => {
	test.describe.configure({ timeout: 120_000 });

	test('two sections, students join and finish, one resumes elsewhere; dashboard and CSV agree', async ({
		page,
		browser
	}) => {
		// the flow answers by clicking: the module's first quiz must have a single-choice or true/false item
		expect(keys.length, 'single-choice or true/false items in the module’s first quiz').toBeGreaterThan(0);
		// the teacher assigns the module to two sections
		await page.goto('/teach');
		await page
			.getByRole('radio', { name: new RegExp(mod.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
			.check();
		await page.getByLabel('Sections (class periods)').fill('Period 1\nPeriod 2');
		await page.getByRole('button', { name: 'Assign' }).click();
		await expect(page).toHaveURL(/\/teach\/[\w-]{32}\?created/);
		await expect(page.getByText('Your assignment is ready')).toBeVisible();
		const teacherUrl = page.url().replace(/\?.*$/, '');
		const links = await page
			.locator('input[id^="link-"]')
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
		const codes = await page
			.locator('[data-code]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
		expect(links).toHaveLength(2);
		const classroom = await page
			.getByRole('link', { name: /Share Period 1 to Google Classroom/ })
			.getAttribute('href');
		expect(new URL(classroom!).searchParams.get('url')).toBe(links[0]);

		// student A, section 1: first attempt blank, second attempt with the clickable items right
		const ctxA = await browser.newContext();
		const a = await ctxA.newPage();
		await a.goto(links[0]!);
		await joinForm(a).getByLabel('Nickname').fill('Ada');
		await joinForm(a).getByRole('button', { name: 'Join' }).click();
		await expect(a.getByText('You are Ada in Period 1.')).toBeVisible();
		const resumeCode = (await a.locator('[data-resume-code]').getAttribute('data-resume-code'))!;
		expect(resumeCode).toMatch(/^[A-Z0-9]{8}$/);
		await markLessonsRead(a);
		await a
			.getByRole('link', { name: new RegExp(`^Start the quiz`) })
			.first()
			.click();
		await takeQuiz(a, false);
		await a.getByRole('link', { name: 'Try the quiz again' }).click();
		await takeQuiz(a, true);
		await a.getByRole('link', { name: 'Back to your steps' }).first().click();
		if (mod.quizzes.length === 1) await expect(a.getByText('You have finished every step.')).toBeVisible();

		// student B, section 2, nickname "<script>": right first time, then a blank retry (best stays)
		const ctxB = await browser.newContext();
		const b = await ctxB.newPage();
		await b.goto(links[1]!);
		await joinForm(b).getByLabel('Nickname').fill('<script>');
		await joinForm(b).getByRole('button', { name: 'Join' }).click();
		await expect(b.getByText('You are <script> in Period 2.')).toBeVisible();
		await markLessonsRead(b);
		await b
			.getByRole('link', { name: /^Start the quiz/ })
			.first()
			.click();
		await takeQuiz(b, true);
		await b.getByRole('link', { name: 'Try the quiz again' }).click();
		await takeQuiz(b, false);

		// Ada on a fresh device: her nickname alone is not enough; with the resume code she is back
		const ctxC = await browser.newContext();
		const c = await ctxC.newPage();
		await c.goto('/class');
		const resume = c.locator('form[action="?/resume"]');
		await resume.getByLabel('Class code').fill(codes[0]!.toLowerCase());
		await resume.getByLabel('Nickname').fill('Ada');
		await resume.getByLabel('Resume code').fill('ZZZZ-ZZZZ');
		await resume.getByRole('button', { name: 'Continue' }).click();
		await expect(c.getByRole('alert')).toContainText('do not match');
		await c
			.locator('form[action="?/resume"]')
			.getByLabel('Resume code')
			.fill(`${resumeCode.slice(0, 4)}-${resumeCode.slice(4)}`);
		await c.locator('form[action="?/resume"]').getByLabel('Nickname').fill('ada');
		await c.locator('form[action="?/resume"]').getByRole('button', { name: 'Continue' }).click();
		await expect(c.getByText('You are Ada in Period 1.')).toBeVisible();
		await expect(c.getByText(`First score 0%, best ${knownPercent}%, 2 attempts`)).toBeVisible();

		// the dashboard: per section, first and best, status
		await page.goto(teacherUrl);
		const adaRow = page.getByRole('row', { name: /^Ada/ });
		await expect(adaRow).toContainText(`0% / ${knownPercent}%`);
		await expect(adaRow).toContainText('2 attempts');
		if (mod.quizzes.length === 1) await expect(adaRow).toContainText('Finished');
		await page.getByRole('link', { name: /^Period 2/ }).click();
		const bRow = page.getByRole('row', { name: /^<script>/ });
		await expect(bRow).toContainText(`${knownPercent}% / ${knownPercent}%`);
		await expect(page.getByRole('rowheader', { name: '<script>', exact: true })).toBeVisible();
		// the per-question table: the clickable items were right for B on the first attempt
		const firstItem = quiz.items.findIndex((it) => it.id === keys[0]!.itemId);
		const itemRow = page.getByRole('row', { name: new RegExp(`^${firstItem + 1}\\. `) }).first();
		await expect(itemRow).toContainText('100% (1 of 1)');
		const itemHref = await itemRow.getByRole('link').getAttribute('href');
		expect(itemHref).toBe(`/quizzes/${quiz.id}#q-${keys[0]!.itemId}`);

		// the CSV for the gradebook
		const csv = await (await page.request.get(`${teacherUrl}/results.csv`)).text();
		const rows = csvParse(csv.replace(/^\ufeff/, ''));
		expect(rows.columns).toEqual(['section', 'nickname', 'quiz', 'first', 'best', 'attempts', 'finished at']);
		const adaCsv = rows.find((r) => r.nickname === 'Ada' && r.quiz === quiz.title)!;
		expect(adaCsv).toMatchObject({ section: 'Period 1', first: '0', attempts: '2' });
		expect(Number(adaCsv.best)).toBeCloseTo((keys.length / quiz.items.length) * 100, 0);
		const bCsv = rows.find((r) => r.nickname === '<script>' && r.quiz === quiz.title)!;
		expect(bCsv).toMatchObject({ section: 'Period 2', attempts: '2' });
		expect(bCsv.first).toBe(bCsv.best);
		if (mod.quizzes.length === 1)
			expect(Date.parse(adaCsv['finished at']!)).toBeGreaterThan(Date.now() - 10 * 60_000);

		// the per-question link lands on the item in the quiz
		await page.goto(itemHref!);
		await expect(page.locator(`#q-${keys[0]!.itemId}`)).toBeVisible();
		for (const ctx of [ctxA, ctxB, ctxC]) await ctx.close();
	});

	test('works without JavaScript: join, mark read, submit a quiz; a resent form is stored once', async ({
		browser,
		baseURL
	}) => {
		const { key, codes } = await assign(baseURL!, mod.id, ['No JS']);
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const p = await ctx.newPage();
		await p.goto(`/class/${codes[0]}`);
		await joinForm(p).getByLabel('Nickname').fill('Offline Owl');
		await joinForm(p).getByRole('button', { name: 'Join' }).click();
		await expect(p.getByText('You are Offline Owl in No JS.')).toBeVisible();
		await p
			.getByRole('button', { name: /^Mark as read/ })
			.first()
			.click();
		await expect(p.getByText(`1 of ${totalSteps} steps done`)).toBeVisible();
		await p
			.getByRole('link', { name: /^Start the quiz/ })
			.first()
			.click();
		for (const k of keys)
			await p.locator(`#q-${k.itemId}`).getByRole('radio', { name: k.label, exact: true }).check();
		const sent = new URLSearchParams(
			await p
				.locator('form[action="?/submit"]')
				.evaluate((f) => [...new FormData(f as HTMLFormElement)].map(([k, v]) => [k, String(v)]))
		);
		await p.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(p.getByText(`You scored ${knownPercent}%`)).toBeVisible();
		// the same form sent again (a reload after the post, a double click): same answer, stored once
		const again = await p.request.post(p.url(), {
			headers: {
				origin: new URL(baseURL!).origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			data: sent.toString()
		});
		expect(again.status()).toBe(200);
		expect(await again.text()).toContain(`You scored ${knownPercent}%`);
		const csv = await (await p.request.get(`/teach/${key}/results.csv`)).text();
		const row = csvParse(csv.replace(/^\ufeff/, '')).find(
			(r) => r.nickname === 'Offline Owl' && r.quiz === quiz.title
		)!;
		expect(row.attempts).toBe('1');
		await ctx.close();
	});

	test('a nickname that is already taken is refused with a message, and the form keeps what was typed', async ({
		page,
		baseURL
	}) => {
		const { codes } = await assign(baseURL!, mod.id, ['Dupes']);
		await joinAs(baseURL!, codes[0]!, 'Heron');
		await page.goto(`/class/${codes[0]}`);
		await joinForm(page).getByLabel('Nickname').fill('heron');
		await joinForm(page).getByRole('button', { name: 'Join' }).click();
		await expect(page.getByRole('alert')).toContainText('already uses that nickname');
		await expect(joinForm(page).getByLabel('Nickname')).toHaveValue('heron');
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`class pages, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		test('axe finds no violations on teacher, student and privacy pages', async ({
			page,
			context,
			baseURL
		}) => {
			test.setTimeout(90_000);
			const { key, codes } = await assign(baseURL!, mod.id, ['Period 1', 'Period 2']);
			const { device } = await joinAs(baseURL!, codes[0]!, 'Axe Tester');
			// some results, so the dashboard tables are not empty
			const { device: other } = await joinAs(baseURL!, codes[0]!, 'Second');
			await other.json(`/api/class/${codes[0]}/submissions`, {
				submissionId: crypto.randomUUID(),
				quizId: quiz.id,
				answers: Object.fromEntries(keys.map((k) => [k.itemId, k.answer]))
			});
			const pagesWithout = [
				'/teach',
				`/teach/${key}?created`,
				`/teach/${key}?section=all`,
				`/teach/${key}/delete`,
				'/class',
				`/class/${codes[1]}`,
				'/privacy'
			];
			for (const path of pagesWithout) {
				await page.goto(path);
				await expectNoAxeViolations(page);
			}
			await context.addCookies([...device.cookies].map(([name, value]) => ({ name, value, url: baseURL! })));
			for (const path of [`/class/${codes[0]}?welcome`, `/class/${codes[0]}/quiz/${quiz.id}`, '/class']) {
				await page.goto(path);
				await expectNoAxeViolations(page);
			}
			// the result of a submission, with the engine's feedback
			await page.goto(`/class/${codes[0]}/quiz/${quiz.id}`);
			await page.getByRole('button', { name: 'Submit my answers' }).click();
			await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
			await expectNoAxeViolations(page);
			// and a refusal: a taken nickname
			await page.goto(`/class/${codes[0]}`);
			await context.clearCookies();
			await page.goto(`/class/${codes[0]}`);
			await joinForm(page).getByLabel('Nickname').fill('Second');
			await joinForm(page).getByRole('button', { name: 'Join' }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	});
}

test('class pages fit a 360 px screen without sideways scrolling', async ({ page, baseURL, context }) => {
	const { key, codes } = await assign(baseURL!, mod.id, ['A rather long section name, period 7']);
	const { device } = await joinAs(baseURL!, codes[0]!, 'Narrow');
	await page.setViewportSize({ width: 360, height: 740 });
	const check = async (path: string) => {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	};
	for (const path of ['/teach', `/teach/${key}`, '/class', `/class/${codes[0]}`, '/privacy'])
		await check(path);
	await context.addCookies([...device.cookies].map(([name, value]) => ({ name, value, url: baseURL! })));
	for (const path of [`/class/${codes[0]}`, `/class/${codes[0]}/quiz/${quiz.id}`]) await check(path);
});
