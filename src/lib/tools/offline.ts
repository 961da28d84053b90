/**
 * Offline use: which addresses a module needs on the device (its page, its lessons and quizzes, the charts
 * its lessons place, with SvelteKit's __data.json for each so client-side navigation works), which requests
 * the service worker may keep, and what to do with a queued class submission after a replay.
 * Pure: the service worker (src/service-worker.ts) and the module page's indicator use these.
 */
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

/** A class quiz's form action, `/class/<code>/quiz/<quiz>?/submit`: its code and quiz, or undefined. */
export function classSubmit(url: URL): { code: string; quiz: string } | undefined {
	const m = /^\/class\/([A-Za-z0-9-]{1,40})\/quiz\/([a-z0-9-]{1,100})$/.exec(url.pathname);
	return m && url.search === '?/submit' ? { code: m[1]!, quiz: m[2]! } : undefined;
}

export interface QueuedSubmission {
	code: string;
	submissionId: string;
	quizId: string;
	answers: Record<string, unknown>;
	queuedAt: number;
}

/** After sending a queued submission: stored (or already stored), refused for good, or try later. */
export function replayOutcome(status: number): 'done' | 'drop' | 'retry' {
	if (status >= 200 && status < 300) return 'done';
	if (status === 429 || status === 408 || status >= 500) return 'retry';
	return 'drop';
}

/** A UUID-shaped submission id (what the class API accepts). */
export const isSubmissionId = (s: unknown): s is string =>
	typeof s === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
