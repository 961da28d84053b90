import { describe, expect, it } from 'vitest';
import { findNumbers, occurrences, uncovered } from './numbers';

const words = (s: string) => findNumbers(s).map((n) => n.text);

describe('findNumbers', () => {
	it('finds numerals with separators, currency and percent', () => {
		expect(words('over 15,000 troops, a $50 million reward and 70% of 105,007')).toEqual([
			'15,000',
			'$50',
			'million',
			'70%',
			'105,007'
		]);
	});
	it('finds number words, compounds and plurals, case-insensitively', () => {
		expect(words('Four officials; more than thirty strikes; thirty-five boats; millions fleeing')).toEqual([
			'Four',
			'thirty',
			'thirty-five',
			'millions'
		]);
	});
	it('finds months (full and abbreviated) and weekdays', () => {
		expect(words('since Sept. 2 and on November 16, said on Saturday')).toEqual([
			'Sept.',
			'2',
			'November',
			'16',
			'Saturday'
		]);
	});
	it('finds relative time phrases as one span', () => {
		expect(words('World 3 months ago; last week; earlier this month; within days; a day after')).toEqual([
			'3 months ago',
			'last week',
			'earlier this month',
			'within days',
			'a day after'
		]);
	});
	it('finds model numbers too, so that they must be excluded on purpose', () => {
		expect(words('F-35 fighter jets')).toEqual(['35']);
	});
	it('does not take parts of words', () => {
		expect(words('someone, tone, often, bones, Mayor, may')).toEqual([]);
	});
	it('counts "May" only as a month before a day or year', () => {
		expect(words('it may rain; on May 5; in May 2025')).toEqual(['May', '5', 'May', '2025']);
	});
});

describe('uncovered', () => {
	it('reports only the spans that no covering span contains', () => {
		const text = 'killing at least 17 people in three strikes';
		const cover = occurrences(text, 'at least 17');
		expect(uncovered(text, cover).map((n) => n.text)).toEqual(['three']);
		expect(uncovered(text, [...cover, ...occurrences(text, 'three strikes')])).toEqual([]);
	});
	it('treats each occurrence separately', () => {
		expect(occurrences('one and one', 'one').map((s) => s.start)).toEqual([0, 8]);
	});
});
