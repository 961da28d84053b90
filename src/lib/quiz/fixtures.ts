/** Hand-made item views for unit tests: one per type, with small, readable keys. */
import type {
	ItemView,
	CategorizeView,
	CiteView,
	CompareView,
	MarkView,
	MatchView,
	MultipleView,
	NumericView,
	OrderView,
	RateView,
	SingleView,
	TrueFalseView
} from './view';
import { tokenize, tokenRange } from './tokens';

const cite: CiteView = { kind: 'paragraph', href: '/sources/x#p01', sourceTitle: 'X', paragraph: 'p01' };
const base = (id: string) => ({
	id,
	quizId: 'test',
	quizTitle: 'Test quiz',
	objective: 'o',
	prompt: 'p',
	rationale: 'r',
	passages: [],
	cite
});
const opt = (id: string, correct = false) => ({ id, text: id, correct, feedback: `fb ${id}`, cite });

export const single: SingleView = {
	...base('t-01'),
	type: 'single',
	options: [opt('a', true), opt('b'), opt('c')]
};
export const multiple: MultipleView = {
	...base('t-02'),
	type: 'multiple',
	options: [opt('a', true), opt('b', true), opt('c'), opt('d')]
};
export const trueFalse: TrueFalseView = {
	...base('t-03'),
	type: 'truefalse',
	statement: 's',
	answer: 'false',
	choices: ['true', 'false'],
	feedback: { true: 'no', false: 'yes' }
};
export const trueFalseCannotTell: TrueFalseView = {
	...trueFalse,
	id: 't-04',
	answer: 'cannot-tell',
	choices: ['true', 'false', 'cannot-tell'],
	feedback: { true: 'no', false: 'no', 'cannot-tell': 'yes' }
};

// "Four U.S. officials, speaking on condition of anonymity, said the plan, which two officials described, was ready and that it would start soon."
export const markText =
	'Four U.S. officials, speaking on condition of anonymity, said the plan, which two officials described, was ready and that it would start soon.';
const toks = tokenize(markText);
const phrase = (quote: string) => {
	const r = tokenRange(toks, markText, quote);
	if ('error' in r) throw new Error(quote);
	return { ...r, quote, feedback: `fb ${quote}` };
};
export const mark: MarkView = {
	...base('t-05'),
	type: 'mark',
	passage: { ...cite, before: markText, quote: '', after: '' },
	tokens: toks.map((t) => t.text),
	targets: [phrase('Four U.S. officials'), phrase('two officials')],
	decoys: [phrase('the plan')]
};

export const order: OrderView = {
	...base('t-06'),
	type: 'order',
	entries: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id, feedback: id, cite })),
	firstLabel: 'earliest',
	lastLabel: 'latest'
};

export const match: MatchView = {
	...base('t-07'),
	type: 'match',
	pairs: [
		{ id: 'p1', prompt: 'one', answer: 'x', feedback: 'f', cite },
		{ id: 'p2', prompt: 'two', answer: 'y', feedback: 'f', cite },
		{ id: 'p3', prompt: 'three', answer: 'z', feedback: 'f', cite },
		{ id: 'p4', prompt: 'four', answer: 'x', feedback: 'f', cite }
	],
	choices: [
		{ id: 'x', text: 'X' },
		{ id: 'y', text: 'Y' },
		{ id: 'z', text: 'Z' },
		{ id: 'w', text: 'W (distractor)' }
	]
};

export const numeric: NumericView = {
	...base('t-08'),
	type: 'numeric',
	measure: 'percent',
	answer: 69,
	tolerance: 2,
	near: 5,
	unit: '%',
	feedback: { correct: 'c', near: 'n', low: 'l', high: 'h' }
};
export const numericDate: NumericView = {
	...base('t-09'),
	type: 'numeric',
	measure: 'date',
	answer: '2025-10-28',
	tolerance: 1,
	feedback: { correct: 'c', low: 'l', high: 'h' }
};

export const categorize: CategorizeView = {
	...base('t-10'),
	type: 'categorize',
	categories: [{ id: 'fact' }, { id: 'opinion' }, { id: 'attributed' }, { id: 'cannot-tell' }],
	statements: [
		{ id: 's1', text: 'a', category: 'fact', feedback: 'f', cite },
		{ id: 's2', text: 'b', category: 'opinion', feedback: 'f', cite },
		{ id: 's3', text: 'c', category: 'attributed', feedback: 'f', cite },
		{ id: 's4', text: 'd', category: 'cannot-tell', feedback: 'f', cite }
	]
};

export const rate: RateView = {
	...base('t-11'),
	type: 'rate',
	answer: 'reliable',
	partial: { mixed: 0.5 },
	feedback: { reliable: 'r', mixed: 'm', unreliable: 'u', 'cannot-tell': 'c' },
	rubric: [
		{ criterion: 'who', lookFor: 'w' },
		{ criterion: 'evidence', lookFor: 'e' },
		{ criterion: 'other-sources', lookFor: 'o' }
	],
	modelAnswer: 'm'
};
export const rateCannotTell: RateView = { ...rate, id: 't-12', answer: 'cannot-tell', partial: {} };

export const compare: CompareView = {
	...base('t-13'),
	type: 'compare',
	sides: {
		a: { label: 'A', passage: { ...cite, before: 'a', quote: '', after: '' } },
		b: { label: 'B', passage: { ...cite, before: 'b', quote: '', after: '' } }
	},
	answer: 'a',
	choices: ['a', 'b', 'cannot-tell'],
	feedback: { a: 'a', b: 'b', 'cannot-tell': 'c' },
	pickCites: { a: cite, b: cite },
	reasons: [opt('r1', true), opt('r2', true), opt('r3')],
	modelAnswer: 'm'
};

/** One item of every type (two numeric: a number and a date), in a fixed order. */
export const oneOfEach: ItemView[] = [
	single,
	multiple,
	trueFalse,
	mark,
	order,
	match,
	numeric,
	numericDate,
	categorize,
	rate,
	compare
];
