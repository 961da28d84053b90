import { content } from '$lib/content';
import { sourceSummaries } from '$lib/content/views';

export function load() {
	return { sources: sourceSummaries(content()) };
}
