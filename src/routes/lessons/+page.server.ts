import { content } from '$lib/content';
import { lessonCards } from '$lib/content/lesson-views';

export function load() {
	return { lessons: lessonCards(content()) };
}
