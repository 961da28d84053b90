import { describe, expect, it } from 'vitest';
import { crossings, segment } from './passages';

const text = 'Trump has announced at least three strikes, killing at least 17 people.';

describe('segment', () => {
	it('wraps a quote and keeps the text around it', () => {
		const start = text.indexOf('at least 17');
		expect(segment(text, [{ id: 'a', start, end: start + 11 }])).toEqual([
			text.slice(0, start),
			{ id: 'a', children: ['at least 17'] },
			text.slice(start + 11)
		]);
	});
	it('nests identical and contained quotes', () => {
		const all = { id: 'sentence', start: 0, end: text.length };
		const same = { id: 'same', start: 0, end: text.length };
		const inner = { id: 'inner', start: 20, end: 42 };
		const tree = segment(text, [all, same, inner]);
		expect(tree).toHaveLength(1);
		const outer = tree[0] as { id: string; children: unknown[] };
		expect(outer.id).toBe('sentence');
		const second = outer.children[0] as { id: string; children: unknown[] };
		expect(second.id).toBe('same');
		expect(second.children).toContainEqual({ id: 'inner', children: [text.slice(20, 42)] });
	});
	it('keeps the full text, in order', () => {
		const flat = (s: unknown): string =>
			typeof s === 'string' ? s : (s as { children: unknown[] }).children.map(flat).join('');
		const tree = segment(text, [
			{ id: 'a', start: 0, end: 5 },
			{ id: 'b', start: 10, end: 30 },
			{ id: 'c', start: 12, end: 15 }
		]);
		expect(tree.map(flat).join('')).toBe(text);
	});
	it('refuses quotes that cross', () => {
		const marks = [
			{ id: 'a', start: 0, end: 20 },
			{ id: 'b', start: 10, end: 30 }
		];
		expect(crossings(marks)).toEqual([{ a: 'a', b: 'b' }]);
		expect(() => segment(text, marks)).toThrow(/quotes cross: a \/ b/);
	});
});
