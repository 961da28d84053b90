/**
 * The queries every submission runs, built once per store (drizzle's builder costs more than the query
 * itself): the session behind a cookie (on SQLite prepared once on the query-only connection, see
 * db/prepared-reads.ts), the attempt insert grouped into batches (db/group-commit.ts), and the lookup of a
 * stored submission for replays.
 */
import { and, eq, sql } from 'drizzle-orm';
import { GroupCommit } from './db/group-commit';
import type { Db } from './db';

export type HotQueries = ReturnType<typeof hotQueries>;

export function hotQueries(db: Db) {
	const hot = queries(db);
	const { q, t } = db;
	// submissions that arrive together are stored by one multi-row INSERT: one statement, one commit, one
	// fsync (see group-commit.ts). A row whose (student, submission id) already exists — or appears twice in
	// the batch — comes back without a seq: the caller then looks up the stored one.
	type Row = typeof t.attempts.$inferInsert;
	const key = (r: { studentId: string; submissionId: string }) => `${r.studentId}\u0000${r.submissionId}`;
	const group = new GroupCommit<Row, { seq: number }[]>(
		async (rows) => {
			const stored = await q
				.insert(t.attempts)
				.values(rows)
				.onConflictDoNothing({ target: [t.attempts.studentId, t.attempts.submissionId] })
				.returning({
					seq: t.attempts.seq,
					studentId: t.attempts.studentId,
					submissionId: t.attempts.submissionId
				});
			const seqOf = new Map(stored.map((r) => [key(r), Number(r.seq)]));
			return rows.map((r) => {
				const seq = seqOf.get(key(r));
				seqOf.delete(key(r));
				return seq === undefined ? [] : [{ seq }];
			});
		},
		(row) => hot.insert.execute(row)
	);
	return { ...hot, group };
}

/**
 * The student, section and assignment behind a session token hash. On SQLite it runs on the prepared
 * reads connection (db/prepared-reads.ts): it is asked on every submission.
 */
function sessionQuery(
	db: Db,
	prep: <B extends { prepare(): unknown }>(name: string, b: B) => ReturnType<B['prepare']>
) {
	const { q, t, reads } = db;
	const selection = {
		student: {
			id: t.students.id,
			sectionId: t.students.sectionId,
			nickname: t.students.nickname,
			createdAt: t.students.createdAt
		},
		section: sectionCols(t),
		assignment: assignmentCols(t)
	};
	const query = q
		.select(selection)
		.from(t.sessions)
		.innerJoin(t.students, eq(t.sessions.studentId, t.students.id))
		.innerJoin(t.sections, eq(t.students.sectionId, t.sections.id))
		.innerJoin(t.assignments, eq(t.sections.assignmentId, t.assignments.id))
		.where(eq(t.sessions.tokenHash, sql.placeholder('hash')));
	type Row = Awaited<typeof query>[number];
	if (!reads) return prep('sb_session', query);
	const first = reads.first<Row>(query, selection);
	return {
		execute: async (args: { hash: string }): Promise<Row[]> => {
			const row = first(args);
			return row ? [row] : [];
		}
	};
}

function queries(db: Db) {
	const { q, t, kind } = db;
	const p = sql.placeholder;
	// PostgreSQL's prepared statements are named; SQLite's take no name
	const prep = <B extends { prepare(): unknown }>(name: string, b: B): ReturnType<B['prepare']> =>
		(kind === 'postgres'
			? (b as unknown as { prepare(n: string): unknown }).prepare(name)
			: b.prepare()) as ReturnType<B['prepare']>;
	return {
		session: sessionQuery(db, prep),
		insert: prep(
			'sb_insert_attempt',
			q
				.insert(t.attempts)
				.values({
					studentId: p('studentId'),
					submissionId: p('submissionId'),
					quizId: p('quizId'),
					payloadHash: p('payloadHash'),
					answers: p('answers'),
					results: p('results'),
					score: p('score'),
					maxScore: p('maxScore'),
					createdAt: p('createdAt')
				})
				.onConflictDoNothing({ target: [t.attempts.studentId, t.attempts.submissionId] })
				.returning({ seq: t.attempts.seq })
		),
		find: prep(
			'sb_find_attempt',
			q
				.select()
				.from(t.attempts)
				.where(and(eq(t.attempts.studentId, p('studentId')), eq(t.attempts.submissionId, p('submissionId'))))
		)
	};
}

export const assignmentCols = (t: Db['t']) => ({
	id: t.assignments.id,
	moduleId: t.assignments.moduleId,
	moduleTitle: t.assignments.moduleTitle,
	createdAt: t.assignments.createdAt,
	closedAt: t.assignments.closedAt,
	expiresAt: t.assignments.expiresAt
});
export const sectionCols = (t: Db['t']) => ({
	id: t.sections.id,
	assignmentId: t.sections.assignmentId,
	name: t.sections.name,
	code: t.sections.code,
	position: t.sections.position
});
