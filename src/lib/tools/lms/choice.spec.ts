/** Single, multiple, true/false and "mark the words" through convertItem (lms/choice.ts). */
import { describe, expect, it } from 'vitest';
import * as fx from '$lib/quiz/fixtures';
import { convertItem } from '../lms';

const origin = 'https://example.org';

describe('convertItem: choice items', () => {
	it('keeps single and multiple choice with their keys and feedback', () => {
		const [s] = convertItem(fx.single, 'qti', origin).questions;
		expect(s).toMatchObject({ kind: 'mc' });
		if (s?.kind !== 'mc') throw new Error();
		expect(s.choices.filter((c) => c.correct).map((c) => c.id)).toEqual(['a']);
		expect(s.choices.map((c) => c.feedback)).toEqual(['fb a', 'fb b', 'fb c']);
		const [m] = convertItem(fx.multiple, 'gift', origin).questions;
		if (m?.kind !== 'ma') throw new Error();
		expect(m.choices.filter((c) => c.correct).map((c) => c.weight)).toEqual([50, 50]);
	});
	it('turns true/false with "cannot tell" into three-way multiple choice, with a note', () => {
		const out = convertItem(fx.trueFalseCannotTell, 'qti', origin);
		const q = out.questions[0]!;
		if (q.kind !== 'mc') throw new Error(q.kind);
		expect(q.choices.find((c) => c.correct)?.id).toBe('cannot-tell');
		expect(out.notes.map((n) => n.action)).toEqual(['converted']);
		const plain = convertItem(fx.trueFalse, 'qti', origin);
		expect(plain.questions[0]).toMatchObject({
			kind: 'tf',
			answer: false,
			feedbackTrue: 'no',
			feedbackFalse: 'yes'
		});
		expect(plain.notes).toEqual([]);
	});
	it('offers the key phrases of "mark the words", in passage order, right ones sharing the credit', () => {
		const q = convertItem(fx.mark, 'gift', origin).questions[0]!;
		if (q.kind !== 'ma') throw new Error(q.kind);
		expect(q.choices.map((c) => [c.text, c.correct])).toEqual([
			['“Four U.S. officials”', true],
			['“the plan”', false],
			['“two officials”', true]
		]);
	});
	it('makes "mark the words" without decoys an essay with the phrases in the feedback', () => {
		const out = convertItem({ ...fx.mark, decoys: [] }, 'qti', origin);
		expect(out.questions[0]?.kind).toBe('essay');
		expect(out.questions[0]?.general).toContain('“two officials”');
	});
});
