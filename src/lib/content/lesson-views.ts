/**
 * Plain, serialisable page data for the lesson pages (/lessons, /lessons/<slug>); the module and glossary
 * views are beside it (module-views.ts, glossary-views.ts) and exported from here too. Pure functions of a
 * Content object; views from other domains (charts, quiz items, quiz titles) are passed in, so these files
 * do not depend on them and a missing one shows as a placeholder rather than an error.
 */
import type { Content } from './build';
import type { GradeBand, Lesson, Standard } from './lesson-schema';
import { figureRows, type FigureRow } from './views';
import { paragraphHref, refAnchor } from './anchors';
import { lessonHref, type Peers } from './lesson-links';
import { moduleNavs, type ModuleNav } from './module-views';
import { termView, type TermView } from './glossary-views';

export * from './lesson-links';
export * from './module-views';
export * from './glossary-views';

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
	const text =
		'event' in row
			? row.event
			: 'what' in row
				? `${row.what}: ${row.value} ${row.unit}`
				: 'killed' in row
					? `${row.killed} killed (${row.region || 'region not disclosed'})`
					: `${row.dead} dead`;
	return {
		ref,
		date: row.date,
		text,
		claimant: row.claimant,
		reporter: row.original_reporter,
		href: `/reference#${refAnchor(ref)}`
	};
}

export function lessonView<C, I>(
	c: Content,
	slug: string,
	peers: Peers<C, I> = {}
): LessonView<C, I> | undefined {
	const l = c.lessons.find((x) => x.slug === slug);
	if (!l) return undefined;
	const { file: _file, uses, ...lesson } = l;
	const rows = new Map(figureRows(c).map((r) => [r.id, r]));
	const glossary = new Map(c.glossary.map((t) => [t.id, t]));
	const pick = <T>(ids: string[], f: (id: string) => T | undefined) =>
		Object.fromEntries(
			ids.flatMap((id) => {
				const v = f(id);
				return v === undefined ? [] : [[id, v]];
			})
		) as Record<string, T>;
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
