import { error, json } from '@sveltejs/kit';
import { content } from '$lib/content';
import { moduleOfflineUrls } from '$lib/tools/offline';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => content().modules.map((m) => ({ slug: m.id }));

/** What the service worker fetches to keep a module on the device. */
export const GET: RequestHandler = ({ params }) => {
	const c = content();
	const m = c.modules.find((x) => x.id === params.slug);
	if (!m) error(404, `No module called ${params.slug}`);
	const urls = moduleOfflineUrls(m, (slug) => c.lessons.find((l) => l.slug === slug)?.uses.charts ?? []);
	return json({ module: m.id, urls });
};
