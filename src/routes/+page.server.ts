import { content } from '$lib/content';
import { sourceSummaries } from '$lib/content/views';

export function load() {
	const c = content();
	return { sources: sourceSummaries(c), figureCount: c.figures.length };
}
