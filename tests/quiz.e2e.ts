import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers';

/** The quiz files, read independently of the app's loader. */
interface RawItem {
	id: string;
	type: string;
	[k: string]: unknown;
}
interface RawQuiz {
	id: string;
	title: string;
	order?: number;
	items: RawItem[];
}
const quizzes: RawQuiz[] = readdirSync('content/quizzes')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(`content/quizzes/${f}`, 'utf8')) as RawQuiz);
const quiz = (id: string) => quizzes.find((q) => q.id === id)!;

/** Press Tab until `target` has focus (keyboard only: no clicks, no programmatic focus). */
async function tabTo(page: Page, target: Locator, max = 600) {
	const el = await target.elementHandle();
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((e) => document.activeElement === e, el)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with Tab`);
}

/** Choose a radio by keyboard: Tab into its group, then arrow keys (which select as they move). */
async function chooseRadio(page: Page, section: Locator, name: string, value: string) {
	const group = section.locator(`input[type=radio][name="${name}"]`);
	const values = await group.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	await tabTo(page, group.first());
	for (let i = 0; i < values.indexOf(value); i++) await page.keyboard.press('ArrowDown');
	// Tab only focuses the first radio of an unchosen group; Space chooses the focused one
	await page.keyboard.press('Space');
	await expect(section.locator(`input[type=radio][name="${name}"][value="${value}"]`)).toBeChecked();
}
async function tick(page: Page, box: Locator) {
	await tabTo(page, box);
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
}
/** Tick, in the order they appear (options are shuffled), the boxes named `name` whose value is wanted. */
async function tickAll(page: Page, section: Locator, name: string, wanted: string[]) {
	const boxes = section.locator(`input[type=checkbox][name="${name}"]`);
	const values = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	for (const v of values)
		if (wanted.includes(v)) await tick(page, section.locator(`input[name="${name}"][value="${v}"]`));
}
/** The index of the first word of each phrase in a "mark the words" passage, in reading order. */
async function firstWords(section: Locator, quotes: string[]) {
	const text = (await section.locator('label.word').allTextContents()).join(' ');
	return quotes.map((q) => text.slice(0, text.indexOf(q)).split(' ').length - 1).sort((a, b) => a - b);
}
/** Mark words by keyboard in a "mark the words" passage: Tab into it once, arrows to each word, Space. */
async function markByKeys(page: Page, section: Locator, indices: number[]) {
	const words = section.locator('.words input[type=checkbox]');
	await tabTo(page, words.first());
	let at = 0;
	for (const i of indices) {
		for (; at < i; at++) await page.keyboard.press('ArrowRight');
		await expect(words.nth(i)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(words.nth(i)).toBeChecked();
	}
}
/** The names of the radio groups / selects in a section, in the order they appear. */
const namesInOrder = (section: Locator, selector: string) =>
	section.locator(selector).evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
async function chooseInSelect(page: Page, select: Locator, value: string) {
	await tabTo(page, select);
	for (let i = 0; i < 12 && (await select.inputValue()) !== value; i++)
		await page.keyboard.press('ArrowDown');
	await expect(select).toHaveValue(value);
}

/** Answer one item correctly with the keyboard only, from the key in the YAML. */
async function answerByKeyboard(page: Page, section: Locator, it: RawItem) {
	const key = it as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
	switch (it.type) {
		case 'single':
			return chooseRadio(page, section, it.id, key.options.find((o: { correct?: boolean }) => o.correct).id);
		case 'multiple':
			return tickAll(
				page,
				section,
				it.id,
				key.options.filter((o: { correct?: boolean }) => o.correct).map((o: { id: string }) => o.id)
			);
		case 'truefalse':
			return chooseRadio(page, section, it.id, String(key.answer));
		case 'mark':
			return markByKeys(
				page,
				section,
				await firstWords(
					section,
					key.targets.map((t: { quote: string }) => t.quote)
				)
			);
		case 'order': {
			const ids: string[] = key.entries.map((e: { id: string }) => e.id);
			for (let i = 0; i < ids.length; i++) {
				const current = await section
					.locator('select[id$="-select"]')
					.evaluateAll((els) => els.map((e) => e.id));
				const j = current.findIndex((x) => x.endsWith(`-${ids[i]}-select`));
				if (j === i) continue;
				await tabTo(page, section.locator(`button[id$="-${ids[i]}-up"]`));
				for (let k = 0; k < j - i; k++) await page.keyboard.press('Enter');
			}
			return;
		}
		case 'match':
			for (const name of await namesInOrder(section, 'select')) {
				const pair = key.pairs.find((p: { id: string }) => `${it.id}:${p.id}` === name);
				await chooseInSelect(page, section.locator(`select[name="${name}"]`), pair.answer);
			}
			return;
		case 'numeric':
			await tabTo(page, section.locator(`input[name="${it.id}"]`));
			return page.keyboard.type(String(key.answer));
		case 'categorize':
			for (const name of await namesInOrder(
				section,
				`input[type=radio][name^="${it.id}:"]:not([name$=":confidence"])`
			)) {
				const s = key.statements.find((x: { id: string }) => `${it.id}:${x.id}` === name);
				await chooseRadio(page, section, name, s.category);
			}
			return;
		case 'rate':
			await chooseRadio(page, section, it.id, key.answer);
			await tabTo(page, section.locator('textarea'));
			await page.keyboard.type(key.model_answer);
			return tickAll(
				page,
				section,
				`${it.id}:rubric`,
				key.rubric.map((_: unknown, i: number) => String(i))
			);
		case 'compare':
			await chooseRadio(page, section, it.id, key.answer);
			return tickAll(
				page,
				section,
				`${it.id}:reasons`,
				key.reasons.filter((r: { correct?: boolean }) => r.correct).map((r: { id: string }) => r.id)
			);
	}
}

/** A first choice everywhere: the first radio of each group, the first box of each item, the first option of each menu. */
async function answerAnything(page: Page) {
	for (const section of await page.locator('.qz-item').all()) {
		for (const name of await namesInOrder(section, 'input[type=radio]'))
			await section.locator(`input[type=radio][name="${name}"]`).first().check();
		const box = section.locator('label:has(input[type=checkbox])').first();
		if (await box.count()) await box.click();
		for (const select of await section.locator('select:not([id$="-select"])').all())
			await select.selectOption({ index: 1 });
		const order = section.locator('select[id$="-select"]').first();
		if (await order.count()) await order.selectOption({ index: 1 });
		for (const input of await section.locator('input[type=text]').all()) await input.fill('12');
		for (const input of await section.locator('input[type=date]').all()) await input.fill('2025-10-01');
		for (const area of await section.locator('textarea').all())
			await area.fill('Who is behind it is not said here.');
	}
}

const hydrated = (page: Page) => expect(page.getByRole('button', { name: 'See my results' })).toBeVisible();

test('the quiz list shows every quiz with a working link', async ({ page }) => {
	await page.goto('/quizzes');
	await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
	const sorted = [...quizzes].sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
	const links = page.locator('main .quizzes h2 a');
	await expect(links).toHaveText(sorted.map((q) => q.title));
	await links.first().click();
	await expect(page).toHaveURL(`/quizzes/${sorted[0]!.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(sorted[0]!.title);
	await expect(page.locator('nav a[href="/quizzes"]')).toHaveAttribute('aria-current', 'page');
});

