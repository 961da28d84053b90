/**
 * Reading progress kept on the device, as pure functions over a plain map (the class in
 * progress.svelte.ts adds state and storage). Nothing personal: lesson slugs, a status, the section
 * last reached and a date.
 */
export const PROGRESS_KEY = 'sourcebook.lessons.progress.v1';

export type LessonStatus = 'new' | 'started' | 'done';

export interface LessonProgress {
	status: 'started' | 'done';
	/** id of the last section heading the reader reached */
	section?: string;
	/** ISO date-time of the last change */
	updated: string;
}

export type ProgressMap = Record<string, LessonProgress>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SECTION = /^sec-[a-z0-9-]+$/;

/** Read a stored map, keeping only well-formed entries (old or tampered data never breaks a page). */
export function parseProgress(raw: string | null | undefined): ProgressMap {
	if (!raw) return {};
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return {};
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
	const out: ProgressMap = {};
	for (const [slug, v] of Object.entries(data as Record<string, unknown>)) {
		if (!SLUG.test(slug) || !v || typeof v !== 'object') continue;
		const { status, section, updated } = v as Record<string, unknown>;
		if (status !== 'started' && status !== 'done') continue;
		if (typeof updated !== 'string' || Number.isNaN(Date.parse(updated))) continue;
		out[slug] = {
			status,
			updated,
			...(typeof section === 'string' && SECTION.test(section) ? { section } : {})
		};
	}
	return out;
}

export function statusOf(p: ProgressMap, slug: string): LessonStatus {
	return p[slug]?.status ?? 'new';
}

/** Opened, or reached a section: a finished lesson stays finished. */
export function markStarted(p: ProgressMap, slug: string, now: number, section?: string): ProgressMap {
	const prev = p[slug];
	const next: LessonProgress = {
		status: prev?.status === 'done' ? 'done' : 'started',
		updated: new Date(now).toISOString(),
		...(section ? { section } : prev?.section ? { section: prev.section } : {})
	};
	return { ...p, [slug]: next };
}

export function markDone(p: ProgressMap, slug: string, now: number): ProgressMap {
	return { ...p, [slug]: { ...p[slug], status: 'done', updated: new Date(now).toISOString() } };
}

/** Back to "started" (the reader un-ticks a lesson). */
export function markUndone(p: ProgressMap, slug: string, now: number): ProgressMap {
	if (!p[slug]) return p;
	return { ...p, [slug]: { ...p[slug], status: 'started', updated: new Date(now).toISOString() } };
}

/** How far through a module: lessons done out of lessons, and the first lesson not done. */
export function moduleProgress(
	p: ProgressMap,
	lessonSlugs: string[]
): { done: number; total: number; next?: string } {
	const done = lessonSlugs.filter((s) => statusOf(p, s) === 'done').length;
	const next = lessonSlugs.find((s) => statusOf(p, s) !== 'done');
	return { done, total: lessonSlugs.length, ...(next ? { next } : {}) };
}
