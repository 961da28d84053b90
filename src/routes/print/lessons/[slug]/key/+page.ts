import { error } from '@sveltejs/kit';
import { lessonBody } from '$lib/content/lesson-bodies';

// the validated data comes from +page.server.ts; the compiled lesson body is a component, loaded here
export async function load({ data }) {
	const body = await lessonBody(data.sheet.lesson.slug);
	if (!body) error(404, `No lesson called ${data.sheet.lesson.slug}`);
	return { ...data, body };
}