test('a whole quiz, keyboard only: every item right, feedback announced, results reached', async ({
	page
}) => {
	test.setTimeout(120_000);
	const q = quiz('attribution');
	await page.goto(`/quizzes/${q.id}`);
	await hydrated(page);
	for (const [i, it] of q.items.entries()) {
		const section = page.locator(`#q-${it.id}`);
		await answerByKeyboard(page, section, it);
		if (i === 0) await chooseRadio(page, section, `${it.id}:confidence`, 'high');
		const live = section.locator('[aria-live]');
		await tabTo(page, section.getByRole('button', { name: `Check answer to question ${i + 1}` }));
		await page.keyboard.press('Enter');
		// feedback goes to a polite live region, which screen readers announce
		await expect(live).toHaveAttribute('aria-live', 'polite');
		await expect(live, it.id).toContainText('Right.');
		await expect(live).toContainText(String(it.rationale).slice(0, 30));
		// focus stays on the same button, now "Try again"
		await expect(page.locator(':focus')).toHaveText('Try again');
	}
	await tabTo(page, page.getByRole('button', { name: 'See my results' }));
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { name: 'Your results' });
	await expect(heading).toBeFocused();
	await expect(page.locator('.results')).toContainText(
		`You scored ${q.items.length} out of ${q.items.length} (100%).`
	);
	await expect(page.locator('.results')).toContainText('Nothing to review');
	await expectNoAxeViolations(page);
});

