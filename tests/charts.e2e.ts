import { expect, test, type Page } from '@playwright/test';
import { csvParseRows } from 'd3-dsv';
import { chartIds } from '../src/lib/charts/ids';
import { expectNoAxeViolations } from './helpers';

/** The drawing the reader sees (narrow or wide, whichever the space picked). */
const shownSvg = (page: Page, id: string) => page.locator(`#${id}-chart svg.sb-svg:visible`);

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	for (const id of chartIds) {
		test(`${id}: the chart is drawn in the prerendered HTML`, async ({ page }) => {
			await page.goto(`/charts/${id}`);
			const svg = shownSvg(page, id);
			await expect(svg).toHaveCount(1);
			const box = await svg.boundingBox();
			expect(box!.width).toBeGreaterThan(250);
			expect(box!.height).toBeGreaterThan(150);
			// marks and words are in the markup, not drawn by a script
			expect(await svg.locator('a.sb-datum:visible').count()).toBeGreaterThan(0);
			expect(await svg.locator('text').count()).toBeGreaterThan(5);
			await expect(page.locator(`#${id}-desc`)).toHaveText(/.{60,}/);
		});
	}

	test('every tab is a link to its panel, shown by the URL fragment', async ({ page }) => {
		await page.goto('/charts/timeline');
		await expect(page.locator('#timeline-chart')).toBeVisible();
		await expect(page.locator('#timeline-table')).toBeHidden();
		for (const tab of ['table', 'sources', 'download', 'embed', 'chart']) {
			await page.locator(`a[href="#timeline-${tab}"]`).click();
			await expect(page).toHaveURL(new RegExp(`#timeline-${tab}$`));
			await expect(page.locator(`#timeline-${tab}`)).toBeVisible();
			for (const other of ['chart', 'table', 'sources', 'download', 'embed'].filter((o) => o !== tab))
				await expect(page.locator(`#timeline-${other}`)).toBeHidden();
		}
	});

	test('the counting-method control works without a script', async ({ page }) => {
		await page.goto('/charts/deaths-over-time');
		const svg = shownSvg(page, 'deaths-over-time');
		const marks = (series: string) => svg.locator(`a.sb-datum[data-series="${series}"]:visible`).count();
		expect(await marks('killed')).toBeGreaterThan(10);
		expect(await marks('with-presumed')).toBe(0);
		await page.getByLabel('Including people presumed dead').check();
		expect(await marks('killed')).toBe(0);
		expect(await marks('with-presumed')).toBeGreaterThan(10);
	});

	test('a mark links to its highlighted sentence in the reader', async ({ page }) => {
		await page.goto('/charts/deaths-over-time');
		const mark = shownSvg(page, 'deaths-over-time').locator('a.sb-datum[href*="#fig-"]').first();
		const href = (await mark.getAttribute('href'))!;
		await mark.click();
		await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		const target = page.locator(':target');
		await expect(target).toHaveAttribute('id', href.split('#')[1]!);
		// highlighted by the reader's :target style
		expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	});

	test('a record mark links to its row of the reference record', async ({ page }) => {
		await page.goto('/charts/where');
		const mark = shownSvg(page, 'where').locator('a.sb-datum[href^="/reference#"]').first();
		const href = (await mark.getAttribute('href'))!;
		await mark.click();
		await expect(page.locator(':target')).toHaveAttribute('id', href.split('#')[1]!);
	});
});

for (const id of chartIds) {
	test(`${id}: the table shows exactly the rows of the CSV`, async ({ page, request }) => {
		const csv = csvParseRows(await (await request.get(`/charts/${id}.csv`)).text());
		await page.goto(`/charts/${id}`);
		await page.locator(`#${id}-tab-table`).click();
		const table = page.locator(`#${id}-table table`);
		await expect(table).toBeVisible();
		const head = await table
			.locator('thead th')
			.evaluateAll((ths) => ths.map((th) => th.textContent!.trim()));
		const rows = await table
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
			);
		expect(head).toEqual(csv[0]);
		expect(rows).toEqual(csv.slice(1));
		expect(rows.length).toBeGreaterThan(0);
	});
}

test('the Sources tab gives each mark’s quote and a link to the same sentence', async ({ page }) => {
	await page.goto('/charts/same-story');
	const markHrefs = await shownSvg(page, 'same-story')
		.locator('a.sb-datum')
		.evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
	await page.locator('#same-story-tab-sources').click();
	const listed = await page.locator('#same-story-sources ol > li').evaluateAll((lis) =>
		lis.map((li) => ({
			quote: li.querySelector('q')!.textContent!,
			href: li.querySelector('.links a')!.getAttribute('href')
		}))
	);
	expect(listed.every((l) => l.quote.length > 10)).toBe(true);
	expect(new Set(listed.map((l) => l.href))).toEqual(new Set(markHrefs));
});

