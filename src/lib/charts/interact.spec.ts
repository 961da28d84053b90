import { describe, expect, it } from 'vitest';
import { nextIndex, nextTab, tabFromHash, tipPosition } from './interact';

describe('nextIndex', () => {
	it('moves with the arrows and stops at the ends', () => {
		expect(nextIndex('ArrowRight', 0, 3)).toBe(1);
		expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
		expect(nextIndex('ArrowLeft', 0, 3)).toBe(0);
		expect(nextIndex('ArrowUp', 2, 3)).toBe(1);
	});
	it('jumps with Home and End and ignores other keys', () => {
		expect(nextIndex('Home', 2, 3)).toBe(0);
		expect(nextIndex('End', 0, 3)).toBe(2);
		expect(nextIndex('Tab', 0, 3)).toBeUndefined();
		expect(nextIndex('ArrowRight', 0, 0)).toBeUndefined();
	});
});

describe('tabs', () => {
	it('reads the tab from a fragment with this frame’s prefix only', () => {
		expect(tabFromHash('#where-table', 'where')).toBe('table');
		expect(tabFromHash('#where-sources', 'timeline')).toBeUndefined();
		expect(tabFromHash('#fig-s004-deaths-83', 'where')).toBeUndefined();
	});
	it('wraps around with the arrow keys', () => {
		expect(nextTab('ArrowRight', 'embed')).toBe('chart');
		expect(nextTab('ArrowLeft', 'chart')).toBe('embed');
		expect(nextTab('End', 'table')).toBe('embed');
		expect(nextTab('Enter', 'table')).toBeUndefined();
	});
});

describe('tipPosition', () => {
	it('goes above the mark when there is room, centred', () => {
		expect(tipPosition({ x: 100, y: 100, w: 20, h: 20 }, { w: 60, h: 40 }, 400)).toEqual({
			left: 80,
			top: 52
		});
	});
	it('goes below when there is no room above, and stays inside the container', () => {
		const p = tipPosition({ x: 390, y: 10, w: 10, h: 10 }, { w: 100, h: 40 }, 400);
		expect(p.top).toBe(28);
		expect(p.left).toBe(300);
	});
});
