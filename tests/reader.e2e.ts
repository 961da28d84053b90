import { expect, test } from '@playwright/test';
import { allFigures, sourceIds } from './helpers';

test('the sources page lists every article with its outlet and window', async ({ page }) => {
	await page.goto('/sources');
	await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
	const links = page.locator('main ul.sources li h3 a');
	await expect(links).toHaveCount(sourceIds().length);
	for (const id of sourceIds()) await expect(page.locator(`a[href="/sources/${id}"]`).first()).toBeVisible();
});

test('a source page shows the article verbatim with addressable paragraphs', async ({ page }) => {
	const id = sourceIds()[1]!;
	await page.goto(`/sources/${id}`);
	await expect(page.locator('#p01')).toBeVisible();
	// every paragraph has an id and a visible link to itself
	const paras = page.locator('.article [id^="p"]');
	expect(await paras.count()).toBeGreaterThan(5);
	await expect(page.getByRole('heading', { name: 'When was this written?' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Dates printed on the page' })).toBeVisible();
});

test('a figure link highlights its exact quote (JS on)', async ({ page }) => {
	const fig = allFigures().find((f) => f.metric === 'deaths')!;
	await page.goto('/figures');
	await page.locator(`#row-${fig.id} a[href$="#fig-${fig.id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/sources/${fig.source}#fig-${fig.id}$`));
	const target = page.locator(`#fig-${fig.id}`);
	await expect(target).toHaveText(fig.quote);
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
	const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
	const plain = await page
		.locator('.article p')
		.first()
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(bg).not.toBe(plain);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a figure address opens the article with the quote highlighted', async ({ page }) => {
		for (const fig of allFigures().filter((_, i) => i % 17 === 0)) {
			await page.goto(`/sources/${fig.source}#fig-${fig.id}`);
			const target = page.locator(`#fig-${fig.id}`);
			await expect(target).toHaveText(fig.quote);
			expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
			expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
				'rgba(0, 0, 0, 0)'
			);
		}
	});

	test('the figures table is complete without JS', async ({ page }) => {
		await page.goto('/figures');
		await expect(page.locator('main table').first().locator('tbody tr')).toHaveCount(allFigures().length);
		await expect(page.locator('select')).toHaveCount(0);
	});
});

test('an unknown source answers 404 with a page', async ({ page }) => {
	const res = await page.goto('/sources/999_0000000000000000');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
