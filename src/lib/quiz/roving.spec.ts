import { describe, expect, it } from 'vitest';
import { nextIndex } from './roving';

describe('nextIndex', () => {
	it('moves one element forward with Right and Down, back with Left and Up', () => {
		expect(nextIndex('ArrowRight', 2, 5)).toBe(3);
		expect(nextIndex('ArrowDown', 2, 5)).toBe(3);
		expect(nextIndex('ArrowLeft', 2, 5)).toBe(1);
		expect(nextIndex('ArrowUp', 2, 5)).toBe(1);
	});
	it('stops at the ends instead of wrapping', () => {
		expect(nextIndex('ArrowRight', 4, 5)).toBe(4);
		expect(nextIndex('ArrowDown', 4, 5)).toBe(4);
		expect(nextIndex('ArrowLeft', 0, 5)).toBe(0);
		expect(nextIndex('ArrowUp', 0, 5)).toBe(0);
	});
	it('goes to the first and last element with Home and End', () => {
		expect(nextIndex('Home', 3, 5)).toBe(0);
		expect(nextIndex('End', 1, 5)).toBe(4);
	});
	it('leaves every other key to the element (Space toggles a checkbox, Tab leaves the group)', () => {
		for (const key of [' ', 'Enter', 'Tab', 'a', 'PageDown']) expect(nextIndex(key, 1, 5)).toBeUndefined();
	});
	it('keeps a stale index inside the group, and does nothing in an empty one', () => {
		expect(nextIndex('ArrowRight', 9, 5)).toBe(4);
		expect(nextIndex('ArrowLeft', -3, 5)).toBe(0);
		expect(nextIndex('ArrowRight', 0, 0)).toBeUndefined();
		expect(nextIndex('Home', 0, 1)).toBe(0);
	});
});
