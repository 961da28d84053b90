/**
 * Plain, serialisable views of quizzes and items for pages and lessons: every pointer resolved into
 * the words it points at and a link to the highlighted passage. Pure functions of a Content object
 * (run on the server; components receive the result). The answer key travels with the view: grading
 * runs in the browser for practice and offline use, and on the server with the same functions.
 */
import type { Content } from '../content/build';
import { figureHref, paragraphHref, refAnchor } from '../content/anchors';
import type { Criterion, Item, ItemType, Level, Measure, Pointer } from './schema';
import { tokenize, tokenRange } from './tokens';

/** Where feedback points: a highlighted paragraph, figure quote, claim note or record row. */
export interface CiteView {
	href: string;
	kind: 'paragraph' | 'figure' | 'claim' | 'ref';
	sourceTitle?: string;
	paragraph?: string;
	ref?: string;
}

/** A passage shown with an item: the paragraph's words split around the quote (if any), or a record row. */
export interface PassageView extends CiteView {
	before: string;
	quote: string;
	after: string;
	/** for a record row: who made the claim (or what a statistic measures), who reported it, where it was read */
	claimant?: string;
	measure?: string;
	reporter?: string;
	readAt?: string;
	date?: string;
}

export interface OptionView {
	id: string;
	text: string;
	correct: boolean;
	feedback: string;
	cite: CiteView;
}

interface Base<T extends ItemType> {
	id: string;
	type: T;
	quizId: string;
	quizTitle: string;
	objective: string;
	prompt: string;
	rationale: string;
	passages: PassageView[];
	/** the default place feedback points to */
	cite: CiteView;
}

export type SingleView = Base<'single'> & { options: OptionView[] };
export type MultipleView = Base<'multiple'> & { options: OptionView[] };
export type TrueFalseChoice = 'true' | 'false' | 'cannot-tell';
export type TrueFalseView = Base<'truefalse'> & {
	statement: string;
	answer: TrueFalseChoice;
	choices: TrueFalseChoice[];
	feedback: Partial<Record<TrueFalseChoice, string>>;
};
export interface PhraseView {
	first: number;
	last: number;
	quote: string;
	feedback: string;
}
export type MarkView = Base<'mark'> & {
	passage: PassageView;
	tokens: string[];
	targets: PhraseView[];
	decoys: PhraseView[];
};
export type OrderView = Base<'order'> & {
	entries: { id: string; text: string; feedback: string; cite: CiteView }[];
	firstLabel: string;
	lastLabel: string;
};
export type MatchView = Base<'match'> & {
	pairs: { id: string; prompt: string; answer: string; feedback: string; cite: CiteView }[];
	choices: { id: string; text: string }[];
};
export type NumericView = Base<'numeric'> & {
	measure: Measure;
	answer: number | string;
	tolerance: number;
	near?: number;
	unit?: string;
	feedback: { correct: string; near?: string; low: string; high: string };
};
export type CategorizeView = Base<'categorize'> & {
	/** label is absent for the default categories (the UI names them) */
	categories: { id: string; label?: string }[];
	statements: {
		id: string;
		text: string;
		from?: CiteView;
		category: string;
		feedback: string;
		cite: CiteView;
	}[];
};
export type RateView = Base<'rate'> & {
	answer: Level;
	partial: Partial<Record<Level, number>>;
	feedback: Record<Level, string>;
	rubric: { criterion: Criterion; lookFor: string }[];
	modelAnswer: string;
};
export type CompareChoice = 'a' | 'b' | 'equal' | 'cannot-tell';
export type CompareView = Base<'compare'> & {
	sides: { a: { label: string; passage: PassageView }; b: { label: string; passage: PassageView } };
	answer: CompareChoice;
	choices: CompareChoice[];
	feedback: Partial<Record<CompareChoice, string>>;
	/** where the feedback on picking A or B points */
	pickCites: { a: CiteView; b: CiteView };
	reasons: OptionView[];
	modelAnswer: string;
};

export type ItemView =
	| SingleView
	| MultipleView
	| TrueFalseView
	| MarkView
	| OrderView
	| MatchView
	| NumericView
	| CategorizeView
	| RateView
	| CompareView;

export interface QuizView {
	id: string;
	title: string;
	summary: string;
	standards: string[];
	items: ItemView[];
}

export interface QuizSummary {
	id: string;
	title: string;
	summary: string;
	count: number;
	/** item ids, to show progress kept on the device */
	ids: string[];
	types: ItemType[];
	objectives: string[];
	sources: { id: string; title: string }[];
}

