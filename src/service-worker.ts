/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use. The app's code and styles are kept on install; content pages are kept as they pass
 * (network first, the copy when there is no connection); a module page asks for the whole module (its
 * lessons, their charts, its quizzes) to be kept. Class and teacher pages and the API are never kept.
 *
 * Assigned quizzes: when a class quiz form cannot reach the server, the submission (with its
 * client-generated id) is queued on the device and the page is told so; it is sent to the class API
 * (POST /api/class/<code>/submissions) when the connection is back, on Background Sync where the browser
 * has it and otherwise with the next request that reaches the server. The id makes a replay safe.
 *
 * This file is the wiring (events, Cache Storage, fetch); the rules are in $lib/tools/offline.ts and
 * $lib/tools/offline-queue.ts, with their specs.
 */
import { build, files, version } from '$service-worker';
import { t } from '$lib/i18n';
import { answersFromForm } from '$lib/quiz/form';
import type { ItemView } from '$lib/quiz/view';
import {
	cacheNames,
	countFailures,
	fetchRule,
	offlinePageHtml,
	OFFLINE_PREFIX,
	shellFiles,
	staleCaches,
	workerMessage
} from '$lib/tools/offline';
import {
	actionFailure,
	flushGate,
	isSubmissionId,
	itemsFromPageData,
	itemsKey,
	QUEUE_PREFIX,
	queuedSubmission,
	queueKey,
	replayQueue,
	type QueuedSubmission
} from '$lib/tools/offline-queue';

const sw = self as unknown as ServiceWorkerGlobalScope;
const names = cacheNames(version);
const { shell: SHELL, pages: PAGES, queue: QUEUE } = names;
const queue = () => caches.open(QUEUE);
const SAVED = '/__sb/saved-modules';
const SYNC_TAG = 'sb-submissions';
const shell = shellFiles(build, files);

sw.addEventListener('install', (event) => {
	// file by file: one failed request must not throw the whole worker away (it is fetched again when needed)
	event.waitUntil(
		caches
			.open(SHELL)
			.then((c) => Promise.all(shell.map((f) => c.add(f).catch(() => undefined))))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const saved = await savedModules();
			for (const key of staleCaches(await caches.keys(), names)) await caches.delete(key);
			await sw.clients.claim();
			// modules kept before an update are kept again with this version's pages
			for (const id of saved) await saveModule(id).catch(() => undefined);
			await flush();
		})()
	);
});

// ---------------------------------------------------------------- keeping pages

async function savedModules(): Promise<string[]> {
	const r = await (await queue()).match(SAVED);
	return r ? ((await r.json()) as string[]) : [];
}

async function saveModule(id: string): Promise<{ saved: number; failed: number }> {
	const res = await fetch(`${OFFLINE_PREFIX}${id}.json`);
	if (!res.ok) throw new Error(String(res.status));
	const { urls } = (await res.json()) as { urls: string[] };
	const cache = await caches.open(PAGES);
	const failed = await countFailures(urls, async (u) => {
		const r = await fetch(u);
		if (r.ok) await cache.put(u, r);
		return r.ok;
	});
	const list = await savedModules();
	if (!list.includes(id)) await (await queue()).put(SAVED, Response.json([...list, id]));
	return { saved: urls.length - failed, failed };
}

async function isSaved(id: string): Promise<boolean> {
	return (await savedModules()).includes(id) && !!(await (await caches.open(PAGES)).match(`/modules/${id}`));
}

const offlinePage = (text?: string) =>
	new Response(offlinePageHtml(text), {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});

async function fromShell(request: Request, path: string): Promise<Response> {
	const kept = await caches.match(path);
	if (kept) return kept;
	const res = await fetch(request);
	if (res.ok) await (await caches.open(SHELL)).put(path, res.clone());
	return res;
}

