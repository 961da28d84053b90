import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { chartIds } from '../src/lib/charts/ids';
import { expectNoAxeViolations } from './helpers';

/**
 * A second origin for the host pages: a throwaway server on another host name and port ("localhost" vs the
 * site's 127.0.0.1), serving whatever HTML a test puts in `host.html`.
 */
const host = { html: '', server: undefined as Server | undefined, origin: '' };
test.beforeAll(async () => {
	host.server = createServer((_req, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(host.html);
	});
	await new Promise<void>((done) => host.server!.listen(0, '127.0.0.1', done));
	host.origin = `http://localhost:${(host.server!.address() as AddressInfo).port}`;
});
test.afterAll(() => host.server?.close());

const siteOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** The archived versions kept in content/ (one folder per chart). */
const archived = chartIds.flatMap((id) => {
	try {
		return readdirSync(`content/charts/snapshots/${id}`).map((f) => ({
			id,
			version: f.replace(/\.yaml$/, '')
		}));
	} catch {
		return [];
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const id of chartIds) {
		test(`/embed/${id} paints the chart, its source line and a link back, without site chrome`, async ({
			page
		}) => {
			await page.goto(`/embed/${id}`);
			const svg = page.locator('svg.sb-svg:visible');
			await expect(svg).toHaveCount(1);
			expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
			await expect(page.locator('nav, header, footer')).toHaveCount(0);
			await expect(page.getByText('Source:')).toBeVisible();
			await expect(page.locator(`a[href$="/charts/${id}"]`)).toBeVisible();
		});
	}

	test('the stated default height shows the whole embed at widths from 320 to 1000 px', async ({
		page,
		request
	}) => {
		test.setTimeout(120_000);
		for (const id of chartIds) {
			const height: number = (await (await request.get(`/charts/${id}.json`)).json()).embed.height;
			expect(height, id).toBeGreaterThan(300);
			for (const width of [320, 360, 414, 480, 599, 600, 768, 1000]) {
				// a frame of the stated height at this width, where the host strips scripts (JavaScript is off)
				await page.setViewportSize({ width, height });
				await page.goto(`/embed/${id}`);
				const used = await page.evaluate(() => document.documentElement.scrollHeight);
				expect(used, `${id} at ${width} px`).toBeLessThanOrEqual(height);
			}
		}
	});
});

test('an embed in a sandboxed frame on another site sizes itself (its script runs under its CSP)', async ({
	page
}) => {
	const refused: string[] = [];
	page.on('console', (m) => /Content Security Policy|Refused/.test(m.text()) && refused.push(m.text()));
	host.html = `<!doctype html><title>Class page</title><p>Our class chart:</p>
<iframe id="f" sandbox="allow-scripts" src="${siteOrigin}/embed/same-story" title="chart" style="width:100%;border:0" height="150"></iframe>
<script>addEventListener('message', function (e) { var d = e.data; if (d && d.sourcebook === 'height') { document.getElementById('f').style.height = d.height + 'px'; document.body.dataset.h = d.height; } });</script>`;
	await page.setViewportSize({ width: 700, height: 800 });
	await page.goto(host.origin);
	await expect(page.locator('body')).toHaveAttribute('data-h', /\d+/);
	const posted = Number(await page.locator('body').getAttribute('data-h'));
	const frame = page.frameLocator('#f');
	await expect(frame.locator('svg.sb-svg:visible')).toHaveCount(1);
	const inner = await frame.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
	expect(posted).toBe(inner);
	expect((await page.locator('#f').boundingBox())!.height).toBe(posted);
	// the sandbox gives the frame an opaque origin: no storage, yet the script ran
	expect(await frame.locator('html').evaluate(() => self.origin)).toBe('null');
	expect(refused).toEqual([]);
});

