/** Rating and comparing, each split in two, through convertItem (lms/split.ts). */
import { describe, expect, it } from 'vitest';
import * as fx from '$lib/quiz/fixtures';
import { convertItem } from '../lms';

const origin = 'https://example.org';

describe('convertItem: split items', () => {
	it('splits rating into a rating and a justification, and comparing into a pick and reasons', () => {
		const r = convertItem(fx.rate, 'gift', origin);
		expect(r.questions.map((q) => q.kind)).toEqual(['mc', 'essay']);
		const rating = r.questions[0]!;
		if (rating.kind !== 'mc') throw new Error();
		expect(rating.choices.map((c) => c.weight)).toEqual([100, 50, 0, 0]);
		expect(convertItem(fx.rate, 'qti', origin).notes.map((n) => n.action)).toEqual(['split', 'simplified']);
		const c = convertItem(fx.compare, 'qti', origin);
		expect(c.questions.map((q) => [q.id, q.kind])).toEqual([
			[fx.compare.id, 'mc'],
			[`${fx.compare.id}-reasons`, 'ma']
		]);
	});
});
