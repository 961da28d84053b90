/**
 * npm run build:pdf — PDFs of every worksheet and answer key, A4 and US Letter, printed by Chromium
 * (playwright-core driving /usr/bin/chromium, or CHROMIUM_PATH) from the built site. Run after
 * `npm run build`: it starts the production server on a spare port, prints each /print/… page,
 * checks each PDF (header, end marker, page count > 0) and writes build/client/pdf/<kind>/<id>[-key].<size>.pdf
 * and build/client/pdf/manifest.json, which print pages read to offer "Download PDF".
 * `npm start` never needs a browser: without these files the print pages offer the browser's print.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { pdfInfo } from '../src/lib/tools/pdf-pages.js';

const prerendered = 'build/prerendered/print';
const out = 'build/client/pdf';
if (!existsSync('build/handler.js') || !existsSync(prerendered)) {
	console.error('build:pdf: no build with print pages: run `npm run build` first');
	process.exit(1);
}

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
	});
const paths = htmlFiles(prerendered)
	.map(
		(f) =>
			`/print/${relative(prerendered, f)
				.replace(/\\/g, '/')
				.replace(/\.html$/, '')}`
	)
	.filter((p) => /^\/print\/(quizzes|lessons|modules)\/[a-z0-9-]+(\/key)?$/.test(p))
	.sort();

const port = await new Promise((resolve) => {
	const s = createServer().listen(0, '127.0.0.1', () => {
		const p = /** @type {import('node:net').AddressInfo} */ (s.address()).port;
		s.close(() => resolve(p));
	});
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['server/index.js'], {
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
	stdio: 'ignore'
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

for (let i = 0; ; i++) {
	try {
		if ((await fetch(`${base}/`)).ok) break;
	} catch {
		/* not up yet */
	}
	if (i > 100) throw new Error('build:pdf: the server did not start');
	await new Promise((r) => setTimeout(r, 200));
}

rmSync(out, { recursive: true, force: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
/** @type {Record<string, Record<string, { href: string, pages: number, bytes: number }>>} */
const manifest = {};
const sizes = /** @type {const} */ ([
	['a4', 'A4'],
	['letter', 'Letter']
]);
const footer =
	'<div style="font:8px system-ui,sans-serif;width:100%;text-align:center;color:#444"><span class="title"></span> · <span class="pageNumber"></span> / <span class="totalPages"></span></div>';
const started = Date.now();
let count = 0;

async function printOne(path) {
	const page = await context.newPage();
	const res = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	if (!res?.ok()) throw new Error(`build:pdf: ${path} answered ${res?.status()}`);
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	const m = /^\/print\/(\w+)\/([a-z0-9-]+)(\/key)?$/.exec(path);
	for (const [size, format] of sizes) {
		const href = `/pdf/${m[1]}/${m[2]}${m[3] ? '-key' : ''}.${size}.pdf`;
		mkdirSync(join(out, m[1]), { recursive: true });
		const bytes = await page.pdf({
			format,
			printBackground: true,
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate: footer,
			margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' }
		});
		const info = pdfInfo(bytes);
		if (!info.ok) throw new Error(`build:pdf: ${href} is not a whole PDF`);
		writeFileSync(join('build/client', href), bytes);
		(manifest[path] ??= {})[size] = { href, pages: info.pages, bytes: bytes.length };
		count++;
	}
	await page.close();
}

try {
	// two pages at a time: enough to keep Chromium busy on a 2-core machine
	const queue = [...paths];
	await Promise.all(
		[0, 1].map(async () => {
			for (let p = queue.shift(); p; p = queue.shift()) await printOne(p);
		})
	);
	writeFileSync(
		join(out, 'manifest.json'),
		JSON.stringify({ generated: new Date().toISOString(), pages: manifest }, null, '\t')
	);
	console.log(
		`build:pdf: ${count} PDFs of ${paths.length} print pages in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`
	);
} finally {
	await browser.close();
	stop();
}
