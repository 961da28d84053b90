/**
 * A student in a class on a slow connection: answers given on the class quiz page before the JavaScript has
 * loaded must survive hydration and be the ones submitted (the result on the page and the teacher's CSV); after a
 * refusal, what the student changed in the returned answers before hydration (a cleared box) is kept too.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { assign, assignableModule, clickableKeys, joinAs } from './teach-helpers';

const mod = assignableModule();
const quiz = mod.quizzes[0]!;
const keys = clickableKeys(quiz);
const numeric = quiz.items.find((it) => it.type === 'numeric');

const scripts = '**/_app/immutable/**/*.js';

/** Hold every app script until `release()` is called: the page stays as the server rendered it (styles load). */
async function holdScripts(page: Page) {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(scripts, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

/** A student of a new class, joined in this browser context: the teacher's key and the quiz page's path. */
async function student(context: BrowserContext, baseURL: string, nickname: string) {
	expect(keys.length, 'single-choice or true/false items in the module’s first quiz').toBeGreaterThan(0);
	expect(numeric, 'a numeric item in the module’s first quiz').toBeDefined();
	// the order list's Up and Down buttons appear once the JavaScript runs: the sign the page has hydrated
	expect(
		quiz.items.some((it) => it.type === 'order'),
		'an order item in the module’s first quiz'
	).toBe(true);
	const { key, codes } = await assign(baseURL, mod.id, ['Slow link']);
	const { device } = await joinAs(baseURL, codes[0]!, nickname);
	await context.addCookies([...device.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
	return { key, path: `/class/${codes[0]}/quiz/${quiz.id}` };
}

const moveButtons = (page: Page) => page.getByRole('button', { name: /^Move “.*” (up|down)$/ });
const numberBox = (page: Page) => page.locator(`#q-${numeric!.id} input[name="${numeric!.id}"]`);
const radio = (page: Page, k: (typeof keys)[number]) =>
	page.locator(`#q-${k.itemId}`).getByRole('radio', { name: k.label, exact: true });
const percentOf = (right: number) => Math.round((right / quiz.items.length) * 100);

/** Submit (with JavaScript) and check the result: the score and "Right." or "Not answered." for the items. */
async function submitAndSee(page: Page, right: string[], blank: string[]) {
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	const result = page.locator('#result');
	await expect(result.getByRole('heading', { name: 'Your result' })).toBeVisible();
	await expect(result.getByText(`You scored ${percentOf(right.length)}%`)).toBeVisible();
	for (const id of right)
		await expect(result.locator(`#q-${id} .qz-feedback .qz-status`)).toHaveText('Right.');
	for (const id of blank)
		await expect(result.locator(`#q-${id} .qz-feedback .qz-status`)).toHaveText('Not answered.');
}

test.describe('the class quiz page before its JavaScript arrives', () => {
	test.describe.configure({ timeout: 60_000 });
	// a first visit: no service worker serves the scripts from its cache (page.route would not see them)
	test.use({ serviceWorkers: 'block' });

	test('answers given before hydration are kept and submitted; the teacher sees them', async ({
		page,
		context,
		baseURL
	}) => {
		const { key, path } = await student(context, baseURL!, 'Slow Sloth');
		const release = await holdScripts(page);
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		await expect(moveButtons(page)).toHaveCount(0);
		for (const k of keys) await radio(page, k).check();
		await numberBox(page).fill(String(numeric!.answer));

		release();
		await expect(moveButtons(page).first()).toBeVisible();
		// the inputs still show the choices after hydration
		for (const k of keys) await expect(radio(page, k)).toBeChecked();
		await expect(numberBox(page)).toHaveValue(String(numeric!.answer));
		await submitAndSee(page, [...keys.map((k) => k.itemId), numeric!.id], []);

		// what the teacher sees is what was chosen
		const csv = await (await page.request.get(`/teach/${key}/results.csv`)).text();
		const row = csvParse(csv.replace(/^\ufeff/, '')).find(
			(r) => r.nickname === 'Slow Sloth' && r.quiz === quiz.title
		);
		expect(row).toMatchObject({ section: 'Slow link', attempts: '1' });
		expect(Number(row!.first)).toBeCloseTo(((keys.length + 1) / quiz.items.length) * 100, 0);
	});

	test('after a refusal, an answer cleared before hydration stays cleared', async ({
		page,
		context,
		baseURL
	}) => {
		const { path } = await student(context, baseURL!, 'Slow Snail');
		const release = await holdScripts(page);
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		await expect(moveButtons(page)).toHaveCount(0);
		for (const k of keys) await radio(page, k).check();
		await numberBox(page).fill(String(numeric!.answer));
		// a form the server refuses (no JavaScript yet: a plain post), which comes back with the answers in it
		await page
			.locator('input[name="submissionId"]')
			.evaluate((e) => ((e as HTMLInputElement).value = 'nope'));
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('alert')).toContainText('Each submission needs an id');
		for (const k of keys) await expect(radio(page, k)).toBeChecked();
		await expect(numberBox(page)).toHaveValue(String(numeric!.answer));
		await expect(moveButtons(page)).toHaveCount(0);
		await numberBox(page).fill('');

		release();
		await expect(moveButtons(page).first()).toBeVisible();
		for (const k of keys) await expect(radio(page, k)).toBeChecked();
		await expect(numberBox(page)).toHaveValue('');
		await submitAndSee(
			page,
			keys.map((k) => k.itemId),
			[numeric!.id]
		);
	});
});
