/**
 * Server start-up. Registers the direct submission path (src/lib/server/node-submit.ts) for the production
 * server (server/index.js), which lives outside the app's bundle and finds it here.
 */
import type { ServerInit } from '@sveltejs/kit';
import { serveSubmission, submissionCode } from '$lib/server/node-submit';

export const init: ServerInit = () => {
	(globalThis as Record<symbol, unknown>)[Symbol.for('sourcebook.submissions')] = {
		submissionCode,
		serveSubmission
	};
};
