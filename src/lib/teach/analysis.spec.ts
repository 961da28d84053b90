import { describe, expect, it } from 'vitest';
import { analyzeQuiz, stableKey, type DescribeAnswer } from './analysis';
import type { AttemptRow } from './scores';
import type { QuizInfo } from './types';

const quiz: QuizInfo = {
	id: 'q1',
	title: 'Quiz',
	items: [
		{ id: 'i1', prompt: 'Who said it?', href: '/quizzes/q1#i1' },
		{ id: 'i2', prompt: 'When?', href: '/quizzes/q1#i2' }
	]
};
let seq = 0;
function attempt(
	studentId: string,
	i1: [unknown, boolean] | null,
	i2: [unknown, boolean] | null,
	quizId = 'q1'
): AttemptRow {
	const entries = [['i1', i1] as const, ['i2', i2] as const];
	return {
		studentId,
		quizId,
		seq: ++seq,
		score: 0,
		maxScore: 2,
		createdAt: seq,
		answers: Object.fromEntries(entries.filter(([, v]) => v).map(([k, v]) => [k, v![0]])),
		results: entries.map(([itemId, v]) => ({
			itemId,
			score: v?.[1] ? 1 : 0,
			correct: !!v?.[1],
			answered: !!v
		}))
	};
}

describe('analyzeQuiz', () => {
	const attempts = [
		attempt('a', ['b', false], ['2025', true]),
		attempt('a', ['a', true], ['2025', true]), // a second attempt: ignored
		attempt('b', ['c', false], ['2024', false]),
		attempt('c', ['c', false], null),
		attempt('d', ['a', true], ['2023', false]),
		attempt('e', ['b', false], ['2025', true], 'other-quiz') // another quiz: ignored
	];
	const [i1, i2] = analyzeQuiz(quiz, attempts);

	it('uses each student’s first attempt only', () => {
		expect(i1).toMatchObject({ attempted: 4, correct: 1, percentCorrect: 0.25, blank: 0 });
	});
	it('finds the most-chosen wrong answer', () => {
		expect(i1!.commonWrong).toEqual({ label: '"c"', count: 2 });
	});
	it('counts blanks apart from wrong answers, and breaks ties by first seen', () => {
		expect(i2).toMatchObject({ attempted: 4, correct: 1, blank: 1, percentCorrect: 0.25 });
		expect(i2!.commonWrong).toEqual({ label: '"2024"', count: 1 });
	});
	it('links each row to its item', () => {
		expect(i2!.href).toBe('/quizzes/q1#i2');
	});
	it('reports no percentage when nobody attempted', () => {
		const [x] = analyzeQuiz(quiz, []);
		expect(x).toMatchObject({ attempted: 0, percentCorrect: null, commonWrong: null });
	});
	it('groups answers by the describer’s key and shows its label', () => {
		const describe: DescribeAnswer = {
			key: (_id, a) => String(a).toLowerCase(),
			label: (_id, a) => `Option ${String(a).toUpperCase()}`
		};
		const [x] = analyzeQuiz(
			quiz,
			[attempt('p', ['C', false], null), attempt('q', ['c', false], null), attempt('r', ['b', false], null)],
			describe
		);
		expect(x!.commonWrong).toEqual({ label: 'Option C', count: 2 });
	});
});

describe('stableKey', () => {
	it('ignores object key order but not array order', () => {
		expect(stableKey({ a: 1, b: [1, 2] })).toBe(stableKey({ b: [1, 2], a: 1 }));
		expect(stableKey([1, 2])).not.toBe(stableKey([2, 1]));
	});
});
