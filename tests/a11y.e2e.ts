import { test } from '@playwright/test';
import { allFigures, expectNoAxeViolations, sourceIds } from './helpers';

const pages = [
	'/',
	'/sources',
	`/sources/${sourceIds()[0]}`,
	`/sources/${sourceIds()[2]}`,
	'/figures',
	`/figures/${allFigures()[0]!.id}`,
	'/reference',
	'/sources/999_0000000000000000'
];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of pages) {
			test(`no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				await expectNoAxeViolations(page);
			});
		}
	});
}

test('mobile width: no horizontal page scroll at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of pages) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		test.expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