test('"mark the words" is one Tab stop: arrows move, Space marks, Tab leaves, the marks are graded', async ({
	page
}) => {
	const q = quiz('dating');
	const it = q.items.find((x) => x.type === 'mark')!;
	const targets = it.targets as { quote: string }[];
	await page.goto(`/quizzes/${q.id}`);
	await hydrated(page);
	const section = page.locator(`#q-${it.id}`);
	const words = section.locator('.words input[type=checkbox]');
	const count = await words.count();
	// one group, named by the help text that says how to use the keys; one word in the tab order
	await expect(section.getByRole('group', { name: /arrow keys/ })).toHaveCount(1);
	const tabStops = () =>
		words.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex >= 0).length);
	expect(await tabStops()).toBe(1);
	await tabTo(page, words.first());
	// End, Home, Left at the start, Down and Up move focus word by word
	await page.keyboard.press('End');
	await expect(words.nth(count - 1)).toBeFocused();
	await page.keyboard.press('Home');
	await expect(words.first()).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(words.first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(words.nth(1)).toBeFocused();
	// Space marks and unmarks
	await page.keyboard.press('Space');
	await expect(words.nth(1)).toBeChecked();
	await page.keyboard.press('Space');
	await expect(words.nth(1)).not.toBeChecked();
	await page.keyboard.press('ArrowUp');
	await expect(words.first()).toBeFocused();
	const indices = await firstWords(
		section,
		targets.map((t) => t.quote)
	);
	await markByKeys(page, section, indices);
	expect(await tabStops()).toBe(1);
	// one Tab leaves the passage (to the link under it); Shift+Tab comes back to the last word focused
	await page.keyboard.press('Tab');
	await expect(section.locator('.words + p a')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(words.nth(indices.at(-1)!)).toBeFocused();
	await page.keyboard.press('Tab');
	await tabTo(page, section.getByRole('button', { name: /Check answer/ }));
	await page.keyboard.press('Enter');
	await expect(section.locator('[aria-live]')).toContainText('Right.');
	for (const t of targets) await expect(section.locator('.marks')).toContainText(`Found: “${t.quote}”`);
	await expect(words.nth(indices[0]!).locator('xpath=..')).toHaveAttribute('data-state', 'found');
});

