import { expect, test } from '@playwright/test';
import { allFigures } from './helpers';

test('every figure is a row, each linking to its highlighted sentence', async ({ page }) => {
	await page.goto('/figures');
	const rows = page.locator('main table').first().locator('tbody tr');
	const figs = allFigures();
	await expect(rows).toHaveCount(figs.length);
	for (const f of figs) {
		await expect(page.locator(`#row-${f.id} a[href="/sources/${f.source}#fig-${f.id}"]`)).toHaveCount(1);
	}
});

test('filter by metric and by article (JS on)', async ({ page }) => {
	await page.goto('/figures');
	const rows = page.locator('main table').first().locator('tbody tr');
	await page.getByLabel('Metric', { exact: true }).selectOption('deaths');
	const deaths = allFigures().filter((f) => f.metric === 'deaths');
	await expect(rows).toHaveCount(deaths.length);
	await expect(page.getByRole('status')).toHaveText(
		`${deaths.length} of ${allFigures().length} figures shown`
	);
	for (const cell of await rows.locator('td:nth-child(3)').allTextContents()) expect(cell).toBe('deaths');
	const first = deaths[0]!.source;
	await page.getByLabel('Article', { exact: true }).selectOption(first);
	await expect(rows).toHaveCount(deaths.filter((f) => f.source === first).length);
});

test('sort by value both ways, announced through aria-sort', async ({ page }) => {
	await page.goto('/figures');
	await page.getByLabel('Metric', { exact: true }).selectOption('deaths');
	const header = page.getByRole('button', { name: 'Sort by Value' });
	await header.click();
	await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
	const values = async () =>
		(await page.locator('main table').first().locator('tbody tr td:nth-child(4)').allTextContents()).map(
			(v) => Number(v.replace(/[^\d.]/g, ''))
		);
	const asc = await values();
	expect(asc).toEqual([...asc].sort((a, b) => a - b));
	await header.click();
	await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
	const desc = await values();
	expect(desc).toEqual([...asc].sort((a, b) => b - a));
});

test('each figure has its own page with the sentence in context and a link into the article', async ({
	page
}) => {
	const fig = allFigures().find((f) => f.metric === 'deaths')!;
	await page.goto('/figures');
	await page.locator(`#row-${fig.id} a.permalink`).click();
	await expect(page).toHaveURL(new RegExp(`/figures/${fig.id}$`));
	await expect(page.locator('blockquote .quote')).toHaveText(fig.quote);
	await page.getByRole('link', { name: 'Read it in the whole article' }).click();
	await expect(page).toHaveURL(new RegExp(`/sources/${fig.source}#fig-${fig.id}$`));
});
