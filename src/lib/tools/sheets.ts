/**
 * Page data for the print pages: a quiz, a lesson (with its charts and practice items, as the lesson page
 * gets them) or a module (every lesson and quiz in order). Pure functions of the content; server only.
 */
import type { Content } from '$lib/content/build';
import {
	lessonView,
	moduleView,
	type LessonView,
	type ModuleView,
	type Peers
} from '$lib/content/lesson-views';
import { chartView, type ChartView } from '$lib/charts/view';
import { itemView, quizView, type ItemView, type QuizView } from '$lib/quiz/view';

export type LessonSheet = LessonView<ChartView, ItemView> & {
	/** the practice items the lesson places, in the order they appear */
	itemList: ItemView[];
};

export type ModulePart = { kind: 'lesson'; sheet: LessonSheet } | { kind: 'quiz'; quiz: QuizView };

export interface ModuleSheet extends ModuleView {
	parts: ModulePart[];
}

function peers(c: Content): Peers<ChartView, ItemView> {
	return {
		chart: (id) => chartView(c, id),
		item: (id) => itemView(c, id),
		quizTitle: (id) => c.quizzes.find((q) => q.id === id)?.title
	};
}

export function lessonSheet(c: Content, slug: string): LessonSheet | undefined {
	const view = lessonView(c, slug, peers(c));
	if (!view) return undefined;
	const itemList = Object.values(view.items).filter((x): x is ItemView => !!x);
	return { ...view, itemList };
}

export function quizSheet(c: Content, id: string): QuizView | undefined {
	return quizView(c, id);
}

export function moduleSheet(c: Content, slug: string): ModuleSheet | undefined {
	const view = moduleView(c, slug, peers(c));
	const m = c.modules.find((x) => x.id === slug);
	if (!view || !m) return undefined;
	const parts = m.steps.flatMap((s): ModulePart[] => {
		if (s.kind === 'lesson') {
			const sheet = lessonSheet(c, s.slug);
			return sheet ? [{ kind: 'lesson', sheet }] : [];
		}
		const quiz = quizView(c, s.id);
		return quiz ? [{ kind: 'quiz', quiz }] : [];
	});
	return { ...view, parts };
}
