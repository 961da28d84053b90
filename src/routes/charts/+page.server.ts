import { content } from '$lib/content';
import { chartSummaries } from '$lib/charts/view';

export function load() {
	return { charts: chartSummaries(content()) };
}