// ---------------------------------------------------------------- pointers

function host(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}

/** The paragraph a pointer lands in (for figures and claim notes too), or undefined for a record row. */
function landing(c: Content, p: Pointer): { source: string; paragraph: string; quote?: string } | undefined {
	if (p.figure) {
		const f = c.figure(p.figure);
		return f && { source: f.source, paragraph: f.paragraph, quote: f.quote };
	}
	if (p.claim) {
		const n = c.claims.find((x) => x.id === p.claim);
		if (n?.passage) return { ...n.passage };
		const f = n?.figure ? c.figure(n.figure) : undefined;
		return f && { source: f.source, paragraph: f.paragraph, quote: f.quote };
	}
	if (p.source && p.paragraph) return { source: p.source, paragraph: p.paragraph, quote: p.quote };
	return undefined;
}

export function citeView(c: Content, p: Pointer): CiteView {
	if (p.ref) return { kind: 'ref', href: `/reference#${refAnchor(p.ref)}`, ref: p.ref };
	const at = landing(c, p);
	const sourceTitle = at ? c.source(at.source)?.title : undefined;
	const base = { sourceTitle, paragraph: at?.paragraph };
	if (p.figure && at)
		return { kind: 'figure', href: figureHref({ source: at.source, id: p.figure }), ...base };
	if (p.claim && at) return { kind: 'claim', href: `/sources/${at.source}#note-${p.claim}`, ...base };
	return { kind: 'paragraph', href: at ? paragraphHref(at.source, at.paragraph) : '/sources', ...base };
}

export function passageView(c: Content, p: Pointer): PassageView {
	const cite = citeView(c, p);
	if (p.ref) {
		const row = c.reference.byRef.get(p.ref) as Record<string, unknown> | undefined;
		const str = (k: string) => (typeof row?.[k] === 'string' && row[k] ? (row[k] as string) : undefined);
		return {
			...cite,
			before: '',
			quote: str('quote') ?? '',
			after: '',
			claimant: str('claimant'),
			measure: str('measure'),
			reporter: str('original_reporter'),
			readAt: host(str('source_url')),
			date: str('date') ?? (row?.year !== undefined ? String(row.year) : undefined)
		};
	}
	const at = landing(c, p);
	const text = at ? (c.source(at.source)?.paragraphs.find((x) => x.id === at.paragraph)?.text ?? '') : '';
	const i = at?.quote ? text.indexOf(at.quote) : -1;
	if (!at?.quote || i === -1) return { ...cite, before: text, quote: '', after: '' };
	return { ...cite, before: text.slice(0, i), quote: at.quote, after: text.slice(i + at.quote.length) };
}

// ---------------------------------------------------------------- items and quizzes

