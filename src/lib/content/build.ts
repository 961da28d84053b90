/**
 * buildContent: from the raw text of every file under content/ to one validated, cross-checked
 * object. Pure (no file system): the glob in index.ts feeds it, and unit tests feed it fixtures.
 * Every problem is collected with its file, line and field, and thrown together as a ContentError.
 * This file orders the steps (each cites only what is loaded before it); the checks live in
 * sources.ts (sources, captures, publication windows), figures.ts, claims.ts and marks.ts
 * (quote marks, number coverage, crossing quotes), then quizzes, charts and lessons.
 */
import { Collector, under } from './collector';
import type { ClaimNote, Figure, Source } from './schema';
import type { Mark } from './passages';
import { emptyReference, parseReference, type ReferenceRecord } from './reference';
import { buildLessons, type LessonContent } from './lessons';
import { isChartId } from '../charts/ids';
import { loadQuizzes } from './quizzes';
import type { QuizFile } from '../quiz/schema';
import { loadCharts, type ChartContent } from './charts';
import { checkPublicationWindows, loadSources } from './sources';
import { loadFigures, type Excluded } from './figures';
import { loadClaims } from './claims';
import { Marks, checkParagraphs } from './marks';

export interface Content extends LessonContent {
	sources: Source[];
	figures: Figure[];
	claims: ClaimNote[];
	/** the quiz bank (content/quizzes/), every pointer and answer checked */
	quizzes: QuizFile[];
	/** deliberate non-figures, with the source they belong to */
	excluded: Excluded[];
	reference: ReferenceRecord;
	/** chart definitions and archived chart data (content/charts/) */
	charts: ChartContent;
	source(id: string): Source | undefined;
	figure(id: string): Figure | undefined;
	/** element ids (without #) marked in each paragraph, for the reader: `${source}/${paragraph}` → marks */
	marks: Map<string, Mark[]>;
}

export type { ContentFiles } from './collector';
import type { ContentFiles } from './collector';

export function buildContent(files: ContentFiles): Content {
	const c = new Collector();

	// reference record
	const refFiles: Record<string, string> = {};
	for (const p of under(files, 'content/reference/', '.csv'))
		refFiles[p.slice('content/reference/'.length)] = files[p]!;
	const reference = c.try(() => parseReference(refFiles)) ?? emptyReference();
	const hasRef = (r: string) => reference.byRef.has(r);

	// sources (each against its capture)
	const src = loadSources(c, files);
	const { sources, byId: sourceById } = src;

	// figures and exclusions, then claim notes, marking the quotes they cite
	const marks = new Marks();
	const { figures, excluded } = loadFigures(c, files, src, marks);
	const figureById = new Map(figures.map((f) => [f.id, f]));
	const figure = (id: string) => figureById.get(id);
	const claims = loadClaims(c, files, { figure, para: src.para, hasRef }, marks);

	// publication windows cite figures and rows that exist
	checkPublicationWindows(c, src, figure, hasRef);

	// every number in every paragraph is a figure or an explained exclusion; quotes nest or stay apart
	checkParagraphs(c, sources, src.docs, marks);

	// quiz bank (after sources, figures, claims and the record it points at)
	const quizzes = loadQuizzes(c, files, {
		source: (id) => sourceById.get(id),
		figure,
		claim: (id) => claims.find((n) => n.id === id),
		hasRef
	});

	// charts (after the figures and record rows they plot)
	const charts = loadCharts(c, files, {
		figure,
		hasRef,
		hasSource: (id) => sourceById.has(id)
	});

	// lessons, modules, glossary, standards (after everything they cite)
	const lessonContent = buildLessons(c, files, {
		figure,
		datedRef: (r) => hasRef(r) && !r.startsWith('overdoses:'),
		ref: hasRef,
		chart: isChartId,
		item: (id) => quizzes.some((q) => q.items.some((it) => it.id === id)),
		quiz: (id) => quizzes.some((q) => q.id === id),
		source: (s) => sources.find((x) => x.id === s || x.id.startsWith(`${s}_`))
	});

	c.throwIfAny();
	return {
		...lessonContent,
		sources,
		figures,
		claims,
		quizzes,
		excluded,
		reference,
		charts,
		marks: marks.marks,
		source: (id) => sourceById.get(id),
		figure
	};
}