test('marks show a tooltip on focus and hover; arrows move between them; Escape hides it', async ({
	page
}) => {
	await page.goto('/charts/deaths-over-time');
	const svg = shownSvg(page, 'deaths-over-time');
	const tip = page.locator('#deaths-over-time-chart .sb-tip');
	await expect(tip).toBeHidden();
	// the chart is one stop in the tab order
	const stops = await svg.locator('a.sb-datum[tabindex="0"]:visible').count();
	expect(stops).toBe(1);
	await svg.locator('a.sb-datum[tabindex="0"]:visible').focus();
	await expect(tip).toBeVisible();
	const first = await tip.locator('strong').textContent();
	await page.keyboard.press('ArrowRight');
	await expect(tip.locator('strong')).not.toHaveText(first!);
	const focused = await page.evaluate(() => document.activeElement?.getAttribute('tabindex'));
	expect(focused).toBe('0');
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	const report = svg.locator('a.sb-datum[href*="#fig-"]').first();
	await report.hover();
	await expect(tip).toBeVisible();
	await expect(tip.locator('strong')).toHaveText(/^“/);
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
	test('a first tap on a mark shows what it is; a second follows its link', async ({ page }) => {
		await page.goto('/charts/deaths-over-time');
		const tip = page.locator('#deaths-over-time-chart .sb-tip');
		const mark = shownSvg(page, 'deaths-over-time').locator('a.sb-datum[href*="#fig-"]').first();
		const href = (await mark.getAttribute('href'))!;
		await mark.tap();
		await expect(tip).toBeVisible();
		await expect(page).toHaveURL(/\/charts\/deaths-over-time$/);
		await mark.tap();
		await expect(page).toHaveURL(new RegExp(`${href.split('#')[1]}$`));
	});
});

test('the tabs are ARIA tabs with JavaScript: arrow keys move, the panel follows', async ({ page }) => {
	await page.goto('/charts/where');
	const tab = (name: string) => page.locator(`#where-tab-${name}`);
	await expect(tab('chart')).toHaveAttribute('aria-selected', 'true');
	await tab('chart').focus();
	await page.keyboard.press('ArrowRight');
	await expect(tab('table')).toBeFocused();
	await expect(tab('table')).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('#where-table')).toBeVisible();
	await expect(page.locator('#where-chart')).toBeHidden();
});

test('downloads: a standalone SVG, metadata with the data version, a PNG with its labels drawn', async ({
	page,
	request
}) => {
	const svg = await request.get('/charts/timeline.svg');
	expect(svg.headers()['content-type']).toContain('image/svg+xml');
	const text = await svg.text();
	expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	expect(text).not.toContain('var(--');

	const meta = await (await request.get('/charts/timeline.json')).json();
	expect(meta).toMatchObject({
		id: 'timeline',
		licence: { name: expect.any(String) },
		data: { version: expect.stringMatching(/^[0-9a-f]{10}$/) }
	});
	expect(meta.sources.length).toBeGreaterThan(10);
	expect(text).toContain(meta.data.version);

	// decode the PNG in the browser and look at the title's area: it must not be blank
	const png = await request.get('/charts/timeline.png');
	expect(png.headers()['content-type']).toBe('image/png');
	const b64 = (await png.body()).toString('base64');
	await page.goto('/charts');
	const share = await page.evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.width;
		canvas.height = img.height;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const { data: px } = ctx.getImageData(32, 32, 400, 36);
		let dark = 0;
		for (let i = 0; i < px.length; i += 4) if (px[i]! < 128 && px[i + 1]! < 128 && px[i + 2]! < 128) dark++;
		return { dark: dark / (px.length / 4), width: img.width };
	}, b64);
	expect(share.width).toBeGreaterThan(1000);
	expect(share.dark).toBeGreaterThan(0.04);
});

test('chart pages announce their oEmbed endpoint', async ({ page, request }) => {
	await page.goto('/charts/where');
	const href = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	const u = new URL(href!);
	expect(u.pathname).toBe('/oembed');
	expect(new URL(u.searchParams.get('url')!).pathname).toBe('/charts/where');
	expect(u.searchParams.get('format')).toBe('json');
	// the same query, asked of this server, answers
	const res = await request.get(
		`/oembed?url=${encodeURIComponent(new URL('/charts/where', page.url()).href)}&format=json`
	);
	expect(res.status()).toBe(200);
});

test('mobile width: no horizontal page scroll at 360 px on chart pages', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/charts', ...chartIds.map((id) => `/charts/${id}`)]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of ['/charts', ...chartIds.map((id) => `/charts/${id}`)]) {
			test(`no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				await expectNoAxeViolations(page);
			});
		}
		test('no violations in any tab of a chart', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto('/charts/deaths-over-time');
			for (const tab of ['table', 'sources', 'download', 'embed']) {
				await page.locator(`#deaths-over-time-tab-${tab}`).click();
				await expect(page.locator(`#deaths-over-time-${tab}`)).toBeVisible();
				await expectNoAxeViolations(page);
			}
		});
	});
}
