/**
 * Offline use, the class-submission queue's rules: which POST is a class quiz's form, what a queued
 * submission holds and where it is kept, how it is replayed to the class API and what to do after, one
 * flush at a time, the items read back from a class quiz page's data, and SvelteKit's answer to a form
 * that could not be sent. Testable without a browser; the service worker (src/service-worker.ts) wires them.
 */
import { parse as devalueParse, stringify as devalueStringify } from 'devalue';
import type { ItemView } from '$lib/quiz/view';

/** Where the queue's entries and a class quiz's items are kept in the queue cache. */
export const QUEUE_PREFIX = '/__sb/queue/';
export const ITEMS_PREFIX = '/__sb/items/';
export const queueKey = (submissionId: string) => `${QUEUE_PREFIX}${submissionId}`;
export const itemsKey = (path: string) => `${ITEMS_PREFIX}${path}`;

/** A class quiz's form action, `/class/<code>/quiz/<quiz>?/submit`: its code and quiz, or undefined. */
export function classSubmit(url: URL): { code: string; quiz: string } | undefined {
	const m = /^\/class\/([A-Za-z0-9-]{1,40})\/quiz\/([a-z0-9-]{1,100})$/.exec(url.pathname);
	return m && url.search === '?/submit' ? { code: m[1]!, quiz: m[2]! } : undefined;
}

/** A class quiz page (`/class/<code>/quiz/<quiz>`), whose items are kept so a queued answer sheet can be read. */
export const isClassQuizPage = (path: string) => /^\/class\/[^/]+\/quiz\/[^/]+$/.test(path);

export interface QueuedSubmission {
	code: string;
	submissionId: string;
	quizId: string;
	answers: Record<string, unknown>;
	queuedAt: number;
}

/** The queue entry for a class quiz's answers that could not be sent. */
export const queuedSubmission = (
	target: { code: string; quiz: string },
	submissionId: string,
	answers: Record<string, unknown>,
	queuedAt: number
): QueuedSubmission => ({ code: target.code, submissionId, quizId: target.quiz, answers, queuedAt });

/** After sending a queued submission: stored (or already stored), refused for good, or try later. */
export function replayOutcome(status: number): 'done' | 'drop' | 'retry' {
	if (status >= 200 && status < 300) return 'done';
	if (status === 429 || status === 408 || status >= 500) return 'retry';
	return 'drop';
}

/** A UUID-shaped submission id (what the class API accepts). */
export const isSubmissionId = (s: unknown): s is string =>
	typeof s === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** The class API request that sends one queued submission. */
export function replayRequest(entry: QueuedSubmission): { url: string; init: RequestInit } {
	return {
		url: `/api/class/${encodeURIComponent(entry.code)}/submissions`,
		init: {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			credentials: 'same-origin',
			body: JSON.stringify({
				submissionId: entry.submissionId,
				quizId: entry.quizId,
				answers: entry.answers
			})
		}
	};
}

/**
 * Send every queued submission in turn: drop it once stored or refused for good, keep it when it may
 * succeed later or the request fails. Returns how many are still waiting.
 */
export async function replayQueue<K>(
	keys: K[],
	io: {
		read: (key: K) => Promise<QueuedSubmission | undefined>;
		send: (req: { url: string; init: RequestInit }) => Promise<number>;
		drop: (key: K) => Promise<unknown>;
	}
): Promise<number> {
	let waiting = 0;
	for (const key of keys) {
		const entry = await io.read(key);
		if (!entry) continue;
		try {
			if (replayOutcome(await io.send(replayRequest(entry))) === 'retry') waiting++;
			else await io.drop(key);
		} catch {
			waiting++;
		}
	}
	return waiting;
}

/**
 * One flush at a time (callers share the one in flight), and at most one every `gapMs` unless forced;
 * a skipped flush answers -1.
 */
export function flushGate(
	run: () => Promise<number>,
	gapMs = 5000,
	now: () => number = Date.now
): (force?: boolean) => Promise<number> {
	let flushing: Promise<number> | undefined;
	let last = 0;
	return (force = false) => {
		if (flushing) return flushing;
		if (!force && now() - last < gapMs) return Promise.resolve(-1);
		last = now();
		flushing = run().finally(() => (flushing = undefined));
		return flushing;
	};
}

/** A class quiz page's items from its SvelteKit `__data.json` (devalue-encoded nodes), if it has a quiz. */
export function itemsFromPageData(body: {
	nodes?: ({ type: string; data: unknown[] } | null)[];
}): ItemView[] | undefined {
	let items: ItemView[] | undefined;
	for (const node of body.nodes ?? []) {
		if (node?.type !== 'data') continue;
		const data = devalueParse(JSON.stringify(node.data)) as { quiz?: { items?: ItemView[] } };
		if (data?.quiz?.items) items = data.quiz.items;
	}
	return items;
}

/** SvelteKit's answer to an enhanced form: a failure with the page's data (answers kept, a message shown). */
export function actionFailure(status: number, data: Record<string, unknown>): Response {
	return Response.json(
		{ type: 'failure', status, data: devalueStringify(data) },
		{ headers: { 'cache-control': 'no-store' } }
	);
}
