/**
 * npm run bench:embed — what an embedded chart costs a class page, and whether it paints without scripts.
 * For each /embed/<id> of the current build (run `npm run build` first), it serves the build with the real
 * server, loads the embed in Chromium as a reader would (compression on), and prints the transfer of every
 * response by kind (HTML, CSS, JS, fonts, other: compressed bytes on the wire, without headers), then loads
 * it again with JavaScript off and checks that the chart is drawn. Target: at most 40 kB in total.
 * Env: BENCH_PORT (default 5101), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ids = ['deaths-over-time', 'deployments', 'same-story', 'timeline', 'where'];
const port = Number(process.env.BENCH_PORT ?? 5101);
const base = `http://127.0.0.1:${port}`;
const BUDGET = 40 * 1024;

if (!existsSync('build/handler.js')) {
	console.error('No build: run `npm run build` first.');
	process.exit(1);
}

const server = spawn(process.execPath, ['server/index.js'], {
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
	stdio: 'ignore'
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/embed/${ids[0]}`)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the server did not start on ${base}`);
}

const kindOf = (type = '') =>
	/html/.test(type)
		? 'html'
		: /css/.test(type)
			? 'css'
			: /javascript/.test(type)
				? 'js'
				: /font/.test(type)
					? 'fonts'
					: 'other';
const kB = (n) => (n / 1024).toFixed(1);

await waitForServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const rows = [];
try {
	for (const id of ids) {
		// with JavaScript: everything the embed loads, as transferred
		const ctx = await browser.newContext({ viewport: { width: 640, height: 800 } });
		const page = await ctx.newPage();
		const responses = [];
		page.on('requestfinished', async (req) => {
			const res = await req.response();
			const sizes = await req.sizes();
			responses.push({
				url: req.url(),
				kind: kindOf(res?.headers()['content-type']),
				bytes: sizes.responseBodySize,
				encoding: res?.headers()['content-encoding'] ?? 'none'
			});
		});
		await page.goto(`${base}/embed/${id}`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(200);
		const inline = await page.evaluate(() => ({
			script: [...document.scripts].reduce((n, s) => n + s.textContent.length, 0),
			style: [...document.querySelectorAll('style')].reduce((n, s) => n + s.textContent.length, 0),
			html: document.documentElement.outerHTML.length
		}));
		await ctx.close();
		const by = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
		for (const r of responses) by[r.kind] += r.bytes;
		const total = Object.values(by).reduce((a, b) => a + b, 0);

		// without JavaScript: is the chart drawn?
		const off = await browser.newContext({ viewport: { width: 640, height: 800 }, javaScriptEnabled: false });
		const p2 = await off.newPage();
		await p2.goto(`${base}/embed/${id}`);
		const paint = await p2.evaluate(() => {
			const svg = [...document.querySelectorAll('svg.sb-svg')].find((s) => s.getClientRects().length > 0);
			if (!svg) return null;
			const r = svg.getBoundingClientRect();
			return {
				w: Math.round(r.width),
				h: Math.round(r.height),
				marks: svg.querySelectorAll('a.sb-datum').length,
				texts: svg.querySelectorAll('text').length
			};
		});
		await off.close();
		rows.push({
			id,
			...by,
			total,
			requests: responses.length,
			encoding: responses[0]?.encoding,
			paint,
			inline
		});
	}
} finally {
	await browser.close();
	stop();
}

console.log(
	'\nEmbed transfer per chart (compressed bytes on the wire, kB), and painting with JavaScript off\n'
);
console.log(
	[
		'chart'.padEnd(18),
		'HTML',
		' CSS',
		'  JS',
		'fonts',
		'other',
		'total',
		'requests',
		'encoding',
		'paints with JS off'
	].join('  ')
);
for (const r of rows) {
	const paint = r.paint
		? `yes: ${r.paint.w}×${r.paint.h} px, ${r.paint.marks} linked marks, ${r.paint.texts} labels`
		: 'NO';
	console.log(
		[
			r.id.padEnd(18),
			kB(r.html).padStart(4),
			kB(r.css).padStart(4),
			kB(r.js).padStart(4),
			kB(r.fonts).padStart(5),
			kB(r.other).padStart(5),
			kB(r.total).padStart(5),
			String(r.requests).padStart(8),
			String(r.encoding).padStart(8),
			paint
		].join('  ')
	);
}
console.log(
	`\nInside the HTML, uncompressed: ${rows.map((r) => `${r.id} ${kB(r.inline.html)} kB (inline CSS ${kB(r.inline.style)} kB, inline script ${kB(r.inline.script)} kB)`).join('; ')}.`
);
const worst = rows.reduce((m, r) => (r.total > m.total ? r : m), rows[0]);
const over = rows.filter((r) => r.total > BUDGET);
console.log(
	`\nLargest: ${worst.id}, ${kB(worst.total)} kB; target ≤ ${kB(BUDGET)} kB: ${over.length ? `MISSED by ${over.map((r) => r.id).join(', ')}` : 'met by every chart'}.`
);
console.log(
	`JavaScript files: ${kB(Math.max(...rows.map((r) => r.js)))} kB (the only script is inline, ${kB(Math.max(...rows.map((r) => r.inline.script)))} kB before compression).`
);
console.log(
	`Paints with JavaScript off: ${
		rows.every((r) => r.paint)
			? 'every chart'
			: rows
					.filter((r) => !r.paint)
					.map((r) => r.id)
					.join(', ') + ' did NOT'
	}.\n`
);
