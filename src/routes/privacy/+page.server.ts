import { config } from '$lib/server/config';

// rendered per request so that it states the retention this server is actually configured with
export const prerender = false;

export function load() {
	return { retentionDays: config.retentionDays };
}
