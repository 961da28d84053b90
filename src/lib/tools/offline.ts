/**
 * Offline use: which addresses a module needs on the device (its page, its lessons and quizzes, the charts
 * its lessons place, with SvelteKit's __data.json for each so client-side navigation works), which caches
 * and files the service worker keeps, how it answers each request, the page it shows without a
 * connection, and the messages pages send it. The class-submission queue's rules are in offline-queue.ts
 * (re-exported here). Pure: the service worker (src/service-worker.ts) and the module page's indicator use these.
 */
import { t } from '$lib/i18n';
import { classSubmit, isClassQuizPage } from './offline-queue';

export { classSubmit, isSubmissionId, replayOutcome, type QueuedSubmission } from './offline-queue';

export const OFFLINE_PREFIX = '/offline/modules/';
export const offlineManifestHref = (moduleId: string) => `${OFFLINE_PREFIX}${moduleId}.json`;

export interface ModuleLike {
	id: string;
	steps: ({ kind: 'lesson'; slug: string } | { kind: 'quiz'; id: string })[];
}

/** Every address a module needs offline, each page with its __data.json. */
export function moduleOfflineUrls(m: ModuleLike, chartsOf: (lesson: string) => string[]): string[] {
	const pages = [`/modules/${m.id}`];
	for (const s of m.steps) {
		if (s.kind === 'lesson') {
			pages.push(`/lessons/${s.slug}`);
			for (const c of chartsOf(s.slug)) pages.push(`/charts/${c}`);
		} else pages.push(`/quizzes/${s.id}`);
	}
	const unique = [...new Set(pages)];
	return unique.flatMap((p) => [p, `${p}/__data.json`]);
}

/** GET requests the service worker keeps a copy of as they pass (content pages and their data). */
export function isKeptPage(path: string): boolean {
	if (/^\/(api|teach|class|embed|oembed|pdf|export|print|pagefind)(\/|$)/.test(path)) return false;
	return (
		/^\/(lessons|modules|quizzes|charts|sources|figures|glossary|reference)(\/[a-z0-9_-]+)?(\/__data\.json)?$/.test(
			path
		) || path === '/'
	);
}

/** Run `keep` on every address at once; how many failed (it answered false or threw). */
export async function countFailures(
	urls: string[],
	keep: (url: string) => Promise<boolean>
): Promise<number> {
	let failed = 0;
	await Promise.all(
		urls.map(async (u) => {
			try {
				if (!(await keep(u))) failed++;
			} catch {
				failed++;
			}
		})
	);
	return failed;
}

/** The worker's caches: the app's files and the pages (both per version), and the queue (kept across versions). */
export function cacheNames(version: string) {
	return { shell: `sb-shell-${version}`, pages: `sb-pages-${version}`, queue: 'sb-queue' };
}

/** Caches an activating worker deletes: any but this version's and the queue. */
export function staleCaches(keys: string[], names: ReturnType<typeof cacheNames>): string[] {
	return keys.filter((k) => k !== names.shell && k !== names.pages && k !== names.queue);
}

/** The app's own files (hashed, immutable) and small static files; the fonts are for server-side PNGs only. */
export const shellFiles = (build: string[], files: string[]) => [
	...build,
	...files.filter((f) => !/\.(otf|ttf|woff2?)$/.test(f))
];

/** How the worker answers a request, or undefined to leave it to the browser. */
export type FetchRule =
	| { kind: 'submit'; target: { code: string; quiz: string } }
	| { kind: 'shell' }
	| { kind: 'page' }
	| { kind: 'class'; keepItems: boolean };

export function fetchRule(
	request: { method: string; mode: string },
	url: URL,
	origin: string,
	shell: string[]
): FetchRule | undefined {
	if (url.origin !== origin) return undefined;
	if (request.method === 'POST') {
		// a class quiz form: sent, or queued when it cannot be
		const target = classSubmit(url);
		return target ? { kind: 'submit', target } : undefined;
	}
	if (request.method !== 'GET') return undefined;
	if (shell.includes(url.pathname)) return { kind: 'shell' }; // from the cache, else the network
	if (isKeptPage(url.pathname)) return { kind: 'page' }; // network first, the copy when offline
	// a class page: send what is waiting first; a quiz page's items are kept (not the page)
	if (url.pathname.startsWith('/class/') && request.mode === 'navigate')
		return { kind: 'class', keepItems: isClassQuizPage(url.pathname) };
	return undefined;
}

/** The page shown for a navigation without a connection (or when a form could not be queued). */
export function offlinePageHtml(text = t('tools.offline.pageText')): string {
	return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${t('tools.offline.pageTitle')}</title><main style="font-family:system-ui;max-width:36rem;margin:2rem auto;padding:0 1rem"><h1>${t('tools.offline.pageTitle')}</h1><p>${text}</p><p><a href="/modules">${t('tools.offline.pageLink')}</a></p></main></html>`;
}

/** What a page asks the worker (OfflineStatus.svelte): is a module kept, keep it, send the queue now. */
export type WorkerMessage = { type: 'sb-status' | 'sb-save'; id: string } | { type: 'sb-flush' };

export function workerMessage(data: unknown): WorkerMessage | undefined {
	const msg = data as { type?: string; id?: string } | undefined;
	if ((msg?.type === 'sb-status' || msg?.type === 'sb-save') && typeof msg.id === 'string')
		return { type: msg.type, id: msg.id };
	if (msg?.type === 'sb-flush') return { type: 'sb-flush' };
	return undefined;
}
