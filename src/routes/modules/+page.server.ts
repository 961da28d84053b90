import { content } from '$lib/content';
import { moduleCards } from '$lib/content/lesson-views';

export function load() {
	return { modules: moduleCards(content()) };
}
