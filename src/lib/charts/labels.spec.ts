import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, spread, textBox, textWidth, wrap } from './labels';

describe('textWidth', () => {
	it('grows with length, size and weight', () => {
		expect(textWidth('abcd', 12)).toBeGreaterThan(textWidth('ab', 12));
		expect(textWidth('abcd', 16)).toBeGreaterThan(textWidth('abcd', 12));
		expect(textWidth('abcd', 12, 700)).toBeGreaterThan(textWidth('abcd', 12));
	});
});

describe('wrap', () => {
	it('keeps every word, in order, and each line within the width unless a word is longer', () => {
		const text = 'Carrier enters Caribbean; designation announced on the same day';
		const lines = wrap(text, 12, 120);
		expect(lines.join(' ')).toBe(text);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) if (l.includes(' ')) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
	});
	it('gives one line when it fits', () => {
		expect(wrap('short label', 12, 500)).toEqual(['short label']);
	});
});

describe('placeLabels', () => {
	const bounds = { x: 0, y: 0, w: 400, h: 300 };
	it('takes the first clear candidate and avoids boxes already taken', () => {
		const taken = [textBox(100, 100, ['blocker'], 12, 'start')];
		const [p] = placeLabels(
			[
				{
					lines: ['label'],
					size: 12,
					candidates: [
						{ x: 100, y: 100, anchor: 'start' },
						{ x: 100, y: 160, anchor: 'start' }
					]
				}
			],
			taken,
			bounds
		);
		expect(p!.y).toBe(160);
		expect(overlaps(p!.box, taken[0]!)).toBe(false);
	});
	it('keeps labels apart from each other', () => {
		const cands = [
			{ x: 50, y: 50, anchor: 'start' as const },
			{ x: 50, y: 90, anchor: 'start' as const }
		];
		const [a, b] = placeLabels(
			[
				{ lines: ['first'], size: 12, candidates: cands },
				{ lines: ['second'], size: 12, candidates: cands }
			],
			[],
			bounds
		);
		expect(overlaps(a!.box, b!.box)).toBe(false);
	});
	it('prefers a candidate inside the bounds', () => {
		const [p] = placeLabels(
			[
				{
					lines: ['a long label here'],
					size: 12,
					candidates: [
						{ x: 390, y: 50, anchor: 'start' },
						{ x: 390, y: 50, anchor: 'end' }
					]
				}
			],
			[],
			bounds
		);
		expect(p!.anchor).toBe('end');
	});
});

describe('spread', () => {
	it('leaves positions that are far enough apart where they are', () => {
		expect(spread([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
	});
	it('pushes close neighbours apart by at least the gap, keeping their order', () => {
		const out = spread([50, 52, 51, 10], 12, 0, 200);
		const sorted = [...out.slice(0, 3)].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(11.99);
		expect(out[0]).toBeLessThan(out[2]!);
		expect(out[2]).toBeLessThan(out[1]!);
		expect(out[3]).toBe(10);
	});
	it('stays inside the bounds when there is room', () => {
		const out = spread([0, 1, 2], 10, 0, 100);
		expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
	});
});
