/**
 * Plain, serialisable views of quizzes and items for pages and lessons: every pointer resolved into
 * the words it points at and a link to the highlighted passage. Pure functions of a Content object
 * (run on the server; components receive the result). The answer key travels with the view: grading
 * runs in the browser for practice and offline use, and on the server with the same functions.
 * The view shapes are in view-types.ts, pointer resolution in pointers.ts; both are re-exported here.
 */
import type { Content } from '../content/build';
import type { Item, Pointer } from './schema';
import { tokenize, tokenRange } from './tokens';
import { citeView, passageView } from './pointers';
import type { ItemView, MultipleView, QuizSummary, QuizView, SingleView } from './view-types';

export type * from './view-types';
export { citeView, passageView } from './pointers';

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
