import { describe, expect, it } from 'vitest';
import { answerDescriber } from './answers';
import * as fx from '$lib/quiz/fixtures';

const d = answerDescriber([
	fx.single,
	fx.multiple,
	fx.trueFalseCannotTell,
	fx.mark,
	fx.order,
	fx.match,
	fx.numeric,
	fx.numericDate,
	fx.categorize,
	fx.rate,
	fx.compare
]);

describe('answerDescriber', () => {
	it('names the chosen option of a single choice', () => {
		expect(d.label(fx.single.id, 'b')).toBe('b');
	});
	it('keys matches and categories by their pairs, in any order', () => {
		expect(d.key(fx.match.id, { p2: 'x', p1: 'w' })).toBe(d.key(fx.match.id, { p1: 'w', p2: 'x' }));
		expect(d.key(fx.match.id, { p1: 'x' })).not.toBe(d.key(fx.match.id, { p1: 'w' }));
		expect(d.key(fx.numeric.id, 40)).not.toBe(d.key(fx.numericDate.id, '40'));
	});
	it('treats a multiple choice in any order as one answer, labelled in option order', () => {
		expect(d.key(fx.multiple.id, ['c', 'a'])).toBe(d.key(fx.multiple.id, ['a', 'c']));
		expect(d.label(fx.multiple.id, ['c', 'a'])).toBe('a; c');
		expect(d.key(fx.multiple.id, ['a'])).not.toBe(d.key(fx.multiple.id, ['a', 'c']));
	});
	it('labels true / false / cannot tell in words', () => {
		expect(d.label(fx.trueFalseCannotTell.id, 'cannot-tell')).toBe('Cannot tell from this text');
	});
	it('quotes the marked words, run by run', () => {
		const four = fx.mark.targets[0]!;
		const idx = Array.from({ length: four.last - four.first + 1 }, (_, i) => four.first + i);
		expect(d.label(fx.mark.id, [...idx].reverse())).toBe('“Four U.S. officials”');
		expect(d.key(fx.mark.id, [...idx].reverse())).toBe(d.key(fx.mark.id, idx));
	});
	it('shows an order as a sequence, and keeps order in the key', () => {
		expect(d.label(fx.order.id, ['b', 'a', 'c', 'd', 'e'])).toBe('b → a → c → d → e');
		expect(d.key(fx.order.id, ['a', 'b'])).not.toBe(d.key(fx.order.id, ['b', 'a']));
	});
	it('shows matches and categories as pairs with their labels', () => {
		expect(d.label(fx.match.id, { p2: 'x', p1: 'w' })).toBe('one → W (distractor); two → X');
		expect(d.label(fx.categorize.id, { s1: 'opinion' })).toBe('a → Opinion or judgement');
	});
	it('keys a rating by the level only, not the justification', () => {
		const a = { level: 'unreliable', justification: 'because', rubric: [0] };
		const b = { level: 'unreliable', justification: 'other words', rubric: [] };
		expect(d.key(fx.rate.id, a)).toBe(d.key(fx.rate.id, b));
		expect(d.key(fx.rate.id, a)).not.toBe(d.key(fx.rate.id, { ...a, level: 'mixed' }));
		expect(d.label(fx.rate.id, a)).toBe('Not reliable for this question');
	});
	it('names the picked source of a comparison', () => {
		expect(d.label(fx.compare.id, { pick: 'b', reasons: ['r1'] })).toBe('Source B: B');
		expect(d.label(fx.numeric.id, 40)).toBe('40%');
	});
	it('falls back to JSON for an item it does not know', () => {
		expect(d.label('gone-01', { x: 1 })).toBe('{"x":1}');
	});
});
