/**
 * What can be assigned, from the content loader: modules, their lessons and their quizzes (as the quiz
 * engine's views, which carry the answer keys the server grades with). Server-only: the keys never
 * reach a student's browser from the class pages before they submit.
 */
import { content } from '$lib/content';
import { quizView, type QuizView } from '$lib/quiz/view';
import type { ModuleInfo, QuizInfo, Step } from '$lib/teach/types';

export type { QuizView };

export function modules(): ModuleInfo[] {
	return content().modules.map(moduleInfo);
}

export function moduleById(id: string): ModuleInfo | undefined {
	const m = content().modules.find((x) => x.id === id);
	return m && moduleInfo(m);
}

function moduleInfo(m: ReturnType<typeof content>['modules'][number]): ModuleInfo {
	return {
		id: m.id,
		title: m.title,
		summary: m.summary,
		objectives: m.objectives,
		grade_band: m.grade_band,
		minutes: m.minutes,
		steps: m.steps.map((s): Step =>
			s.kind === 'lesson' ? { kind: 'lesson', slug: s.slug } : { kind: 'quiz', id: s.id }
		)
	};
}

const views = new Map<string, QuizView | undefined>();

/** A quiz of the module, or undefined if the module has no such quiz. */
export function quizOf(m: ModuleInfo, quizId: string): QuizView | undefined {
	if (!m.steps.some((s) => s.kind === 'quiz' && s.id === quizId)) return undefined;
	if (!views.has(quizId)) views.set(quizId, quizView(content(), quizId));
	return views.get(quizId);
}

export function quizzesOf(m: ModuleInfo): QuizView[] {
	return m.steps.flatMap((s) =>
		s.kind === 'quiz' ? [quizOf(m, s.id)].filter((q): q is QuizView => !!q) : []
	);
}

/** Where a teacher reads an item: the quiz page, at the item. */
export const itemHref = (quizId: string, itemId: string) => `/quizzes/${quizId}#q-${itemId}`;

/** The narrow view the dashboard needs: titles, prompts and links. */
export function quizInfo(q: QuizView): QuizInfo {
	return {
		id: q.id,
		title: q.title,
		items: q.items.map((it) => ({ id: it.id, prompt: it.prompt, href: itemHref(q.id, it.id) }))
	};
}

export function lessonInfo(
	slug: string
): { slug: string; title: string; minutes: number; href: string } | undefined {
	const l = content().lessons.find((x) => x.slug === slug);
	return l && { slug: l.slug, title: l.title, minutes: l.minutes, href: `/lessons/${l.slug}` };
}
