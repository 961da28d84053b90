import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { csvFileName, resultsCsv, safeCell } from './csv';
import type { StudentSummary } from './scores';

const student = (
	id: string,
	sectionId: string,
	nickname: string,
	quizzes: StudentSummary['quizzes'],
	finishedAt: number | null = null
): StudentSummary => ({
	id,
	sectionId,
	nickname,
	joinedAt: 0,
	status: finishedAt ? 'finished' : 'started',
	startedAt: 0,
	finishedAt,
	stepsDone: 0,
	stepsTotal: 2,
	quizzes
});

describe('resultsCsv', () => {
	const csv = resultsCsv({
		sections: [
			{ id: 's1', name: 'Period 1' },
			{ id: 's2', name: 'Period 2, "B"' }
		],
		quizzes: [
			{ id: 'q1', title: 'Dating an article' },
			{ id: 'q2', title: 'Numbers' }
		],
		students: [
			student('b', 's2', '=HYPERLINK("x")', {
				q1: { first: 0.5, best: 0.5, attempts: 1 },
				q2: { first: null, best: null, attempts: 0 }
			}),
			student(
				'a',
				's1',
				'zed',
				{ q1: { first: 2 / 3, best: 1, attempts: 3 }, q2: { first: 0.25, best: 0.75, attempts: 2 } },
				Date.UTC(2026, 0, 15, 14, 30)
			),
			student('c', 's1', 'Amy', {
				q1: { first: null, best: null, attempts: 0 },
				q2: { first: null, best: null, attempts: 0 }
			})
		]
	});
	const rows = csvParse(csv.replace(/^\ufeff/, ''));

	it('has the gradebook columns and one row per student per quiz', () => {
		expect(rows.columns).toEqual(['section', 'nickname', 'quiz', 'first', 'best', 'attempts', 'finished at']);
		expect(rows).toHaveLength(6);
	});
	it('orders by section, then nickname', () => {
		expect(rows.map((r) => r.nickname)).toEqual([
			'Amy',
			'Amy',
			'zed',
			'zed',
			`'=HYPERLINK("x")`,
			`'=HYPERLINK("x")`
		]);
	});
	it('writes first and best as percentages, attempts, and the finish time in UTC', () => {
		expect(rows[2]).toEqual({
			section: 'Period 1',
			nickname: 'zed',
			quiz: 'Dating an article',
			first: '66.7',
			best: '100',
			attempts: '3',
			'finished at': '2026-01-15T14:30:00.000Z'
		});
		expect(rows[0]).toMatchObject({ first: '', best: '', attempts: '0', 'finished at': '' });
	});
	it('quotes commas and quotes, and defuses formulas', () => {
		expect(rows[4]!.section).toBe('Period 2, "B"');
		expect(safeCell('+1')).toBe("'+1");
		expect(safeCell('-')).toBe("'-");
		expect(safeCell('Blue heron')).toBe('Blue heron');
	});
	it('starts with a byte-order mark and ends lines with CRLF', () => {
		expect(csv.startsWith('\ufeffsection,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
});

describe('csvFileName', () => {
	it('makes a safe name from the title and the date', () => {
		expect(csvFileName('Numbers in the news: a unit', Date.UTC(2026, 1, 3))).toBe(
			'numbers-in-the-news-a-unit-2026-02-03.csv'
		);
		expect(csvFileName('¿¿??', 0)).toBe('results-1970-01-01.csv');
	});
});
