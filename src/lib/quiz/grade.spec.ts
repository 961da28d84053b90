import { describe, expect, it } from 'vitest';
import { answerSchema, answerSchemas, gradeItem, gradeQuiz, judgeMarks, parseAnswer } from './grade';
import * as f from './fixtures';

const junk = [undefined, null, true, 'x'.repeat(300), { a: 1 }, [[1]], NaN];

describe('every type: missing or malformed answers grade as unanswered, never throw', () => {
	const all = [
		f.single,
		f.multiple,
		f.trueFalse,
		f.mark,
		f.order,
		f.match,
		f.numeric,
		f.numericDate,
		f.categorize,
		f.rate,
		f.compare
	];
	for (const item of all)
		it(item.type + ' ' + item.id, () => {
			for (const raw of junk) {
				const r = gradeItem(item, raw);
				expect(r.answered).toBe(false);
				expect(r.score).toBe(0);
				expect(r.correct).toBe(false);
				expect(r.itemId).toBe(item.id);
			}
		});
});

describe('single choice', () => {
	it('scores 1 for the right option and 0 for another', () => {
		expect(gradeItem(f.single, 'a')).toMatchObject({ score: 1, correct: true, answered: true });
		const wrong = gradeItem(f.single, 'b');
		expect(wrong).toMatchObject({ score: 0, correct: false, answered: true });
		expect(wrong.parts).toEqual({ a: 'missed', b: 'wrong', c: 'unchosen' });
	});
	it('an option id that does not exist is no answer', () => {
		expect(gradeItem(f.single, 'zz').answered).toBe(false);
		expect(gradeItem(f.single, '').answered).toBe(false);
	});
});

describe('multiple select (partial credit)', () => {
	it('all right options and nothing else: full marks', () => {
		expect(gradeItem(f.multiple, ['b', 'a'])).toMatchObject({ score: 1, correct: true, right: 2, total: 2 });
	});
	it('half the right options: half credit, not correct', () => {
		const r = gradeItem(f.multiple, ['a']);
		expect(r).toMatchObject({ score: 0.5, correct: false });
		expect(r.parts).toEqual({ a: 'right', b: 'missed', c: 'unchosen', d: 'unchosen' });
	});
	it('each wrong choice cancels a right one', () => {
		expect(gradeItem(f.multiple, ['a', 'b', 'c']).score).toBe(0.5);
		expect(gradeItem(f.multiple, ['a', 'c']).score).toBe(0);
	});
	it('ticking everything scores 0, and the score never goes below 0', () => {
		expect(gradeItem(f.multiple, ['a', 'b', 'c', 'd']).score).toBe(0);
		expect(gradeItem(f.multiple, ['c', 'd']).score).toBe(0);
	});
	it('an empty selection is no answer; unknown ids are ignored', () => {
		expect(gradeItem(f.multiple, []).answered).toBe(false);
		expect(gradeItem(f.multiple, ['nope']).answered).toBe(false);
		expect(gradeItem(f.multiple, ['a', 'nope']).score).toBe(0.5);
	});
	it('duplicates count once', () => {
		expect(gradeItem(f.multiple, ['a', 'a']).score).toBe(0.5);
	});
});

describe('true / false, and "cannot tell"', () => {
	it('grades the key', () => {
		expect(gradeItem(f.trueFalse, 'false')).toMatchObject({ score: 1, correct: true });
		expect(gradeItem(f.trueFalse, 'true')).toMatchObject({ score: 0, answered: true });
	});
	it('"cannot tell" is no answer where it is not offered', () => {
		expect(gradeItem(f.trueFalse, 'cannot-tell').answered).toBe(false);
	});
	it('"cannot tell" is right only where it is the key', () => {
		expect(gradeItem(f.trueFalseCannotTell, 'cannot-tell')).toMatchObject({ score: 1, correct: true });
		expect(gradeItem(f.trueFalseCannotTell, 'false').score).toBe(0);
		expect(gradeItem(f.trueFalseCannotTell, 'false').parts).toEqual({
			true: 'unchosen',
			false: 'wrong',
			'cannot-tell': 'missed'
		});
	});
	it('booleans are not accepted (answers are the strings the form sends)', () => {
		expect(gradeItem(f.trueFalse, false).answered).toBe(false);
	});
});

