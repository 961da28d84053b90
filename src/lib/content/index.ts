/**
 * The one content module. Reads every file under content/ once (at build time, through Vite's glob),
 * validates and cross-checks it, and hands out typed lookups. Routes import from here and nowhere else;
 * a bad file fails `npm run check:content` and the build with the file, line and field named.
 */
import { buildContent, type Content, type ContentFiles } from './build';

const raw = import.meta.glob('/content/**/*.{yaml,csv,txt,md}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Every content file's text keyed by its path from the project root, without the leading slash. */
export const contentFiles: ContentFiles = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text])
);

let cached: Content | undefined;

/** The validated content, built on first use. Throws ContentError on invalid content. */
export function content(): Content {
	cached ??= buildContent(contentFiles);
	return cached;
}

export type { Content } from './build';
export * from './schema';
