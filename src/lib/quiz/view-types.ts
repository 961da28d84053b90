/**
 * The shapes of quiz views (see view.ts): what pages, lessons and the class server receive for an item or a
 * quiz, every pointer already resolved into words and links. Types only.
 */
import type { Criterion, ItemType, Level, Measure } from './schema';

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
