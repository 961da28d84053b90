import { describe, expect, it } from 'vitest';
import { dashboardView, type DashboardInput } from './dashboard';
import { describeAsJson } from './analysis';
import type { AttemptRow } from './scores';

let seq = 0;
const attempt = (studentId: string, quizId: string, correct: boolean[], createdAt = ++seq): AttemptRow => ({
	studentId,
	quizId,
	seq: ++seq,
	score: correct.filter(Boolean).length,
	maxScore: correct.length,
	createdAt,
	answers: Object.fromEntries(correct.map((c, i) => [`i${i + 1}`, c ? 'right' : 'wrong'])),
	results: correct.map((c, i) => ({ itemId: `i${i + 1}`, score: c ? 1 : 0, correct: c, answered: true }))
});

const input = (show: string): DashboardInput => ({
	sections: [
		{ id: 's1', name: 'Period 1', code: 'AAAAAA' },
		{ id: 's2', name: 'Period 2', code: 'BBBBBB' }
	],
	steps: [{ kind: 'quiz', id: 'q1' }],
	quizzes: [
		{
			id: 'q1',
			title: 'Q',
			items: [1, 2].map((n) => ({ id: `i${n}`, prompt: `P${n}`, href: `/quizzes/q1#i${n}` }))
		}
	],
	students: [
		{ id: 'b', sectionId: 's1', nickname: 'b', createdAt: 1 },
		{ id: 'a', sectionId: 's1', nickname: 'A', createdAt: 2 },
		{ id: 'c', sectionId: 's2', nickname: 'C', createdAt: 3 }
	],
	attempts: [
		attempt('a', 'q1', [true, false]),
		attempt('c', 'q1', [false, false]),
		attempt('a', 'q1', [true, true])
	],
	progress: [],
	describe: describeAsJson,
	show
});

describe('dashboardView', () => {
	it('counts students, started and finished per section and in all', () => {
		const v = dashboardView(input('AAAAAA'));
		expect(v.sections.map((s) => [s.name, s.students, s.started, s.finished])).toEqual([
			['Period 1', 2, 1, 1],
			['Period 2', 1, 1, 1]
		]);
		expect(v.totals).toEqual({ students: 3, started: 2, finished: 2 });
	});
	it('shows one section: its students, its averages and its per-question analysis', () => {
		const v = dashboardView(input('AAAAAA'));
		expect(v.selected?.name).toBe('Period 1');
		expect(v.students.map((s) => s.nickname)).toEqual(['A', 'b']); // A–Z, ignoring case
		expect(v.quizzes[0]).toMatchObject({ attempted: 1, meanFirst: 0.5, meanBest: 1 });
		expect(v.quizzes[0]!.items.map((i) => i.percentCorrect)).toEqual([1, 0]);
	});
	it('shows every section at once for "all"', () => {
		const v = dashboardView(input('all'));
		expect(v.selected).toBeNull();
		expect(v.students).toHaveLength(3);
		expect(v.quizzes[0]!.items.map((i) => [i.attempted, i.correct])).toEqual([
			[2, 1],
			[2, 0]
		]);
		expect(v.quizzes[0]!.items[1]!.commonWrong).toEqual({ label: '"wrong"', count: 2 });
	});
	it('falls back to the first section for an unknown code', () => {
		expect(dashboardView(input('ZZZZZZ')).selected?.code).toBe('AAAAAA');
	});
});
