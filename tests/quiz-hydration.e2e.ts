import { expect, test, type Page } from '@playwright/test';
import { contentYaml } from './helpers';

/** Answers given on a slow connection, before the JavaScript has loaded, must survive hydration. */
interface RawItem {
	id: string;
	type: string;
	options?: { id: string; correct?: boolean }[];
	targets?: { quote: string }[];
}
const attribution = contentYaml<{ id: string; items: RawItem[] }>('quizzes').find(
	(q) => q.id === 'attribution'
)!;
const itemOf = (type: string) => attribution.items.find((x) => x.type === type)!;

/** Hold every app script until `release()` is called: the page stays as the server rendered it (styles load). */
async function holdScripts(page: Page) {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		if (route.request().url().endsWith('.js')) await gate;
		await route.continue();
	});
	return release;
}

test('answers clicked before hydration are kept and graded once the JavaScript arrives', async ({ page }) => {
	const single = itemOf('single');
	const multiple = itemOf('multiple');
	const mark = itemOf('mark');
	const wrong = single.options!.find((o) => !o.correct)!.id;
	const right = multiple.options!.filter((o) => o.correct).map((o) => o.id);

	const release = await holdScripts(page);
	await page.goto(`/quizzes/${attribution.id}`, { waitUntil: 'domcontentloaded' });
	// not hydrated: the button still says what it does without JavaScript
	await expect(page.getByRole('button', { name: 'Submit for a score' })).toBeVisible();
	await page.locator(`#q-${single.id} input[value="${wrong}"]`).check();
	for (const id of right) await page.locator(`#q-${multiple.id} input[value="${id}"]`).check();
	// a mark: every word of the first target phrase
	const words = await page.locator(`#q-${mark.id} label.word`).allTextContents();
	const text = words.join(' ');
	const quote = mark.targets![0]!.quote;
	const first = text.slice(0, text.indexOf(quote)).split(' ').length - 1;
	await page.locator(`#q-${mark.id} label.word`).nth(first).click();
	await expect(page.locator(`#q-${mark.id} input[value="${first}"]`)).toBeChecked();
	await expect(page.getByRole('button', { name: 'See my results' })).toHaveCount(0);

	release();
	await expect(page.getByRole('button', { name: 'See my results' })).toBeVisible();
	// nothing was kept on this device before: not a "welcome back"
	await expect(page.getByText('Welcome back')).toHaveCount(0);
	// the inputs still show the choices, and grading sees them
	await expect(page.locator(`#q-${single.id} input[value="${wrong}"]`)).toBeChecked();
	for (const id of right) await expect(page.locator(`#q-${multiple.id} input[value="${id}"]`)).toBeChecked();
	await expect(page.locator(`#q-${mark.id} input[value="${first}"]`)).toBeChecked();

	const check = async (id: string) => {
		await page
			.locator(`#q-${id}`)
			.getByRole('button', { name: /Check answer/ })
			.click();
		return page.locator(`#q-${id} [aria-live]`);
	};
	await expect(await check(single.id)).toContainText('Not right');
	await expect(page.locator(`#q-${single.id} .qz-choice[data-state="wrong"] input`)).toHaveValue(wrong);
	await expect(await check(multiple.id)).toContainText('Right.');
	// one of two phrases found: partly right, and that phrase is listed as found
	await expect(await check(mark.id)).toContainText('Partly right');
	await expect(page.locator(`#q-${mark.id} .marks`)).toContainText(`Found: “${quote}”`);
});