async function fromNetworkThenCache(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(PAGES);
	try {
		const res = await fetch(request);
		if (res.ok && res.type === 'basic') await cache.put(path, res.clone());
		queueMicrotask(() => void flush());
		return res;
	} catch {
		const kept = await cache.match(path);
		if (kept) return kept;
		if (request.mode === 'navigate') return offlinePage();
		return Response.error();
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	const rule = fetchRule(request, url, location.origin, shell);
	if (rule?.kind === 'submit') event.respondWith(submitOrQueue(request, rule.target));
	else if (rule?.kind === 'shell') event.respondWith(fromShell(request, url.pathname));
	else if (rule?.kind === 'page') event.respondWith(fromNetworkThenCache(request, url.pathname));
	else if (rule?.kind === 'class') {
		if (rule.keepItems) event.waitUntil(keepItems(url.pathname).catch(() => undefined));
		// send what is waiting first, so the class page shows it done (at most a few seconds' wait)
		event.respondWith(
			Promise.race([flush(true), new Promise((r) => setTimeout(r, 4000))]).then(() => fetch(request))
		);
	}
});

// ---------------------------------------------------------------- assigned quizzes: queue and replay

async function keepItems(path: string) {
	const res = await fetch(`${path}/__data.json`, { credentials: 'same-origin' });
	if (!res.ok) return;
	const items = itemsFromPageData(await res.json());
	if (items) await (await queue()).put(itemsKey(path), Response.json(items));
}

async function submitOrQueue(request: Request, target: { code: string; quiz: string }): Promise<Response> {
	const copy = request.clone();
	try {
		const res = await fetch(request);
		queueMicrotask(() => void flush());
		return res;
	} catch {
		const form = await copy.formData();
		const submissionId = form.get('submissionId');
		const kept = await (await queue()).match(itemsKey(new URL(request.url).pathname));
		// a form posted without the page's script (a navigation) gets a page; an enhanced form gets SvelteKit's JSON
		const answerWith = (error: string, answers: Record<string, unknown>) =>
			request.mode === 'navigate' ? offlinePage(error) : actionFailure(503, { ok: false, error, answers });
		if (!kept || !isSubmissionId(submissionId)) return answerWith(t('tools.offline.cannotQueue'), {});
		const answers = answersFromForm((await kept.json()) as ItemView[], form);
		const entry = queuedSubmission(target, submissionId, answers, Date.now());
		await (await queue()).put(queueKey(submissionId), Response.json(entry));
		await (
			sw.registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }
		).sync
			?.register(SYNC_TAG)
			.catch(() => undefined);
		return answerWith(t('tools.offline.queued'), answers);
	}
}

/** Send every queued submission; returns how many are still waiting (-1: skipped, one ran moments ago). */
const flush = flushGate(async () => {
	const cache = await queue();
	const keys = (await cache.keys()).filter((k) => new URL(k.url).pathname.startsWith(QUEUE_PREFIX));
	const waiting = await replayQueue(keys, {
		read: async (key) => (await (await cache.match(key))?.json()) as QueuedSubmission | undefined,
		send: async ({ url, init }) => (await fetch(url, init)).status,
		drop: (key) => cache.delete(key)
	});
	if (keys.length) for (const c of await sw.clients.matchAll()) c.postMessage({ type: 'sb-queue', waiting });
	return waiting;
});

sw.addEventListener('sync', (event) => {
	const e = event as ExtendableEvent & { tag?: string };
	if (e.tag === SYNC_TAG)
		e.waitUntil(flush(true).then((w) => (w > 0 ? Promise.reject(new Error('still offline')) : undefined)));
});

// ---------------------------------------------------------------- messages from pages

sw.addEventListener('message', (event) => {
	const msg = workerMessage(event.data);
	const port = event.ports[0];
	const reply = (data: unknown) => port?.postMessage(data);
	if (msg?.type === 'sb-status') event.waitUntil(isSaved(msg.id).then((saved) => reply({ saved })));
	else if (msg?.type === 'sb-save')
		event.waitUntil(
			saveModule(msg.id)
				.then((r) => reply({ saved: r.failed === 0, ...r }))
				.catch(() => reply({ saved: false, error: true }))
		);
	else if (msg?.type === 'sb-flush') event.waitUntil(flush(true).then((waiting) => reply({ waiting })));
});
