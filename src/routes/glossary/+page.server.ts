import { content } from '$lib/content';
import { glossaryView } from '$lib/content/lesson-views';

export function load() {
	return { terms: glossaryView(content()) };
}
