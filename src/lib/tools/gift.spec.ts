/**
 * GIFT output, parsed back with the gift-pegjs parser. The first block checks the parser and our reading of
 * the format against examples from Moodle's GIFT documentation (docs.moodle.org/en/GIFT_format).
 */
import { describe, expect, it } from 'vitest';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { content } from '$lib/content';
import { quizView, type QuizView } from '$lib/quiz/view';
import * as fx from '$lib/quiz/fixtures';
import { lmsQuiz } from './lms';
import { giftEscape, giftText } from './gift';

// built once, outside the timed tests (it validates every content file)
const c = content();

const origin = 'https://example.org';
const quiz = (items: QuizView['items']): QuizView => ({
	id: 'fx',
	title: 'Fixtures: {a} = #1 ~ test',
	summary: 's',
	standards: [],
	items
});
const questions = (gift: string) => parse(gift).filter((q) => q.type !== 'Category');
const of = <T extends GIFTQuestion['type']>(q: GIFTQuestion | undefined, type: T) => {
	if (q?.type !== type) throw new Error(`expected ${type}, got ${q?.type}`);
	return q as Extract<GIFTQuestion, { type: T }>;
};

describe("Moodle's documented examples", () => {
	it('multiple choice: = right, ~ wrong, # feedback', () => {
		const q = of(parse("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")[0], 'MC');
		expect(q.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([
			['Grant', false],
			['Jefferson', false],
			['no one', true]
		]);
	});
	it('true/false with feedback: the first is for a wrong answer', () => {
		const q = of(parse("Grant is buried in Grant's tomb.{FALSE#No, he's buried elsewhere.}")[0], 'TF');
		expect(q.isTrue).toBe(false);
		expect(q.trueFeedback?.text).toBe("No, he's buried elsewhere.");
	});
	it('multiple answers with weights', () => {
		const q = of(
			parse(
				"What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}"
			)[0],
			'MC'
		);
		expect(q.choices.map((c) => c.weight)).toEqual([-100, 50, 50, -100]);
	});
	it('matching and numerical with a tolerance', () => {
		const m = of(
			parse(
				'Match the following countries with their corresponding capitals. {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo =India -> New Delhi}'
			)[0],
			'Matching'
		);
		expect(m.matchPairs.map((p) => p.subanswer)).toEqual(['Ottawa', 'Rome', 'Tokyo', 'New Delhi']);
		const n = of(parse('When was Ulysses S. Grant born?{#1822:5}')[0], 'Numerical');
		expect(n.choices).toMatchObject({ type: 'range', number: 1822, range: 5 });
	});
	it('escaped special characters come back as written', () => {
		const q = of(parse(`::T::${giftEscape('a = b: {c} # ~d \\ e')}{T}`)[0], 'TF');
		expect(q.stem.text).toBe('a = b: {c} # ~d \\ e');
	});
});

describe('giftText', () => {
	const gift = giftText('Title', [
		lmsQuiz(
			quiz([fx.single, fx.multiple, fx.trueFalse, fx.match, fx.numeric, fx.numericDate, fx.order, fx.rate]),
			'gift',
			origin
		)
	]);
	const qs = questions(gift);
	it('parses, one question per part', () => {
		expect(qs.map((q) => q.type)).toEqual([
			'MC',
			'MC',
			'TF',
			'Matching',
			'Numerical',
			'Short',
			'Matching',
			'MC',
			'Essay'
		]);
		expect(parse(gift)[0]).toEqual({ type: 'Category', title: '$course$/Sourcebook/fx' });
	});
	it('keeps keys, weights and feedback', () => {
		const single = of(qs[0], 'MC');
		expect(single.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text])).toEqual([
			['a', true, 'fb a'],
			['b', false, 'fb b'],
			['c', false, 'fb c']
		]);
		expect(single.globalFeedback?.text).toContain('r Read it in context');
		expect(of(qs[1], 'MC').choices.map((c) => c.weight)).toEqual([50, 50, -100, -100]);
		const tf = of(qs[2], 'TF');
		expect([tf.isTrue, tf.trueFeedback?.text, tf.falseFeedback?.text]).toEqual([false, 'no', 'yes']);
		expect(of(qs[3], 'Matching').matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual([
			['one', 'X'],
			['two', 'Y'],
			['three', 'Z'],
			['four', 'X']
		]);
		const n = of(qs[4], 'Numerical');
		expect(n.choices).toMatchObject([
			{ weight: null, text: { number: 69, range: 2 } },
			{ weight: 50, text: { number: 69, range: 5 } }
		]);
		expect(of(qs[5], 'Short').choices.map((c) => c.text.text)).toEqual([
			'2025-10-27',
			'2025-10-28',
			'2025-10-29'
		]);
		expect(of(qs[7], 'MC').choices.map((c) => c.weight)).toEqual([null, 50, null, null]);
	});
	it('writes the conversion notes as comments and names what was left out', () => {
		expect(gift).toMatch(/^\/\/ .*t-06.*matching/m);
		const short = giftText('T', [
			lmsQuiz(quiz([{ ...fx.match, pairs: fx.match.pairs.slice(0, 2) }]), 'gift', origin)
		]);
		expect(questions(short)).toEqual([]);
		expect(short).toMatch(/^\/\/ .*t-07.*Left out/m);
	});
	it('parses for the whole bank, every item present', () => {
		const all = c.quizzes.map((q) => lmsQuiz(quizView(c, q.id)!, 'gift', origin));
		const text = giftText('Bank', all);
		const titles = questions(text).map((q) => ('title' in q ? (q.title ?? '') : ''));
		// each item is a question titled by its id, or named in a comment saying it was left out
		for (const q of c.quizzes)
			for (const it of q.items)
				expect(
					titles.some((x) => x.startsWith(`${it.id}:`)) || text.includes(`// ${it.id}: Left out`),
					it.id
				).toBe(true);
	});
});
