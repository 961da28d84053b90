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
 */
import { build, files, version } from '$service-worker';
import { parse as devalueParse, stringify as devalueStringify } from 'devalue';
import { t } from '$lib/i18n';
import { answersFromForm } from '$lib/quiz/form';
import type { ItemView } from '$lib/quiz/view';
import {
	classSubmit,
	isKeptPage,
	isSubmissionId,
	OFFLINE_PREFIX,
	replayOutcome,
	type QueuedSubmission
} from '$lib/tools/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `sb-shell-${version}`;
const PAGES = `sb-pages-${version}`;
const QUEUE = 'sb-queue';
const SAVED = '/__sb/saved-modules';
const ITEMS = '/__sb/items/';
const SYNC_TAG = 'sb-submissions';

// the app's own files (hashed, immutable) and small static files; the fonts are for server-side PNGs only
const shell = [...build, ...files.filter((f) => !/\.(otf|ttf|woff2?)$/.test(f))];

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
			for (const key of await caches.keys())
				if (key !== SHELL && key !== PAGES && key !== QUEUE) await caches.delete(key);
			await sw.clients.claim();
			// modules kept before an update are kept again with this version's pages
			for (const id of saved) await saveModule(id).catch(() => undefined);
			await flush();
		})()
	);
});

// ---------------------------------------------------------------- keeping pages

async function savedModules(): Promise<string[]> {
	const r = await (await caches.open(QUEUE)).match(SAVED);
	return r ? ((await r.json()) as string[]) : [];
}

async function saveModule(id: string): Promise<{ saved: number; failed: number }> {
	const res = await fetch(`${OFFLINE_PREFIX}${id}.json`);
	if (!res.ok) throw new Error(String(res.status));
	const { urls } = (await res.json()) as { urls: string[] };
	const cache = await caches.open(PAGES);
	let failed = 0;
	await Promise.all(
		urls.map(async (u) => {
			try {
				const r = await fetch(u);
				if (r.ok) await cache.put(u, r);
				else failed++;
			} catch {
				failed++;
			}
		})
	);
	const list = await savedModules();
	if (!list.includes(id)) await (await caches.open(QUEUE)).put(SAVED, Response.json([...list, id]));
	return { saved: urls.length - failed, failed };
}

async function isSaved(id: string): Promise<boolean> {
	return (await savedModules()).includes(id) && !!(await (await caches.open(PAGES)).match(`/modules/${id}`));
}

