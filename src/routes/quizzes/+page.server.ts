import { content } from '$lib/content';
import { quizSummaries } from '$lib/quiz/view';

export function load() {
	return { quizzes: quizSummaries(content()) };
}