test('embed tooltips work by focus, hover and a first tap, without a framework', async ({ browser }) => {
	const ctx = await browser.newContext({ hasTouch: true, viewport: { width: 700, height: 900 } });
	const page = await ctx.newPage();
	await page.goto(`${siteOrigin}/embed/where`);
	const tip = page.locator('.sb-tip');
	const marks = page.locator('svg.sb-svg:visible a.sb-datum');
	await marks.first().focus();
	await expect(tip).toBeVisible();
	await expect(tip.locator('strong')).toHaveText((await marks.first().getAttribute('data-title'))!);
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await marks.nth(2).hover();
	await expect(tip.locator('strong')).toHaveText((await marks.nth(2).getAttribute('data-title'))!);
	// a first tap shows the tooltip and does not open the link
	await marks.nth(4).tap();
	await expect(tip.locator('strong')).toHaveText((await marks.nth(4).getAttribute('data-title'))!);
	expect(ctx.pages()).toHaveLength(1);
	await ctx.close();
});

test('an embed takes its counting method from the fragment (#method=with-presumed)', async ({ page }) => {
	await page.goto('/embed/deaths-over-time#method=with-presumed');
	await expect(page.getByLabel('Including people presumed dead')).toBeChecked();
	const shown = (series: string) =>
		page.locator(`svg.sb-svg:visible a.sb-datum[data-series="${series}"]:visible`).count();
	expect(await shown('killed')).toBe(0);
	expect(await shown('with-presumed')).toBeGreaterThan(10);
});

test('an embed speaks WordPress’s embed protocol: height and links through the secret', async ({ page }) => {
	host.html = `<!doctype html><title>WordPress post</title>
<iframe id="f" sandbox="allow-scripts" security="restricted" src="${siteOrigin}/embed/where#?secret=Ab12Cd34Ef" data-secret="Ab12Cd34Ef" width="600" height="200" title="chart"></iframe>
<script>window.got = []; addEventListener('message', function (e) { window.got.push(e.data); if (e.data.message === 'height') document.getElementById('f').height = e.data.value; });
document.getElementById('f').addEventListener('load', function () { this.contentWindow.postMessage({ message: 'ready', secret: 'Ab12Cd34Ef' }, '*'); });</script>`;
	await page.goto(host.origin);
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					(window as unknown as { got: { message?: string }[] }).got.filter((m) => m.message === 'height')
						.length
			)
		)
		.toBeGreaterThan(0);
	const heights = await page.evaluate(() =>
		(window as unknown as { got: { secret?: string; message?: string; value?: number }[] }).got.filter(
			(m) => m.message === 'height'
		)
	);
	expect(heights.at(-1)).toMatchObject({
		secret: 'Ab12Cd34Ef',
		message: 'height',
		value: expect.any(Number)
	});
	expect(heights.at(-1)!.value).toBeGreaterThan(200);
	await expect
		.poll(async () => Number(await page.locator('#f').getAttribute('height')))
		.toBe(heights.at(-1)!.value);
	// a link in the frame asks the host to open it, since the sandbox allows no navigation
	const back = page.frameLocator('#f').locator('a[href$="/charts/where"]');
	await back.click();
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					(window as unknown as { got: { message?: string; value?: string }[] }).got.find(
						(m) => m.message === 'link'
					)?.value
			)
		)
		.toBe(`${siteOrigin}/charts/where`);
	expect(page.url()).toBe(`${host.origin}/`);
});

test('oEmbed: a valid rich response whose iframe works on another site', async ({ page, request }) => {
	const res = await request.get(
		`/oembed?url=${encodeURIComponent(`${siteOrigin}/charts/timeline`)}&maxwidth=800&format=json`
	);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toContain('application/json');
	const body = await res.json();
	expect(body).toMatchObject({
		version: '1.0',
		type: 'rich',
		provider_name: 'Sourcebook',
		width: 800,
		height: expect.any(Number),
		html: expect.stringContaining('<iframe')
	});
	expect(body.title.length).toBeGreaterThan(5);
	host.html = `<!doctype html><title>Consumer</title>${body.html}`;
	await page.goto(host.origin);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('svg.sb-svg:visible')).toHaveCount(1);
	await expect(frame.locator('h1')).toHaveText(body.title);
	expect(new URL(/src="([^"]+)"/.exec(body.html)![1]!).pathname).toBe('/embed/timeline');
});