describe('mark the words', () => {
	// tokens: 0 Four 1 U.S. 2 officials, … 9 the 10 plan, … 12 two 13 officials … 22 soon.
	it('marking both phrases exactly: full marks', () => {
		expect(gradeItem(f.mark, [0, 1, 2, 12, 13])).toMatchObject({
			score: 1,
			correct: true,
			right: 2,
			total: 2
		});
	});
	it('one word of a phrase is enough to find it', () => {
		expect(gradeItem(f.mark, [2, 13])).toMatchObject({ score: 1, correct: true });
	});
	it('finding one phrase of two: half credit', () => {
		const r = gradeItem(f.mark, [0, 1, 2]);
		expect(r).toMatchObject({ score: 0.5, correct: false });
		expect(r.parts).toEqual({ t0: 'right', t1: 'missed' });
	});
	it('a wrong mark cancels a found phrase', () => {
		expect(gradeItem(f.mark, [0, 1, 2, 12, 13, 20]).score).toBe(0.5);
		expect(gradeItem(f.mark, [0, 20]).score).toBe(0);
	});
	it('a mark may spill up to two words past the phrase', () => {
		expect(gradeItem(f.mark, [0, 1, 2, 3, 4]).marks?.[0]?.verdict).toBe('right');
		expect(gradeItem(f.mark, [0, 1, 2, 3, 4, 5]).marks?.[0]?.verdict).toBe('too-wide');
	});
	it('marking the whole paragraph scores 0', () => {
		const all = f.mark.tokens.map((_, i) => i);
		expect(gradeItem(f.mark, all)).toMatchObject({ score: 0, correct: false, answered: true });
	});
	it('marking every other word scores 0', () => {
		const alt = f.mark.tokens.map((_, i) => i).filter((i) => i % 2 === 0);
		expect(gradeItem(f.mark, alt).score).toBe(0);
	});
	it('a wrong mark on a decoy phrase is reported with that decoy, for its feedback', () => {
		const marks = judgeMarks(f.mark, [10, 12]);
		expect(marks).toEqual([
			{ first: 10, last: 10, verdict: 'wrong', decoy: 0 },
			{ first: 12, last: 12, verdict: 'right' }
		]);
	});
	it('empty selection is no answer; indices past the paragraph are ignored', () => {
		expect(gradeItem(f.mark, []).answered).toBe(false);
		expect(gradeItem(f.mark, [0, 999]).score).toBe(0.5);
		expect(gradeItem(f.mark, [-1]).answered).toBe(false);
	});
});

describe('order (neighbours in the right order)', () => {
	it('the right order: full marks', () => {
		expect(gradeItem(f.order, ['a', 'b', 'c', 'd', 'e'])).toMatchObject({
			score: 1,
			correct: true,
			right: 4,
			total: 4
		});
	});
	it('reversed: 0', () => {
		expect(gradeItem(f.order, ['e', 'd', 'c', 'b', 'a']).score).toBe(0);
	});
	it('one block out of place keeps credit for the neighbours still in order', () => {
		const r = gradeItem(f.order, ['b', 'c', 'd', 'e', 'a']);
		expect(r).toMatchObject({ score: 0.75, correct: false });
		expect(Object.values(r.parts).every((p) => p === 'wrong')).toBe(true);
		expect(gradeItem(f.order, ['a', 'c', 'b', 'd', 'e']).score).toBe(0.25);
	});
	it('an answer that is not the same entries once each is no answer', () => {
		expect(gradeItem(f.order, ['a', 'b', 'c', 'd']).answered).toBe(false);
		expect(gradeItem(f.order, ['a', 'a', 'c', 'd', 'e']).answered).toBe(false);
		expect(gradeItem(f.order, ['a', 'b', 'c', 'd', 'z']).answered).toBe(false);
		expect(gradeItem(f.order, []).answered).toBe(false);
	});
});

