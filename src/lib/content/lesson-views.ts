/**
 * Plain, serialisable page data for the lessons, modules and glossary pages. Pure functions of a Content
 * object; views from other domains (charts, quiz items, quiz titles) are passed in, so this file does not
 * depend on them and a missing one shows as a placeholder rather than an error.
 */
import type { Content } from './build';
import type { GlossaryTerm, GradeBand, Lesson, Module, ModuleStep, Standard } from './lessons';
import { figureRows, type FigureRow } from './views';
import { paragraphHref, refAnchor } from './anchors';

export interface TermView {
	id: string;
	term: string;
	definition: string;
}

/** A dated row of the reference record, as a "what happened next" note shows it. */
export interface RefView {
	ref: string;
	date: string;
	/** what happened (events) or what was counted (other tables) */
	text: string;
	claimant: string;
	reporter: string;
	href: string;
}

export interface PassageView {
	href: string;
	sourceTitle: string;
	paragraph: string;
}

export interface LessonCard {
	slug: string;
	title: string;
	summary: string;
	order: number;
	minutes: number;
	grade_band: GradeBand;
	advisory: Lesson['advisory'];
	href: string;
}

export interface StepLink {
	kind: ModuleStep['kind'];
	id: string;
	title: string;
	href: string;
	minutes: number;
}

/** Where a lesson sits in one module: position and the steps either side. */
export interface ModuleNav {
	id: string;
	title: string;
	href: string;
	position: number;
	total: number;
	prev?: StepLink;
	next?: StepLink;
}

export type LessonMeta = Omit<Lesson, 'file' | 'uses'>;

export interface LessonView<C = unknown, I = unknown> {
	lesson: LessonMeta;
	figures: Record<string, FigureRow>;
	/** chart views by id; null where the chart's view is not available (placeholder) */
	charts: Record<string, C | null>;
	items: Record<string, I | null>;
	terms: Record<string, TermView>;
	refs: Record<string, RefView>;
	/** quoted passages by `${s}/${p}` as written in the lesson */
	passages: Record<string, PassageView>;
	vocabulary: TermView[];
	standards: Standard[];
	prerequisites: { slug: string; title: string; href: string }[];
	modules: ModuleNav[];
}

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

const termView = (t: GlossaryTerm): TermView => ({ id: t.id, term: t.term, definition: t.definition });

export function lessonCards(c: Content): LessonCard[] {
	return c.lessons.map((l) => ({
		slug: l.slug,
		title: l.title,
		summary: l.summary,
		order: l.order,
		minutes: l.minutes,
		grade_band: l.grade_band,
		advisory: l.advisory,
		href: lessonHref(l.slug)
	}));
}

function refView(c: Content, ref: string): RefView | undefined {
	const row = c.reference.byRef.get(ref);
	if (!row || !('date' in row)) return undefined;
	const text = 'event' in row ? row.event : 'what' in row ? `${row.what}: ${row.value} ${row.unit}` : 'killed' in row ? `${row.killed} killed (${row.region || 'region not disclosed'})` : `${row.dead} dead`;
	return { ref, date: row.date, text, claimant: row.claimant, reporter: row.original_reporter, href: `/reference#${refAnchor(ref)}` };
}

export function stepLink(c: Content, step: ModuleStep, peers: Peers = {}): StepLink {
	if (step.kind === 'lesson') {
		const l = c.lessons.find((x) => x.slug === step.slug);
		return { kind: 'lesson', id: step.slug, title: l?.title ?? step.slug, href: lessonHref(step.slug), minutes: step.minutes };
	}
	return { kind: 'quiz', id: step.id, title: peers.quizTitle?.(step.id) ?? step.id, href: quizHref(step.id), minutes: step.minutes };
}

/** For each module that contains the lesson: its position and the previous and next steps. */
export function moduleNavs(c: Content, slug: string, peers: Peers = {}): ModuleNav[] {
	return c.modules.flatMap((m) => {
		const i = m.steps.findIndex((s) => s.kind === 'lesson' && s.slug === slug);
		if (i === -1) return [];
		const prev = m.steps[i - 1];
		const next = m.steps[i + 1];
		return [
			{
				id: m.id,
				title: m.title,
				href: moduleHref(m.id),
				position: i + 1,
				total: m.steps.length,
				...(prev ? { prev: stepLink(c, prev, peers) } : {}),
				...(next ? { next: stepLink(c, next, peers) } : {})
			}
		];
	});
}

