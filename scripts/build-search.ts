/**
 * The search index (part of `npm run build`, after `vite build`): Pagefind over the prerendered pages,
 * written to build/client/pagefind/ where the production server serves it as static files.
 * Only lessons, modules, quizzes, sources, figures, charts, the reference record and the glossary are
 * indexed (src/lib/tools/search.ts decides, and marks each page's main content and type); every glossary
 * term is also a record of its own pointing at /glossary#term-<id>. Run with vite-node: it reads the
 * glossary through the content loader, like check-content.ts.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { content } from '../src/lib/content/index';
import { t } from '../src/lib/i18n/index';
import { excludeSelectors, pageType, prepareHtml, typeLabelKey, urlOf } from '../src/lib/tools/search';

const root = 'build/prerendered';
const out = 'build/client/pagefind';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
	});
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

let pages = 0;
for (const file of htmlFiles(root)) {
	const url = urlOf(relative(root, file));
	const type = pageType(url);
	if (!type || type === 'glossary') continue;
	const html = prepareHtml(readFileSync(file, 'utf8'), type, t(typeLabelKey(type)));
	if (!html) throw new Error(`search: no <main> in ${file}`);
	const r = await index.addHTMLFile({ url, content: html });
	if (r.errors.length) throw new Error(`search: ${file}: ${r.errors.join('; ')}`);
	pages++;
}

const label = t(typeLabelKey('glossary'));
for (const g of content().glossary) {
	const r = await index.addCustomRecord({
		url: `/glossary#term-${g.id}`,
		content: `${g.term}. ${g.definition}`,
		language: 'en',
		meta: { title: g.term, type: label },
		filters: { type: [label] }
	});
	if (r.errors.length) throw new Error(`search: glossary ${g.id}: ${r.errors.join('; ')}`);
}

rmSync(out, { recursive: true, force: true });
const w = await index.writeFiles({ outputPath: out });
if (w.errors.length) throw new Error(`search: ${w.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${pages} pages and ${content().glossary.length} glossary terms → ${out}`);
