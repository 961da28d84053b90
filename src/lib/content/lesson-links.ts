/**
 * Where lessons, modules, quizzes and glossary terms live on the site, and the lookups into other domains
 * (charts, quiz items, quiz titles) that the lesson, module and glossary views are handed.
 */

/** Lookups from other domains; each may be missing while that work lands. */
export interface Peers<C = unknown, I = unknown> {
	chart?: (id: string) => C | undefined;
	item?: (id: string) => I | undefined;
	quizTitle?: (id: string) => string | undefined;
}

export const lessonHref = (slug: string) => `/lessons/${slug}`;
export const moduleHref = (id: string) => `/modules/${id}`;
export const quizHref = (id: string) => `/quizzes/${id}`;
export const termAnchor = (id: string) => `term-${id}`;