export function lessonView<C, I>(c: Content, slug: string, peers: Peers<C, I> = {}): LessonView<C, I> | undefined {
	const l = c.lessons.find((x) => x.slug === slug);
	if (!l) return undefined;
	const { file: _file, uses, ...lesson } = l;
	const rows = new Map(figureRows(c).map((r) => [r.id, r]));
	const glossary = new Map(c.glossary.map((t) => [t.id, t]));
	const pick = <T>(ids: string[], f: (id: string) => T | undefined) =>
		Object.fromEntries(ids.flatMap((id) => {
			const v = f(id);
			return v === undefined ? [] : [[id, v]];
		})) as Record<string, T>;
	return {
		lesson,
		figures: pick(uses.figures, (id) => rows.get(id)),
		charts: Object.fromEntries(uses.charts.map((id) => [id, peers.chart?.(id) ?? null])),
		items: Object.fromEntries(uses.items.map((id) => [id, peers.item?.(id) ?? null])),
		terms: pick([...new Set([...uses.terms, ...l.vocabulary])], (id) => {
			const t = glossary.get(id);
			return t && termView(t);
		}),
		refs: pick(uses.refs, (r) => refView(c, r)),
		passages: pick(uses.passages, (key) => {
			const [s, p] = key.split('/') as [string, string];
			const src = c.sources.find((x) => x.id === s || x.id.startsWith(`${s}_`));
			return src && { href: paragraphHref(src.id, p), sourceTitle: src.title, paragraph: p };
		}),
		vocabulary: l.vocabulary.flatMap((id) => {
			const t = glossary.get(id);
			return t ? [termView(t)] : [];
		}),
		standards: l.standards.flatMap((code) => c.standards.filter((s) => s.code === code)),
		prerequisites: l.prerequisites.flatMap((p) => {
			const x = c.lessons.find((y) => y.slug === p);
			return x ? [{ slug: x.slug, title: x.title, href: lessonHref(x.slug) }] : [];
		}),
		modules: moduleNavs(c, slug, peers)
	};
}

export interface ModuleCard extends Omit<Module, 'steps'> {
	href: string;
	lessonCount: number;
	quizCount: number;
}

export function moduleCards(c: Content): ModuleCard[] {
	return c.modules.map(({ steps, ...m }) => ({
		...m,
		href: moduleHref(m.id),
		lessonCount: steps.filter((s) => s.kind === 'lesson').length,
		quizCount: steps.filter((s) => s.kind === 'quiz').length
	}));
}

export interface ModuleStepView extends StepLink {
	summary?: string;
	advisory?: Lesson['advisory'];
}

export interface ModuleView {
	module: Omit<Module, 'steps'>;
	steps: ModuleStepView[];
	/** every advisory of its lessons, for one content note at the top */
	advisory: Lesson['advisory'];
	standards: Standard[];
}

export function moduleView(c: Content, id: string, peers: Peers = {}): ModuleView | undefined {
	const m = c.modules.find((x) => x.id === id);
	if (!m) return undefined;
	const { steps, ...module } = m;
	const lessons = steps.flatMap((s) => (s.kind === 'lesson' ? c.lessons.filter((l) => l.slug === s.slug) : []));
	const codes = new Set(lessons.flatMap((l) => l.standards));
	return {
		module,
		steps: steps.map((s) => {
			const link = stepLink(c, s, peers);
			const l = s.kind === 'lesson' ? lessons.find((x) => x.slug === s.slug) : undefined;
			return l ? { ...link, summary: l.summary, advisory: l.advisory } : link;
		}),
		advisory: [...new Set(lessons.flatMap((l) => l.advisory))],
		standards: c.standards.filter((s) => codes.has(s.code))
	};
}

export interface GlossaryEntry extends TermView {
	anchor: string;
	usedIn: { slug: string; title: string; href: string }[];
	seeAlso: { id: string; term: string; anchor: string }[];
}

export function glossaryView(c: Content): GlossaryEntry[] {
	return [...c.glossary]
		.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
		.map((t) => ({
			...termView(t),
			anchor: termAnchor(t.id),
			usedIn: t.usedIn.flatMap((slug) => {
				const l = c.lessons.find((x) => x.slug === slug);
				return l ? [{ slug, title: l.title, href: lessonHref(slug) }] : [];
			}),
			seeAlso: t.see_also.flatMap((id) => {
				const o = c.glossary.find((x) => x.id === id);
				return o ? [{ id, term: o.term, anchor: termAnchor(id) }] : [];
			})
		}));
}
