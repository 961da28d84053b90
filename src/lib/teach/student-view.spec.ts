import { describe, expect, it } from 'vitest';
import { studentView } from './student-view';
import * as fx from '$lib/quiz/fixtures';
import type { ItemView } from '$lib/quiz/view';

const all: ItemView[] = fx.oneOfEach;

describe('studentView', () => {
	it('keeps what is needed to answer: ids, prompts, option and entry texts, tokens, choices', () => {
		for (const it of all) {
			const s = studentView(it, 1);
			expect(s.id).toBe(it.id);
			expect(s.type).toBe(it.type);
			expect(s.prompt).toBe(it.prompt);
		}
		const single = studentView(fx.single, 1) as typeof fx.single;
		expect(single.options.map((o) => o.id).sort()).toEqual(['a', 'b', 'c']);
		expect((studentView(fx.mark, 1) as typeof fx.mark).tokens).toEqual(fx.mark.tokens);
		expect((studentView(fx.match, 1) as typeof fx.match).choices).toEqual(fx.match.choices);
		expect((studentView(fx.rate, 1) as typeof fx.rate).rubric).toEqual(fx.rate.rubric);
	});

	it('removes every key, feedback and rationale', () => {
		for (const it of all) {
			const s = JSON.stringify(studentView(it, 7));
			expect(s, it.type).not.toContain('"correct":true');
			expect(s).not.toMatch(/"feedback":"[^"]/);
			expect(s).not.toMatch(/"rationale":"[^"]/);
		}
		expect((studentView(fx.match, 1) as typeof fx.match).pairs.every((p) => p.answer === '')).toBe(true);
		expect(
			(studentView(fx.categorize, 1) as typeof fx.categorize).statements.every((s) => s.category === '')
		).toBe(true);
		expect((studentView(fx.mark, 1) as typeof fx.mark).targets).toEqual([]);
		expect((studentView(fx.numeric, 1) as typeof fx.numeric).answer).not.toBe(fx.numeric.answer);
		expect((studentView(fx.numericDate, 1) as typeof fx.numericDate).answer).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect((studentView(fx.compare, 1) as typeof fx.compare).modelAnswer).toBe('');
	});

	it('never shows order entries in the right order, and shuffles by the given seed', () => {
		const ids = (seed: number) =>
			(studentView(fx.order, seed) as typeof fx.order).entries.map((e) => e.id).join();
		const right = fx.order.entries.map((e) => e.id).join();
		const seen = new Set<string>();
		for (let seed = 1; seed <= 30; seed++) {
			expect(ids(seed)).not.toBe(right);
			seen.add(ids(seed));
		}
		expect(seen.size).toBeGreaterThan(5);
	});

	it('does not change the view it was given', () => {
		const before = JSON.stringify(fx.single);
		studentView(fx.single, 3);
		expect(JSON.stringify(fx.single)).toBe(before);
	});
});
