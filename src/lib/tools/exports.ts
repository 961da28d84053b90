/**
 * What goes into a download: the quizzes of one quiz or one module, converted for one LMS. Pure functions of
 * the content (run on the server while prerendering); the routes only turn them into files.
 */
import type { Content } from '$lib/content/build';
import { quizView } from '$lib/quiz/view';
import { lmsQuiz, type LmsQuiz, type LmsTarget } from './lms';
import { t } from '$lib/i18n';

export type ExportKind = 'quizzes' | 'modules';

export interface ExportSet {
	/** a stable id for the package */
	id: string;
	title: string;
	quizzes: LmsQuiz[];
	/** the day the content was last updated (YYYY-MM-DD): the date inside the files, so a rebuild gives the same bytes */
	date: string;
}

/** The quiz ids a quiz or module export holds, or undefined for an unknown id. */
export function exportQuizIds(c: Content, kind: ExportKind, id: string): string[] | undefined {
	if (kind === 'quizzes') return c.quizzes.some((q) => q.id === id) ? [id] : undefined;
	const m = c.modules.find((x) => x.id === id);
	return m?.steps.flatMap((s) => (s.kind === 'quiz' ? [s.id] : []));
}

export function contentDate(c: Content): string {
	return c.lessons.reduce((d, l) => (l.updated > d ? l.updated : d), '2026-01-01');
}

export function exportSet(
	c: Content,
	kind: ExportKind,
	id: string,
	target: LmsTarget,
	origin: string
): ExportSet | undefined {
	const ids = exportQuizIds(c, kind, id);
	if (!ids) return undefined;
	const quizzes = ids.flatMap((q) => {
		const v = quizView(c, q);
		return v ? [lmsQuiz(v, target, origin)] : [];
	});
	const title =
		kind === 'quizzes'
			? (quizzes[0]?.title ?? id)
			: t('tools.export.moduleTitle', { title: c.modules.find((m) => m.id === id)?.title ?? id });
	return { id: `${kind}-${id}`, title, quizzes, date: contentDate(c) };
}

/** Entries for prerendering: every quiz and every module that has a quiz. */
export function exportEntries(c: Content, kind: ExportKind): string[] {
	return kind === 'quizzes'
		? c.quizzes.map((q) => q.id)
		: c.modules.filter((m) => m.steps.some((s) => s.kind === 'quiz')).map((m) => m.id);
}

/** Addresses of the downloads and print pages (client-safe: no content imports needed to call it). */
export const exportHref = (kind: ExportKind, id: string, format: 'qti' | 'gift') =>
	`/export/${kind}/${id}.${format === 'qti' ? 'qti.zip' : 'gift.txt'}`;
