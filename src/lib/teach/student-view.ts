/**
 * An item as a student sees it before submitting an assigned quiz: everything needed to answer, nothing
 * that gives the answer away. The quiz engine's views carry the key (practice grades in the browser);
 * for an assigned quiz the server grades, so the key, feedback, rationale and model answers are removed,
 * and lists whose order could hint at the key (options, order entries) are shuffled with a random seed
 * (a fixed seed could be undone, since the code is public).
 */
import { shuffle } from '$lib/quiz/shuffle';
import type { ItemView, OptionView } from '$lib/quiz/view';

const blankOptions = (list: OptionView[], seed: number, cite: ItemView['cite']) =>
	shuffle(list, seed).map((o) => ({ ...o, correct: false, feedback: '', cite }));

export function studentView(item: ItemView, seed: number): ItemView {
	const base = { ...item, rationale: '' };
	switch (item.type) {
		case 'single':
		case 'multiple':
			return { ...base, type: item.type, options: blankOptions(item.options, seed, item.cite) } as ItemView;
		case 'truefalse':
			return { ...base, type: 'truefalse', answer: item.choices[0]!, feedback: {} } as ItemView;
		case 'mark':
			return { ...base, type: 'mark', targets: [], decoys: [] } as ItemView;
		case 'order':
			return {
				...base,
				type: 'order',
				entries: shuffle(item.entries, seed, true).map((e) => ({ ...e, feedback: '', cite: item.cite }))
			} as ItemView;
		case 'match':
			return {
				...base,
				type: 'match',
				pairs: item.pairs.map((p) => ({ ...p, answer: '', feedback: '', cite: item.cite }))
			} as ItemView;
		case 'numeric':
			return {
				...base,
				type: 'numeric',
				answer: item.measure === 'date' ? '2000-01-01' : 0,
				tolerance: 0,
				near: undefined,
				feedback: { correct: '', low: '', high: '' }
			} as ItemView;
		case 'categorize':
			return {
				...base,
				type: 'categorize',
				statements: item.statements.map((s) => ({ ...s, category: '', feedback: '', cite: item.cite }))
			} as ItemView;
		case 'rate':
			return {
				...base,
				type: 'rate',
				answer: 'cannot-tell',
				partial: {},
				feedback: { reliable: '', mixed: '', unreliable: '', 'cannot-tell': '' },
				modelAnswer: ''
			} as ItemView;
		case 'compare':
			return {
				...base,
				type: 'compare',
				answer: 'cannot-tell',
				feedback: {},
				reasons: blankOptions(item.reasons, seed, item.cite),
				modelAnswer: ''
			} as ItemView;
	}
}
