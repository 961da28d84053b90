/** Numeric and date estimates through convertItem, and day arithmetic (lms/numeric.ts). */
import { describe, expect, it } from 'vitest';
import * as fx from '$lib/quiz/fixtures';
import { convertItem } from '../lms';
import { shiftDay } from './numeric';

const origin = 'https://example.org';

describe('convertItem: numeric items', () => {
	it('keeps near answers for GIFT and notes them as dropped for Canvas', () => {
		const g = convertItem(fx.numeric, 'gift', origin);
		expect(g.questions[0]).toMatchObject({ kind: 'numerical', answer: 69, tolerance: 2, near: 5 });
		expect(g.notes).toEqual([]);
		const q = convertItem(fx.numeric, 'qti', origin);
		expect(q.notes.map((n) => n.action)).toEqual(['simplified']);
	});
	it('turns a date estimate into short answer accepting every day within the tolerance', () => {
		const q = convertItem(fx.numericDate, 'qti', origin).questions[0]!;
		if (q.kind !== 'short') throw new Error(q.kind);
		expect(q.answers.map((a) => a.text)).toEqual(['2025-10-27', '2025-10-28', '2025-10-29']);
	});
	it('moves days across month ends', () => {
		expect(shiftDay('2025-10-31', 1)).toBe('2025-11-01');
		expect(shiftDay('2025-03-01', -1)).toBe('2025-02-28');
	});
});