describe('match', () => {
	it('all pairs right, a choice used twice where the key says so', () => {
		expect(gradeItem(f.match, { p1: 'x', p2: 'y', p3: 'z', p4: 'x' })).toMatchObject({
			score: 1,
			correct: true
		});
	});
	it('partial credit per pair; unanswered pairs are missed', () => {
		const r = gradeItem(f.match, { p1: 'x', p2: 'w' });
		expect(r).toMatchObject({ score: 0.25, right: 1, total: 4, answered: true });
		expect(r.parts).toEqual({ p1: 'right', p2: 'wrong', p3: 'missed', p4: 'missed' });
	});
	it('unknown choices and pairs are ignored; nothing valid is no answer', () => {
		expect(gradeItem(f.match, { p1: 'nope' }).answered).toBe(false);
		expect(gradeItem(f.match, { zz: 'x' }).answered).toBe(false);
		expect(gradeItem(f.match, {}).answered).toBe(false);
		expect(gradeItem(f.match, { p1: '' }).answered).toBe(false);
	});
	it('does not read inherited keys', () => {
		expect(gradeItem(f.match, JSON.parse('{"__proto__": {"p1": "x"}}')).answered).toBe(false);
	});
});

describe('numeric estimate with tolerance', () => {
	it('inside the tolerance, bounds included: full marks', () => {
		for (const v of [69, 67, 71, 70.5])
			expect(gradeItem(f.numeric, v)).toMatchObject({ score: 1, numeric: 'correct' });
	});
	it('just outside the tolerance but inside "near": half credit', () => {
		expect(gradeItem(f.numeric, 71.01)).toMatchObject({ score: 0.5, numeric: 'near', correct: false });
		expect(gradeItem(f.numeric, 64)).toMatchObject({ score: 0.5, numeric: 'near' });
	});
	it('beyond "near": 0, saying low or high', () => {
		expect(gradeItem(f.numeric, 63.9)).toMatchObject({ score: 0, numeric: 'low', answered: true });
		expect(gradeItem(f.numeric, 100)).toMatchObject({ score: 0, numeric: 'high' });
	});
	it('without "near", outside the tolerance is 0', () => {
		const { near: _near, ...strict } = f.numeric;
		expect(gradeItem(strict, 72).score).toBe(0);
	});
	it('zero tolerance means exact', () => {
		const exact = { ...f.numeric, tolerance: 0, near: undefined };
		expect(gradeItem(exact, 69).score).toBe(1);
		expect(gradeItem(exact, 69.1).score).toBe(0);
	});
	it('dates: tolerance in days, across a month boundary', () => {
		expect(gradeItem(f.numericDate, '2025-10-29').score).toBe(1);
		expect(gradeItem(f.numericDate, '2025-10-30')).toMatchObject({ score: 0, numeric: 'high' });
		expect(gradeItem(f.numericDate, '2025-10-27').score).toBe(1);
		expect(gradeItem(f.numericDate, '2025-09-30')).toMatchObject({ score: 0, numeric: 'low' });
		const wide = { ...f.numericDate, answer: '2025-10-31', tolerance: 1 };
		expect(gradeItem(wide, '2025-11-01').score).toBe(1);
	});
	it('a date for a number, a number for a date, or a non-finite number is no answer', () => {
		expect(gradeItem(f.numeric, '2025-10-28').answered).toBe(false);
		expect(gradeItem(f.numericDate, 20251028).answered).toBe(false);
		expect(gradeItem(f.numeric, Infinity).answered).toBe(false);
		expect(gradeItem(f.numeric, '69').answered).toBe(false);
	});
});

describe('categorize, with "cannot tell from this text"', () => {
	it('partial credit per statement', () => {
		expect(gradeItem(f.categorize, { s1: 'fact', s2: 'opinion', s3: 'fact' })).toMatchObject({
			score: 0.5,
			right: 2,
			total: 4
		});
	});
	it('"cannot tell" is right only for the statement the text does not settle', () => {
		const r = gradeItem(f.categorize, {
			s1: 'cannot-tell',
			s2: 'cannot-tell',
			s3: 'cannot-tell',
			s4: 'cannot-tell'
		});
		expect(r.score).toBe(0.25);
		expect(r.parts).toEqual({ s1: 'wrong', s2: 'wrong', s3: 'wrong', s4: 'right' });
	});
	it('a category that does not exist is not an answer', () => {
		expect(gradeItem(f.categorize, { s1: 'rumour' }).answered).toBe(false);
	});
});