test('wrong and partial answers get feedback per option, linked to the passage; retry reshuffles', async ({
	page
}) => {
	const q = quiz('attribution');
	const it = q.items.find((x) => x.type === 'multiple')!;
	await page.goto(`/quizzes/${q.id}`);
	await hydrated(page);
	const section = page.locator(`#q-${it.id}`);
	const order = () =>
		section
			.locator(`input[name="${it.id}"]`)
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	const before = await order();
	const options = it.options as { id: string; correct?: boolean }[];
	const right = options.find((o) => o.correct)!;
	const wrong = options.filter((o) => !o.correct);
	await section.locator(`input[value="${right.id}"]`).check();
	await section.getByRole('button', { name: /Check answer/ }).click();
	await expect(section.locator('[aria-live]')).toContainText('Partly right');
	// every option shows its state and feedback, right ones included
	await expect(section.locator('.qz-fb')).toHaveCount(options.length);
	await expect(section.locator('.qz-state[data-state="right"]')).toHaveCount(1);
	await expect(section.locator('.qz-state[data-state="missed"]')).toHaveCount(
		options.length - wrong.length - 1
	);
	const link = section.locator('.qz-feedback a').first();
	await expect(link).toHaveAttribute('href', /^\/sources\/\d{3}_[0-9a-f]{16}#(p\d+|fig-|note-)/);
	// try again: cleared and shuffled differently
	await section.getByRole('button', { name: /Try question/ }).click();
	await expect(section.locator('.qz-fb')).toHaveCount(0);
	await expect(section.locator(`input[name="${it.id}"]:checked`)).toHaveCount(0);
	const orders = new Set([before.join()]);
	orders.add((await order()).join());
	expect(orders.size).toBe(2);
	// the feedback link opens the article with the passage highlighted
	await section.locator(`input[value="${wrong[0]!.id}"]`).check();
	await section.getByRole('button', { name: /Check answer/ }).click();
	const href = (await section.locator('.qz-feedback a').first().getAttribute('href'))!;
	await section.locator('.qz-feedback a').first().click();
	await expect(page).toHaveURL(href);
	const target = page.locator(`[id="${href.split('#')[1]}"]`);
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('progress is kept on the device and resumes; start over clears it', async ({ page }) => {
	const q = quiz('dating');
	const it = q.items.find((x) => x.type === 'single')!;
	const choice = (it.options as { id: string; correct?: boolean }[]).find((o) => !o.correct)!.id;
	await page.goto(`/quizzes/${q.id}`);
	await hydrated(page);
	await page.locator(`#q-${it.id} input[value="${choice}"]`).check();
	await page
		.locator(`#q-${it.id}`)
		.getByRole('button', { name: /Check answer/ })
		.click();
	await expect(page.locator(`#q-${it.id} [aria-live]`)).toContainText('Not right');
	await page.reload();
	await hydrated(page);
	await expect(page.getByText('Welcome back')).toBeVisible();
	await expect(page.locator(`#q-${it.id} input[value="${choice}"]`)).toBeChecked();
	await expect(page.locator(`#q-${it.id} .qz-feedback`)).toContainText('Not right');
	await page.getByRole('button', { name: 'Start over with new order' }).click();
	await expect(page.locator(`#q-${it.id} input:checked`)).toHaveCount(0);
	await page.reload();
	await hydrated(page);
	await expect(page.getByText('Welcome back')).toHaveCount(0);
	// the list shows progress too
	await page.locator(`#q-${it.id} input[value="${choice}"]`).check();
	await page.goto('/quizzes');
	await expect(page.locator('main')).toContainText('1 of 10 answered on this device');
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every item can be read, and submitting gives a score from the server', async ({ page }) => {
		const q = quiz('claims-to-check');
		await page.goto(`/quizzes/${q.id}`);
		await expect(page.locator('.qz-item')).toHaveCount(q.items.length);
		await expect(page.locator('noscript .advisory')).toContainText('JavaScript is off');
		await expect(page.locator('noscript .advisory')).toBeVisible();
		for (const it of q.items)
			await expect(page.locator(`#q-${it.id}`)).toContainText(String(it.prompt).slice(0, 40));
		// answer two items right, one wrong
		const tf = q.items.find((x) => x.type === 'truefalse')!;
		const num = q.items.find((x) => x.type === 'numeric')!;
		const single = q.items.find((x) => x.type === 'single')!;
		await page.locator(`input[name="${tf.id}"][value="${tf.answer}"]`).check();
		await page.locator(`input[name="${num.id}"]`).fill(String(num.answer));
		const wrong = (single.options as { id: string; correct?: boolean }[]).find((o) => !o.correct)!;
		await page.locator(`input[name="${single.id}"][value="${wrong.id}"]`).check();
		await page.getByRole('button', { name: 'Submit for a score' }).click();
		await expect(page).toHaveURL(`/quizzes/${q.id}/check`);
		await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
		await expect(page.locator('.results')).toContainText(`You scored 2 out of ${q.items.length}`);
		await expect(page.locator(`#q-${tf.id} .qz-feedback`)).toContainText('Right.');
		await expect(page.locator(`#q-${single.id} .qz-feedback`)).toContainText('Not right');
		await expect(page.locator(`#q-${single.id} .qz-state[data-state="wrong"]`)).toHaveCount(1);
		await expect(page.locator(`#q-${tf.id} input[value="${tf.answer}"]`)).toBeChecked();
		await expect(page.locator(`#q-${single.id}`).getByRole('link', { name: 'Try again' })).toHaveAttribute(
			'href',
			`/quizzes/${q.id}#q-${single.id}`
		);
	});

	test('a single practice item posts on its own', async ({ request, baseURL }) => {
		const res = await request.post('/quizzes/attribution/check?item=attribution-04', {
			form: { 'attribution-04': 'false' },
			// a form post from the site itself (SvelteKit refuses cross-site form posts)
			headers: { origin: new URL(baseURL!).origin, accept: 'text/html' }
		});
		expect(res.status()).toBe(200);
		const html = await res.text();
		expect(html).toContain('Right.');
		expect(html.match(/class="qz-item/g)).toHaveLength(1);
	});
});

test('bad requests get a clear 4xx, never a 500', async ({ request, page, baseURL }) => {
	const origin = { origin: new URL(baseURL!).origin, accept: 'text/html' };
	expect(
		(await request.post('/quizzes/no-such-quiz/check', { form: { a: 'b' }, headers: origin })).status()
	).toBe(404);
	expect(
		(
			await request.post('/quizzes/attribution/check?item=nope-01', { form: { a: 'b' }, headers: origin })
		).status()
	).toBe(404);
	const junk = await request.post('/quizzes/attribution/check', {
		form: { 'attribution-07': 'lots', 'attribution-06:weeks': 'x'.repeat(500), 'attribution-01': '-3' },
		headers: origin
	});
	expect(junk.status()).toBe(200);
	expect(await junk.text()).toContain('You scored 0 out of 9');
	const res = await page.goto('/quizzes/attribution/check');
	expect(page.url()).toMatch(/\/quizzes\/attribution$/);
	expect(res?.status()).toBe(200);
	expect((await page.goto('/quizzes/no-such-quiz'))?.status()).toBe(404);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of ['/quizzes', ...quizzes.map((q) => `/quizzes/${q.id}`)])
			test(`no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				await expectNoAxeViolations(page);
			});
		test('no violations on the server-graded results page', async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto('/quizzes/numbers');
			await hydrated(page);
			await answerAnything(page);
			// a native submit, as a browser without JavaScript does it (bypasses the page's own handlers)
			await page.evaluate(() => document.querySelector<HTMLFormElement>('form.quiz')!.submit());
			await expect(page).toHaveURL('/quizzes/numbers/check');
			await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
			await expectNoAxeViolations(page);
		});
		for (const id of ['claims-to-check', 'dating'])
			test(`no violations on /quizzes/${id} with every kind of feedback showing`, async ({ page }) => {
				test.setTimeout(90_000);
				await page.goto(`/quizzes/${id}`);
				await hydrated(page);
				// answer something everywhere (right or wrong), finish: every kind of feedback shows, then the results
				await answerAnything(page);
				await page.getByRole('button', { name: 'See my results' }).click();
				await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
				await expectNoAxeViolations(page);
			});
	});
}

test('quiz pages fit 360 px without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/quizzes', ...quizzes.map((q) => `/quizzes/${q.id}`)]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
