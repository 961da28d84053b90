/**
 * The gradebook export: one row per student per quiz — section, nickname, quiz, first, best, attempts,
 * finished at. Scores are percentages (0–100, one decimal); times are ISO 8601 in UTC. Quoting is
 * d3-dsv's; cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an
 * apostrophe, as OWASP advises for CSV injection.
 */
import { csvFormatRows } from 'd3-dsv';
import type { StudentSummary } from './scores';

export const CSV_HEADER = [
	'section',
	'nickname',
	'quiz',
	'first',
	'best',
	'attempts',
	'finished at'
] as const;

export interface CsvInput {
	sections: { id: string; name: string }[];
	quizzes: { id: string; title: string }[];
	students: StudentSummary[];
}

const FORMULA = /^[=+\-@\t\r]/;
export const safeCell = (s: string) => (FORMULA.test(s) ? `'${s}` : s);

const pct = (f: number | null) => (f === null ? '' : String(Math.round(f * 1000) / 10));
const iso = (t: number | null) => (t === null ? '' : new Date(t).toISOString());

export function resultsCsv({ sections, quizzes, students }: CsvInput): string {
	const order = new Map(sections.map((s, i) => [s.id, i]));
	const sectionName = new Map(sections.map((s) => [s.id, s.name]));
	const sorted = [...students].sort(
		(a, b) =>
			(order.get(a.sectionId) ?? 0) - (order.get(b.sectionId) ?? 0) ||
			a.nickname.localeCompare(b.nickname, 'en', { sensitivity: 'base' })
	);
	const rows: string[][] = [[...CSV_HEADER]];
	for (const s of sorted)
		for (const q of quizzes) {
			const score = s.quizzes[q.id];
			rows.push(
				[
					sectionName.get(s.sectionId) ?? '',
					s.nickname,
					q.title,
					pct(score?.first ?? null),
					pct(score?.best ?? null),
					String(score?.attempts ?? 0),
					iso(s.finishedAt)
				].map(safeCell)
			);
		}
	// a byte-order mark so that spreadsheet programs read the file as UTF-8
	return '\ufeff' + csvFormatRows(rows) + '\r\n';
}

/** A file name for the export: the module title in lower case words, and the date. */
export function csvFileName(title: string, now: number): string {
	const slug = title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `${slug || 'results'}-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
