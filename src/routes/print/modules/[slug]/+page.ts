import { lessonBody } from '$lib/content/lesson-bodies';

// the validated data comes from +page.server.ts; the compiled lesson bodies are components, loaded here
export async function load({ data }) {
	const slugs = data.sheet.parts.flatMap((p) => (p.kind === 'lesson' ? [p.sheet.lesson.slug] : []));
	const bodies = Object.fromEntries(
		await Promise.all(slugs.map(async (s) => [s, await lessonBody(s)] as const))
	);
	return { ...data, bodies };
}
