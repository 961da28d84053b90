import { describe, expect, it } from 'vitest';
import {
	answerFromForm,
	answersFromForm,
	confidenceFromForm,
	field,
	formShown,
	parseNumber,
	shownAnswer
} from './form';
import { gradeItem } from './grade';
import * as f from './fixtures';

function form(entries: [string, string][]) {
	const fd = new FormData();
	for (const [k, v] of entries) fd.append(k, v);
	return fd;
}

describe('parseNumber', () => {
	it('reads numbers as students type them', () => {
		expect(parseNumber('69')).toBe(69);
		expect(parseNumber(' 69 % ')).toBe(69);
		expect(parseNumber('69.5')).toBe(69.5);
		expect(parseNumber('69,5')).toBe(69.5);
		expect(parseNumber('1,200')).toBe(1200);
		expect(parseNumber('105,007')).toBe(105007);
		expect(parseNumber('-3')).toBe(-3);
		expect(parseNumber('.5')).toBe(0.5);
	});
	it('refuses what is not a number', () => {
		for (const s of ['', 'abc', '6 9x', '1e9', '--1', '1,2,3']) expect(parseNumber(s)).toBeNaN();
	});
});

describe('answers from a posted form', () => {
	it('single, multiple, true/false', () => {
		expect(answerFromForm(f.single, form([['t-01', 'a']]))).toBe('a');
		expect(answerFromForm(f.single, form([]))).toBeUndefined();
		expect(
			answerFromForm(
				f.multiple,
				form([
					['t-02', 'a'],
					['t-02', 'c']
				])
			)
		).toEqual(['a', 'c']);
		expect(answerFromForm(f.trueFalse, form([['t-03', 'false']]))).toBe('false');
	});
	it('mark the words: token indices, junk dropped', () => {
		expect(
			answerFromForm(
				f.mark,
				form([
					['t-05', '0'],
					['t-05', '2'],
					['t-05', 'x']
				])
			)
		).toEqual([0, 2]);
	});
	it('order: by chosen position, ties kept in the order shown', () => {
		const fd = form([
			['t-06:shown', 'c,a,e,b,d'],
			['t-06:a', '1'],
			['t-06:b', '2'],
			['t-06:c', '3'],
			['t-06:d', '3'],
			['t-06:e', '5']
		]);
		expect(answerFromForm(f.order, fd)).toEqual(['a', 'b', 'c', 'd', 'e']);
		const tie = form([
			['t-06:shown', 'c,a,e,b,d'],
			['t-06:a', '1'],
			['t-06:c', '1'],
			['t-06:b', '2']
		]);
		expect(answerFromForm(f.order, tie)).toEqual(['c', 'a', 'b', 'e', 'd']);
	});
	it('order left as shown is not an answer', () => {
		expect(answerFromForm(f.order, form([['t-06:shown', 'c,a,e,b,d']]))).toBeUndefined();
		const same = form([
			['t-06:shown', 'c,a,e,b,d'],
			['t-06:c', '1'],
			['t-06:a', '2'],
			['t-06:e', '3'],
			['t-06:b', '4'],
			['t-06:d', '5']
		]);
		expect(answerFromForm(f.order, same)).toBeUndefined();
	});
	it('match and categorize: one field per pair or statement', () => {
		expect(
			answerFromForm(
				f.match,
				form([
					['t-07:p1', 'x'],
					['t-07:p2', '']
				])
			)
		).toEqual({ p1: 'x' });
		expect(answerFromForm(f.match, form([['t-07:p2', '']]))).toBeUndefined();
		expect(answerFromForm(f.categorize, form([['t-10:s4', 'cannot-tell']]))).toEqual({ s4: 'cannot-tell' });
	});
	it('numeric: numbers parsed, dates kept, blank is no answer', () => {
		expect(answerFromForm(f.numeric, form([['t-08', '69,5']]))).toBe(69.5);
		expect(answerFromForm(f.numericDate, form([['t-09', '2025-10-28']]))).toBe('2025-10-28');
		expect(answerFromForm(f.numeric, form([['t-08', '']]))).toBeUndefined();
	});
	it('rate and compare: rating, justification, rubric ticks, reasons', () => {
		const fd = form([
			['t-11', 'reliable'],
			['t-11:justification', 'The FAA notice is public and Reuters is named.'],
			['t-11:rubric', '0'],
			['t-11:rubric', '2']
		]);
		const a = answerFromForm(f.rate, fd);
		expect(a).toEqual({
			level: 'reliable',
			justification: 'The FAA notice is public and Reuters is named.',
			rubric: [0, 2]
		});
		expect(gradeItem(f.rate, a).score).toBe(0.9);
		expect(
			answerFromForm(
				f.compare,
				form([
					['t-13', 'a'],
					['t-13:reasons', 'r1']
				])
			)
		).toEqual({ pick: 'a', reasons: ['r1'], why: '' });
	});
	it('a whole quiz form, graded: what a student without JavaScript gets', () => {
		const fd = form([
			['t-01', 'a'],
			['t-08', '70'],
			['t-06:shown', 'e,d,c,b,a'],
			['t-06:e', '5'],
			['t-06:d', '4'],
			['t-06:c', '3'],
			['t-06:b', '2'],
			['t-06:a', '1']
		]);
		const answers = answersFromForm([f.single, f.numeric, f.order, f.match], fd);
		expect(Object.keys(answers)).toEqual(['t-01', 't-08', 't-06']);
		expect(gradeItem(f.order, answers['t-06']).score).toBe(1);
	});
	it('confidence: only the three levels', () => {
		expect(confidenceFromForm('t-01', form([[field('t-01', 'confidence'), 'high']]))).toBe('high');
		expect(confidenceFromForm('t-01', form([[field('t-01', 'confidence'), 'very']]))).toBeUndefined();
	});
});

describe('what the page shows before it hydrates', () => {
	it('keeps answers grading accepts, in the shape the components keep, and the confidence', () => {
		expect(shownAnswer(f.single, form([['t-01', 'a']]))).toEqual({ answer: 'a' });
		expect(
			shownAnswer(
				f.multiple,
				form([
					['t-02', 'a'],
					['t-02', 'c'],
					['t-02:confidence', 'medium']
				])
			)
		).toEqual({ answer: ['a', 'c'], confidence: 'medium' });
		expect(shownAnswer(f.mark, form([['t-05', '2']]))).toEqual({ answer: [2] });
		expect(shownAnswer(f.numeric, form([['t-08', '69%']]))).toEqual({ answer: 69 });
		expect(shownAnswer(f.compare, form([['t-13:reasons', 'r1']]))).toEqual({
			answer: { reasons: ['r1'], why: '' }
		});
		expect(gradeItem(f.single, shownAnswer(f.single, form([['t-01', 'a']])).answer).answered).toBe(true);
	});
	it('leaves out nothing chosen and what is no answer yet (a half-typed number, an order left as shown)', () => {
		expect(shownAnswer(f.single, form([]))).toEqual({});
		expect(shownAnswer(f.numeric, form([['t-08', '6x']]))).toEqual({});
		expect(shownAnswer(f.order, form([['t-06:shown', 'c,a,e,b,d']]))).toEqual({});
		expect(shownAnswer(f.single, form([['t-01:confidence', 'sure']]))).toEqual({});
	});
	it('reads no form outside a browser', () => {
		expect(formShown('anything')).toBeUndefined();
	});
});
