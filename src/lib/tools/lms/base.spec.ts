/** Credit shares (lms/base.ts). */
import { describe, expect, it } from 'vitest';
import { shareOf } from './base';

describe('shareOf', () => {
	it('shares credit in the percentages Moodle accepts', () => {
		expect([1, 2, 3, 4, 6].map(shareOf)).toEqual([100, 50, 33.33333, 25, 16.66667]);
	});
});
