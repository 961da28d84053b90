/** Ordering, matching and categorizing through convertItem (lms/matching.ts). */
import { describe, expect, it } from 'vitest';
import * as fx from '$lib/quiz/fixtures';
import { convertItem } from '../lms';

const origin = 'https://example.org';

describe('convertItem: matching items', () => {
	it('turns ordering into matching each entry to its position', () => {
		const q = convertItem(fx.order, 'qti', origin).questions[0]!;
		if (q.kind !== 'matching') throw new Error(q.kind);
		expect(q.pairs.map((p) => p.answer)).toEqual(['1 (earliest)', '2', '3', '4', '5 (latest)']);
	});
	it('keeps matching pairs and unused choices as distractors, and categories by their labels', () => {
		const q = convertItem(fx.match, 'qti', origin).questions[0]!;
		if (q.kind !== 'matching') throw new Error(q.kind);
		expect(q.pairs.map((p) => p.answer)).toEqual(['X', 'Y', 'Z', 'X']);
		expect(q.distractors).toEqual(['W (distractor)']);
		const c = convertItem(fx.categorize, 'gift', origin).questions[0]!;
		if (c.kind !== 'matching') throw new Error(c.kind);
		expect(c.pairs[1]).toEqual({ id: 's2', prompt: '“b”', answer: 'Opinion or judgement' });
	});
});
