/**
 * The lesson bodies as compiled components (mdsvex turns each content/lessons/*.md into one; see
 * src/lib/lessons/preprocess.js). This is the one module of src/lib/content that ships to the browser:
 * it imports compiled components lazily, one chunk per lesson, and never reads or validates text.
 * The frontmatter is validated and served by the loader (lessons.ts), not by this module.
 */
import type { Component } from 'svelte';

const bodies = import.meta.glob<{ default: Component }>('/content/lessons/*.md');

/** The body component of a lesson, or undefined for an unknown slug. */
export async function lessonBody(slug: string): Promise<Component | undefined> {
	const load = bodies[`/content/lessons/${slug}.md`];
	return load ? (await load()).default : undefined;
}
