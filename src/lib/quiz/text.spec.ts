import { describe, expect, it } from 'vitest';
import { gradeItem } from './grade';
import { citeLabel, formatScore, verdictOf, verdictText } from './text';
import * as f from './fixtures';

describe('quiz wording', () => {
	it('verdicts: right, partly (with the score), wrong, unanswered', () => {
		expect(verdictOf(gradeItem(f.multiple, ['a', 'b']))).toBe('right');
		expect(verdictText(gradeItem(f.multiple, ['a']))).toBe('Partly right: 0.5 of 1.');
		expect(verdictOf(gradeItem(f.multiple, ['c']))).toBe('wrong');
		expect(verdictOf(gradeItem(f.multiple, []))).toBe('unanswered');
		// a right rating without justification is right, though it scores 0.7
		expect(verdictOf(gradeItem(f.rate, { level: 'reliable' }))).toBe('right');
	});
	it('cite labels name the article and paragraph, the figure, the claim note or the record row', () => {
		expect(citeLabel({ kind: 'paragraph', href: '#', sourceTitle: 'X', paragraph: 'p06' })).toBe(
			'See X, paragraph p06'
		);
		expect(citeLabel({ kind: 'figure', href: '#', sourceTitle: 'X' })).toBe(
			'See the highlighted sentence in X'
		);
		expect(citeLabel({ kind: 'claim', href: '#', sourceTitle: 'X' })).toBe('See the claim note in X');
		expect(citeLabel({ kind: 'ref', href: '#', ref: 'strikes:2025-09-02' })).toBe(
			'See reference record row strikes:2025-09-02'
		);
	});
	it('scores read as people say them', () => {
		expect(formatScore(1)).toBe('1');
		expect(formatScore(1 / 3)).toBe('0.33');
		expect(formatScore(0.75)).toBe('0.75');
	});
});
