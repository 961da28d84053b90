/**
 * POST /api/class/<code>/submissions — a quiz submission as JSON, for scripts and the offline queue. The
 * contract and every answer are in $lib/server/submission-api.ts. The production server answers this path
 * itself, without SvelteKit's Request and Response (see $lib/server/node-submit.ts); this route serves it
 * under `vite dev` and wherever the app runs without server/index.js.
 */
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/http';
import { submissionApi } from '$lib/server/submission-api';

export const prerender = false;

export async function POST(event) {
	const a = await submissionApi({
		code: event.params.code,
		origin: event.request.headers.get('origin'),
		contentType: event.request.headers.get('content-type'),
		ownOrigin: event.url.origin,
		cookie: (name) => event.cookies.get(name),
		readJson: (limit) => readJson(event.request, limit)
	});
	return json(a.body, { status: a.status, headers: a.headers });
}