describe('rate the source', () => {
	const long = 'Reuters credits four officials and the FAA notice is public.';
	it('right rating, justified against every rubric point: full marks', () => {
		expect(gradeItem(f.rate, { level: 'reliable', justification: long, rubric: [0, 1, 2] })).toMatchObject({
			score: 1,
			correct: true
		});
	});
	it('right rating without a justification: 0.7, still counted right', () => {
		expect(gradeItem(f.rate, { level: 'reliable' })).toMatchObject({ score: 0.7, correct: true });
	});
	it('ticking the rubric needs a justification of at least five words', () => {
		expect(
			gradeItem(f.rate, { level: 'reliable', justification: 'seems fine', rubric: [0, 1, 2] }).score
		).toBe(0.7);
		expect(gradeItem(f.rate, { level: 'reliable', justification: long, rubric: [0] }).score).toBe(0.8);
	});
	it('a near rating gets the part credit the key allows', () => {
		expect(gradeItem(f.rate, { level: 'mixed', justification: long, rubric: [0, 1, 2] })).toMatchObject({
			score: 0.5,
			correct: false
		});
	});
	it('a wrong rating scores 0 however well argued: doubting everything does not pay', () => {
		expect(gradeItem(f.rate, { level: 'unreliable', justification: long, rubric: [0, 1, 2] }).score).toBe(0);
		expect(gradeItem(f.rate, { level: 'cannot-tell', justification: long, rubric: [0, 1, 2] }).score).toBe(0);
	});
	it('"cannot tell without more information" is right where the key says so', () => {
		expect(gradeItem(f.rateCannotTell, { level: 'cannot-tell' })).toMatchObject({
			correct: true,
			score: 0.7
		});
		expect(gradeItem(f.rateCannotTell, { level: 'unreliable' }).score).toBe(0);
	});
	it('no rating is no answer; rubric indices past the rubric and repeats are ignored', () => {
		expect(gradeItem(f.rate, { justification: long }).answered).toBe(false);
		expect(gradeItem(f.rate, { level: 'reliable', justification: long, rubric: [0, 0, 7] }).score).toBe(0.8);
	});
});

describe('compare two sources', () => {
	it('right pick with all the right reasons: full marks', () => {
		expect(gradeItem(f.compare, { pick: 'a', reasons: ['r1', 'r2'] })).toMatchObject({
			score: 1,
			correct: true
		});
	});
	it('right pick, no reasons: half; a wrong reason cancels a right one', () => {
		expect(gradeItem(f.compare, { pick: 'a' })).toMatchObject({ score: 0.5, correct: false });
		expect(gradeItem(f.compare, { pick: 'a', reasons: ['r1'] }).score).toBe(0.75);
		expect(gradeItem(f.compare, { pick: 'a', reasons: ['r1', 'r3'] }).score).toBe(0.5);
	});
	it('a wrong pick, including "cannot tell" where the text settles it, scores 0', () => {
		expect(gradeItem(f.compare, { pick: 'b', reasons: ['r1', 'r2'] }).score).toBe(0);
		expect(gradeItem(f.compare, { pick: 'cannot-tell', reasons: ['r1', 'r2'] }).score).toBe(0);
		expect(gradeItem(f.compare, { pick: 'cannot-tell' }).parts['pick:a']).toBe('missed');
	});
	it('"equal" is no pick where it is not offered; reasons alone answer but score 0', () => {
		expect(gradeItem(f.compare, { pick: 'equal', reasons: [] }).answered).toBe(true);
		expect(gradeItem(f.compare, { pick: 'equal' }).score).toBe(0);
		expect(gradeItem(f.compare, { reasons: ['r1'] })).toMatchObject({ answered: true, score: 0 });
		expect(gradeItem(f.compare, {}).answered).toBe(false);
	});
});