function offlinePage(text = t('tools.offline.pageText')): Response {
	const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${t('tools.offline.pageTitle')}</title><main style="font-family:system-ui;max-width:36rem;margin:2rem auto;padding:0 1rem"><h1>${t('tools.offline.pageTitle')}</h1><p>${text}</p><p><a href="/modules">${t('tools.offline.pageLink')}</a></p></main></html>`;
	return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
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
	if (url.origin !== location.origin) return;
	if (request.method === 'POST') {
		const target = classSubmit(url);
		if (target) event.respondWith(submitOrQueue(request, target));
		return;
	}
	if (request.method !== 'GET') return;
	if (shell.includes(url.pathname)) {
		event.respondWith(
			caches.match(url.pathname).then(
				(r) =>
					r ??
					fetch(request).then(async (res) => {
						if (res.ok) await (await caches.open(SHELL)).put(url.pathname, res.clone());
						return res;
					})
			)
		);
		return;
	}
	if (isKeptPage(url.pathname)) {
		event.respondWith(fromNetworkThenCache(request, url.pathname));
		return;
	}
	if (url.pathname.startsWith('/class/') && request.mode === 'navigate') {
		// a class quiz page: keep its items (not the page) so an answer sheet can be read back if it must be queued
		if (/^\/class\/[^/]+\/quiz\/[^/]+$/.test(url.pathname))
			event.waitUntil(keepItems(url.pathname).catch(() => undefined));
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
	const body = (await res.json()) as { nodes?: ({ type: string; data: unknown[] } | null)[] };
	for (const node of body.nodes ?? []) {
		if (node?.type !== 'data') continue;
		const data = devalueParse(JSON.stringify(node.data)) as { quiz?: { items?: ItemView[] } };
		if (data?.quiz?.items)
			await (await caches.open(QUEUE)).put(`${ITEMS}${path}`, Response.json(data.quiz.items));
	}
}

/** SvelteKit's answer to an enhanced form: a failure with the page's data (answers kept, a message shown). */
function actionFailure(status: number, data: Record<string, unknown>): Response {
	return Response.json(
		{ type: 'failure', status, data: devalueStringify(data) },
		{ headers: { 'cache-control': 'no-store' } }
	);
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
		const path = new URL(request.url).pathname;
		const kept = await (await caches.open(QUEUE)).match(`${ITEMS}${path}`);
		// a form posted without the page's script (a navigation) gets a page; an enhanced form gets SvelteKit's JSON
		const answerWith = (error: string, answers: Record<string, unknown>) =>
			request.mode === 'navigate' ? offlinePage(error) : actionFailure(503, { ok: false, error, answers });
		if (!kept || !isSubmissionId(submissionId)) return answerWith(t('tools.offline.cannotQueue'), {});
		const items = (await kept.json()) as ItemView[];
		const answers = answersFromForm(items, form);
		const entry: QueuedSubmission = {
			code: target.code,
			submissionId,
			quizId: target.quiz,
			answers,
			queuedAt: Date.now()
		};
		await (await caches.open(QUEUE)).put(`/__sb/queue/${submissionId}`, Response.json(entry));
		await (
			sw.registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }
		).sync
			?.register(SYNC_TAG)
			.catch(() => undefined);
		return answerWith(t('tools.offline.queued'), answers);
	}
}

let flushing: Promise<number> | undefined;
let lastFlush = 0;

/** Send every queued submission; returns how many are still waiting. */
function flush(force = false): Promise<number> {
	if (flushing) return flushing;
	if (!force && Date.now() - lastFlush < 5000) return Promise.resolve(-1);
	lastFlush = Date.now();
	flushing = (async () => {
		const cache = await caches.open(QUEUE);
		const keys = (await cache.keys()).filter((k) => new URL(k.url).pathname.startsWith('/__sb/queue/'));
		let waiting = 0;
		for (const key of keys) {
			const entry = (await (await cache.match(key))?.json()) as QueuedSubmission | undefined;
			if (!entry) continue;
			try {
				const res = await fetch(`/api/class/${encodeURIComponent(entry.code)}/submissions`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					credentials: 'same-origin',
					body: JSON.stringify({
						submissionId: entry.submissionId,
						quizId: entry.quizId,
						answers: entry.answers
					})
				});
				const outcome = replayOutcome(res.status);
				if (outcome === 'retry') waiting++;
				else await cache.delete(key);
			} catch {
				waiting++;
			}
		}
		if (keys.length)
			for (const c of await sw.clients.matchAll()) c.postMessage({ type: 'sb-queue', waiting });
		return waiting;
	})().finally(() => (flushing = undefined));
	return flushing;
}

sw.addEventListener('sync', (event) => {
	const e = event as ExtendableEvent & { tag?: string };
	if (e.tag === SYNC_TAG)
		e.waitUntil(flush(true).then((w) => (w > 0 ? Promise.reject(new Error('still offline')) : undefined)));
});

// ---------------------------------------------------------------- messages from pages

sw.addEventListener('message', (event) => {
	const msg = event.data as { type?: string; id?: string } | undefined;
	const port = event.ports[0];
	const reply = (data: unknown) => port?.postMessage(data);
	if (msg?.type === 'sb-status' && typeof msg.id === 'string')
		event.waitUntil(isSaved(msg.id).then((saved) => reply({ saved })));
	else if (msg?.type === 'sb-save' && typeof msg.id === 'string')
		event.waitUntil(
			saveModule(msg.id)
				.then((r) => reply({ saved: r.failed === 0, ...r }))
				.catch(() => reply({ saved: false, error: true }))
		);
	else if (msg?.type === 'sb-flush') event.waitUntil(flush(true).then((waiting) => reply({ waiting })));
});