function toView(c: Content, quiz: { id: string; title: string }, it: Item): ItemView {
	const passages = it.passages.map((p) => passageView(c, p));
	const fallback =
		it.cite ??
		it.passages[0] ??
		(it.type === 'mark' ? it.passage : undefined) ??
		(it.type === 'compare' ? it.sources.a.pointer : undefined) ??
		(it.type === 'categorize'
			? (it.statements[0]?.cite ?? {
					source: it.statements[0]?.source,
					paragraph: it.statements[0]?.paragraph
				})
			: undefined);
	const cite = fallback ? citeView(c, fallback) : { kind: 'paragraph' as const, href: '/sources' };
	const at = (p?: Pointer) => (p ? citeView(c, p) : cite);
	const base = {
		id: it.id,
		quizId: quiz.id,
		quizTitle: quiz.title,
		objective: it.objective,
		prompt: it.prompt,
		rationale: it.rationale,
		passages,
		cite
	};
	const options = (
		list: { id: string; text: string; correct: boolean; feedback: string; cite?: Pointer }[]
	) =>
		list.map((o) => ({ id: o.id, text: o.text, correct: o.correct, feedback: o.feedback, cite: at(o.cite) }));
	switch (it.type) {
		case 'single':
		case 'multiple':
			return { ...base, type: it.type, options: options(it.options) } as SingleView | MultipleView;
		case 'truefalse':
			return {
				...base,
				type: 'truefalse',
				statement: it.statement,
				answer: it.answer,
				choices: it.offer_cannot_tell ? ['true', 'false', 'cannot-tell'] : ['true', 'false'],
				feedback: it.feedback
			};
		case 'mark': {
			const passage = passageView(c, it.passage);
			const text = passage.before + passage.quote + passage.after;
			const tokens = tokenize(text);
			const phrases = (list: { quote: string; feedback: string }[]) =>
				list.flatMap((x) => {
					const r = tokenRange(tokens, text, x.quote);
					return 'error' in r ? [] : [{ ...r, quote: x.quote, feedback: x.feedback }];
				});
			return {
				...base,
				type: 'mark',
				passage,
				tokens: tokens.map((t) => t.text),
				targets: phrases(it.targets),
				decoys: phrases(it.decoys)
			};
		}
		case 'order':
			return {
				...base,
				type: 'order',
				entries: it.entries.map((e) => ({ id: e.id, text: e.text, feedback: e.feedback, cite: at(e.cite) })),
				firstLabel: it.first_label,
				lastLabel: it.last_label
			};
		case 'match':
			return {
				...base,
				type: 'match',
				pairs: it.pairs.map((p) => ({
					id: p.id,
					prompt: p.prompt,
					answer: p.answer,
					feedback: p.feedback,
					cite: at(p.cite)
				})),
				choices: it.choices
			};
		case 'numeric':
			return {
				...base,
				type: 'numeric',
				measure: it.measure,
				answer: it.answer,
				tolerance: it.tolerance,
				...(it.near !== undefined ? { near: it.near } : {}),
				...(it.unit !== undefined ? { unit: it.unit } : {}),
				feedback: it.feedback
			};
		case 'categorize':
			return {
				...base,
				type: 'categorize',
				categories: it.categories ?? ['fact', 'opinion', 'attributed', 'cannot-tell'].map((id) => ({ id })),
				statements: it.statements.map((s) => {
					const quoted =
						s.source && s.paragraph && s.quote
							? { source: s.source, paragraph: s.paragraph, quote: s.quote }
							: undefined;
					return {
						id: s.id,
						text: s.text ?? s.quote ?? '',
						...(quoted ? { from: citeView(c, quoted) } : {}),
						category: s.category,
						feedback: s.feedback,
						cite: at(s.cite ?? quoted)
					};
				})
			};
		case 'rate':
			return {
				...base,
				type: 'rate',
				answer: it.answer,
				partial: it.partial,
				feedback: it.feedback,
				rubric: it.rubric.map((r) => ({ criterion: r.criterion, lookFor: r.look_for })),
				modelAnswer: it.model_answer
			};
		case 'compare':
			return {
				...base,
				type: 'compare',
				sides: {
					a: { label: it.sources.a.label, passage: passageView(c, it.sources.a.pointer) },
					b: { label: it.sources.b.label, passage: passageView(c, it.sources.b.pointer) }
				},
				answer: it.answer,
				choices: it.offer_equal ? ['a', 'b', 'equal', 'cannot-tell'] : ['a', 'b', 'cannot-tell'],
				feedback: it.feedback,
				pickCites: { a: citeView(c, it.sources.a.pointer), b: citeView(c, it.sources.b.pointer) },
				reasons: options(it.reasons),
				modelAnswer: it.model_answer
			};
	}
}

/** One quiz, every item resolved; undefined for an unknown id. */
export function quizView(c: Content, quizId: string): QuizView | undefined {
	const q = c.quizzes.find((x) => x.id === quizId);
	if (!q) return undefined;
	return {
		id: q.id,
		title: q.title,
		summary: q.summary,
		standards: q.standards,
		items: q.items.map((it) => toView(c, q, it))
	};
}

/** One item by its bank-wide id (for lessons placing single items); undefined for an unknown id. */
export function itemView(c: Content, itemId: string): ItemView | undefined {
	for (const q of c.quizzes) {
		const it = q.items.find((x) => x.id === itemId);
		if (it) return toView(c, q, it);
	}
	return undefined;
}

/** The quiz list for /quizzes. */
export function quizSummaries(c: Content): QuizSummary[] {
	return c.quizzes.map((q) => {
		const ids = new Set<string>();
		for (const it of q.items) {
			const ptrs: Pointer[] = [...it.passages, ...(it.type === 'mark' ? [it.passage] : [])];
			if (it.type === 'compare') ptrs.push(it.sources.a.pointer, it.sources.b.pointer);
			for (const p of ptrs) {
				const s = p.source ?? (p.figure ? c.figure(p.figure)?.source : undefined);
				if (s) ids.add(s);
			}
		}
		return {
			id: q.id,
			title: q.title,
			summary: q.summary,
			count: q.items.length,
			ids: q.items.map((it) => it.id),
			types: [...new Set(q.items.map((it) => it.type))],
			objectives: [...new Set(q.items.map((it) => it.objective))],
			sources: [...ids].sort().map((id) => ({ id, title: c.source(id)?.title ?? id }))
		};
	});
}