describe('gradeQuiz', () => {
	const quiz = { items: [f.single, f.multiple, f.numeric, f.order] };
	it('sums item scores, counts answered and correct, lists what to review', () => {
		const r = gradeQuiz(quiz, { 't-01': 'a', 't-02': ['a'], 't-08': 'garbage' });
		expect(r).toMatchObject({ score: 1.5, max: 4, percent: 38, answered: 2, correct: 1 });
		expect(r.review).toEqual(['t-02', 't-08', 't-06']);
		expect(r.items.map((i) => i.itemId)).toEqual(['t-01', 't-02', 't-08', 't-06']);
	});
	it('an empty sheet scores 0 with everything to review', () => {
		const r = gradeQuiz(quiz, {});
		expect(r).toMatchObject({ score: 0, percent: 0, answered: 0 });
		expect(r.review).toHaveLength(4);
	});
	it('answers for items not in the quiz are ignored', () => {
		expect(gradeQuiz(quiz, { 'zz-01': 'a' }).answered).toBe(0);
	});
});

describe('answer schemas (for the server)', () => {
	it('accept well-formed answers and fill defaults', () => {
		expect(answerSchema(f.rate).parse({ level: 'mixed' })).toEqual({
			level: 'mixed',
			justification: '',
			rubric: []
		});
		expect(answerSchema(f.compare).parse({ pick: 'b' })).toEqual({ pick: 'b', reasons: [], why: '' });
		expect(answerSchema(f.mark).safeParse([1, 2]).success).toBe(true);
	});
	it('reject malformed ones', () => {
		expect(answerSchema(f.mark).safeParse([1.5]).success).toBe(false);
		expect(answerSchema(f.rate).safeParse({ level: 'great' }).success).toBe(false);
		expect(answerSchema(f.rate).safeParse({ level: 'mixed', justification: 'x'.repeat(6000) }).success).toBe(
			false
		);
		expect(parseAnswer(f.single, ['a'])).toBeUndefined();
	});
});

describe('the hand-written answer checks agree with the zod schemas the server uses', () => {
	const long = 'x'.repeat(201);
	const corpus: unknown[] = [
		undefined,
		null,
		true,
		0,
		1.5,
		-1,
		NaN,
		Infinity,
		69,
		'',
		'a',
		'true',
		'cannot-tell',
		'equal',
		long,
		'2025-10-28',
		'2025-1-2',
		[],
		['a'],
		['a', 'b'],
		[long],
		[1],
		[0, 2],
		[1.5],
		[-1],
		[10_001],
		Array.from({ length: 51 }, () => 'a'),
		{},
		{ a: 'x' },
		{ a: 1 },
		{ [long]: 'x' },
		{ a: long },
		Object.create(null),
		{ level: 'mixed' },
		{ level: 'great' },
		{ level: 'reliable', justification: 'ok', rubric: [0, 2] },
		{ level: 'reliable', justification: 5 },
		{ level: 'reliable', rubric: [21] },
		{ level: 'reliable', rubric: 'x' },
		{ justification: 'x'.repeat(5001) },
		{ level: 'reliable', extra: 1 },
		{ pick: 'a' },
		{ pick: 'c' },
		{ pick: 'b', reasons: ['r1'], why: 'w' },
		{ reasons: [1] },
		{ pick: 'a', why: 3 }
	];
	const types = [
		'single',
		'multiple',
		'truefalse',
		'mark',
		'order',
		'match',
		'numeric',
		'categorize',
		'rate',
		'compare'
	] as const;
	for (const type of types)
		it(type, () => {
			for (const raw of corpus) {
				const z = answerSchemas[type].safeParse(raw);
				const mine = parseAnswer({ type }, raw);
				const label = `${type} ${JSON.stringify(raw)?.slice(0, 60)}`;
				if (raw === undefined || raw === null) expect(mine, label).toBeUndefined();
				else {
					expect(mine !== undefined, label).toBe(z.success);
					if (z.success) expect(mine, label).toEqual(z.data);
				}
			}
		});
});