test('oEmbed refuses bad requests with a status and a message, never a 500', async ({ request }) => {
	const ask = (q: string) => request.get(`/oembed${q}`);
	for (const [q, status] of [
		['', 400],
		[`?url=${encodeURIComponent(`${siteOrigin}/charts/where`)}&format=xml`, 501],
		[`?url=${encodeURIComponent(`${siteOrigin}/charts/where`)}&maxwidth=-3`, 400],
		[`?url=${encodeURIComponent(`${siteOrigin}/charts/nothing`)}`, 404],
		[`?url=${encodeURIComponent('https://elsewhere.example/charts/where')}`, 404],
		['?url=%E0%A4%A', 404]
	] as const) {
		const res = await ask(q);
		expect(res.status(), q).toBe(status);
		expect((await res.json()).error, q).toEqual(expect.any(String));
	}
});

test('framing: only /embed/* and /oembed may be framed, on prerendered and server responses', async ({
	request
}) => {
	const framable = [
		'/embed/where',
		`/oembed?url=${encodeURIComponent(`${siteOrigin}/charts/where`)}`,
		'/oembed',
		...archived.slice(0, 1).map((a) => `/embed/${a.id}/v/${a.version}`)
	];
	const refused = [
		'/charts',
		'/charts/where',
		'/charts/where.csv',
		'/charts/where.png',
		'/charts/nothing',
		'/embed'
	];
	for (const path of framable) {
		const h = (await request.get(path)).headers();
		expect(h['content-security-policy'], path).toContain('frame-ancestors *');
		expect(h['x-frame-options'], path).toBeUndefined();
	}
	for (const path of refused) {
		const h = (await request.get(path)).headers();
		expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(h['x-frame-options'], path).toBe('DENY');
	}
});

test('framing in a browser: another site can show /embed/where but not /charts/where', async ({ page }) => {
	host.html = `<!doctype html><title>Host</title>
<iframe id="ok" src="${siteOrigin}/embed/where" title="embed" width="600" height="400"></iframe>
<iframe id="no" src="${siteOrigin}/charts/where" title="page" width="600" height="400"></iframe>`;
	await page.goto(host.origin);
	await expect(page.frameLocator('#ok').locator('svg.sb-svg:visible')).toHaveCount(1);
	await page.waitForTimeout(500);
	const blocked = page.frames().find((f) => f.name() === '' && f.url().includes('/charts/where'));
	const loaded = blocked
		? await blocked
				.locator('h1')
				.count()
				.catch(() => 0)
		: 0;
	expect(loaded).toBe(0);
});

test('archived embeds are built from the snapshots in content/ and say so', async ({ page }) => {
	expect(archived.length).toBeGreaterThanOrEqual(chartIds.length);
	for (const a of archived) {
		const res = await page.goto(`/embed/${a.id}/v/${a.version}`);
		expect(res!.status()).toBe(200);
		await expect(page.locator('svg.sb-svg:visible')).toHaveCount(1);
		await expect(page.locator('main')).toContainText(`archived data, version ${a.version}`);
	}
});

test('the Embed tab gives iframe code with a title and a default height, live and archived', async ({
	page
}) => {
	await page.goto('/charts/deaths-over-time#deaths-over-time-embed');
	const live = await page.locator('#deaths-over-time-code-live').inputValue();
	expect(live).toMatch(
		/^<iframe src="http[^"]+\/embed\/deaths-over-time" title="[^"]+" width="100%" height="\d+"/
	);
	expect(live).toContain("sourcebook==='height'");
	const archivedCode = page.locator('#deaths-over-time-code-archived');
	await expect(archivedCode).toHaveValue(/\/embed\/deaths-over-time\/v\/[0-9a-f]{10}"/);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe on embeds, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const id of chartIds) {
			test(`no violations on /embed/${id}`, async ({ page }) => {
				await page.goto(`/embed/${id}`);
				await expectNoAxeViolations(page);
			});
		}
	});
}
