import { describe, expect, it } from 'vitest';
import { content } from '$lib/content';
import { quizView } from '$lib/quiz/view';
import * as fx from '$lib/quiz/fixtures';
import { convertItem, lmsQuiz, shareOf, shiftDay, stemHtml } from './lms';

// built once, outside the timed tests (it validates every content file)
const c = content();

const origin = 'https://example.org';

describe('convertItem', () => {
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
	it('turns ordering into matching each entry to its position', () => {
		const q = convertItem(fx.order, 'qti', origin).questions[0]!;
		if (q.kind !== 'matching') throw new Error(q.kind);
		expect(q.pairs.map((p) => p.answer)).toEqual(['1 (earliest)', '2', '3', '4', '5 (latest)']);
	});
	it('keeps matching pairs and unused choices as distractors, and categories by their labels', () => {
		const q = convertItem(fx.match, 'qti', origin).questions[0]!;
		if (q.kind !== 'matching') throw new Error(q.kind);
		expect(q.pairs.map((p) => p.answer)).toEqual(['X', 'Y', 'Z', 'X']);
		expect(q.distractors).toEqual(['W (distractor)']);
		const c = convertItem(fx.categorize, 'gift', origin).questions[0]!;
		if (c.kind !== 'matching') throw new Error(c.kind);
		expect(c.pairs[1]).toEqual({ id: 's2', prompt: '“b”', answer: 'Opinion or judgement' });
	});
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

describe('helpers', () => {
	it('shares credit in the percentages Moodle accepts', () => {
		expect([1, 2, 3, 4, 6].map(shareOf)).toEqual([100, 50, 33.33333, 25, 16.66667]);
	});
	it('moves days across month ends', () => {
		expect(shiftDay('2025-10-31', 1)).toBe('2025-11-01');
		expect(shiftDay('2025-03-01', -1)).toBe('2025-02-28');
	});
	it('escapes passage text in the stem and picks out the quote', () => {
		const html = stemHtml({
			prompt: 'a < b',
			lines: [],
			passages: [{ before: 'x ', quote: 'y & z', after: '', from: 'S', href: 'https://e/s' }]
		});
		expect(html).toBe(
			'<p>a &lt; b</p><blockquote><p>x <strong>y &amp; z</strong></p><p>— <a href="https://e/s">S</a></p></blockquote>'
		);
	});
});

describe('the bank', () => {
	it('converts every item of every quiz, with absolute links', () => {
		for (const q of c.quizzes) {
			const lms = lmsQuiz(quizView(c, q.id)!, 'qti', origin);
			expect(new Set(lms.questions.map((x) => x.itemId))).toEqual(new Set(q.items.map((i) => i.id)));
			expect(new Set(lms.questions.map((x) => x.id)).size).toBe(lms.questions.length);
			for (const x of lms.questions) expect(x.href?.startsWith(origin), x.id).toBe(true);
		}
	});
});
