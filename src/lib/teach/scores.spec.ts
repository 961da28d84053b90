import { describe, expect, it } from 'vitest';
import { percent, quizAverages, quizScore, summarize, type AttemptRow } from './scores';
import type { Step } from './types';

const steps: Step[] = [
	{ kind: 'lesson', slug: 'what-happened' },
	{ kind: 'quiz', id: 'q1' },
	{ kind: 'quiz', id: 'q2' }
];
const students = [
	{ id: 'a', sectionId: 's1', nickname: 'Ada', createdAt: 100 },
	{ id: 'b', sectionId: 's1', nickname: 'Bo', createdAt: 110 },
	{ id: 'c', sectionId: 's2', nickname: 'Cy', createdAt: 120 }
];
let seq = 0;
const attempt = (
	studentId: string,
	quizId: string,
	score: number,
	maxScore: number,
	createdAt: number
): AttemptRow => ({
	studentId,
	quizId,
	seq: ++seq,
	score,
	maxScore,
	createdAt,
	results: [],
	answers: {}
});

describe('quizScore', () => {
	it('takes the first attempt as stored first, and the best of all', () => {
		const list = [attempt('a', 'q1', 2, 4, 10), attempt('a', 'q1', 4, 4, 20), attempt('a', 'q1', 3, 4, 30)];
		expect(quizScore(list)).toEqual({ first: 0.5, best: 1, attempts: 3 });
	});
	it('says nothing about a quiz never attempted', () => {
		expect(quizScore(undefined)).toEqual({ first: null, best: null, attempts: 0 });
	});
	it('treats a quiz with no points as zero, not NaN', () => {
		expect(quizScore([attempt('a', 'q1', 0, 0, 1)]).first).toBe(0);
	});
});

describe('summarize', () => {
	const attempts = [
		// stored out of order: seq decides which came first, not array order
		attempt('a', 'q1', 3, 4, 200),
		attempt('a', 'q2', 1, 2, 300),
		attempt('b', 'q1', 1, 4, 250)
	];
	attempts.unshift({ ...attempt('a', 'q1', 4, 4, 400), seq: 999 });
	const progress = [
		{ studentId: 'a', step: 'lesson:what-happened', doneAt: 150 },
		{ studentId: 'a', step: 'lesson:not-in-module', doneAt: 50 }
	];
	const s = summarize(steps, students, attempts, progress);

	it('marks a student finished when every step is done, at the time of the last one', () => {
		expect(s[0]).toMatchObject({
			status: 'finished',
			startedAt: 150,
			finishedAt: 300,
			stepsDone: 3,
			stepsTotal: 3
		});
		expect(s[0]!.quizzes).toEqual({
			q1: { first: 0.75, best: 1, attempts: 2 },
			q2: { first: 0.5, best: 0.5, attempts: 1 }
		});
	});
	it('counts a student with some steps as started, with no finish time', () => {
		expect(s[1]).toMatchObject({ status: 'started', startedAt: 250, finishedAt: null, stepsDone: 1 });
		expect(s[1]!.quizzes.q2).toEqual({ first: null, best: null, attempts: 0 });
	});
	it('counts a student who only joined as joined', () => {
		expect(s[2]).toMatchObject({ status: 'joined', startedAt: null, finishedAt: null, stepsDone: 0 });
	});
	it('ignores lessons outside the module', () => {
		expect(s[0]!.startedAt).toBe(150);
	});

	it('averages only students who attempted a quiz', () => {
		expect(quizAverages(s, 'q1')).toEqual({
			attempted: 2,
			meanFirst: (0.75 + 0.25) / 2,
			meanBest: (1 + 0.25) / 2
		});
		expect(quizAverages(s.slice(2), 'q1')).toEqual({ attempted: 0, meanFirst: null, meanBest: null });
	});
});

describe('percent', () => {
	it('rounds to whole percent and shows a placeholder for no score', () => {
		expect(percent(5 / 6)).toBe('83%');
		expect(percent(0)).toBe('0%');
		expect(percent(null)).toBe('–');
	});
});
