/**
 * The class store: every read and write the teacher and student pages make, written once over drizzle's
 * query builder and run unchanged on SQLite and PostgreSQL (see db/index.ts). Callers validate input
 * first (schemas.ts); this layer enforces what the database must: unique codes and nicknames, one row
 * per client submission id, and deletion of everything an assignment owns.
 */
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { assignmentCols, hotQueries, sectionCols, type HotQueries } from './store-hot';
import { hashCode, newId, newSecret, sha256, verifyCode } from './crypto';
import { isUniqueViolation, type Db } from './db';
import { newClassCode, newResumeCode } from '$lib/teach/codes';
import type { AttemptRow, ProgressRow, StudentRow } from '$lib/teach/scores';
import type { ItemResult } from '$lib/teach/types';

export interface Assignment {
	id: string;
	moduleId: string;
	moduleTitle: string;
	createdAt: number;
	closedAt: number | null;
	expiresAt: number;
}
export interface Section {
	id: string;
	assignmentId: string;
	name: string;
	code: string;
	position: number;
}
export interface Student {
	id: string;
	sectionId: string;
	nickname: string;
	createdAt: number;
}
export interface StudentContext {
	student: Student;
	section: Section;
	assignment: Assignment;
}
export interface Submission {
	submissionId: string;
	quizId: string;
	payloadHash: string;
	answers: Record<string, unknown>;
	results: ItemResult[];
	score: number;
	maxScore: number;
}
export interface StoredAttempt extends Submission {
	seq: number;
	createdAt: number;
}
export type SubmitOutcome =
	| { kind: 'stored'; attempt: StoredAttempt }
	| { kind: 'replayed'; attempt: StoredAttempt }
	/** the id was already used for different answers */
	| { kind: 'conflict' };

const DAY = 24 * 60 * 60 * 1000;
/** how long a session lookup is remembered (ms), and how many are */
const SESSION_TTL = 5000;
const SESSION_CACHE_MAX = 20_000;

export class Store {
	constructor(
		readonly db: Db,
		readonly retentionDays = 180
	) {}

	get kind() {
		return this.db.kind;
	}

	// ------------------------------------------------------------------ teachers

	/** Create an assignment with its sections; returns the teacher key (shown once, stored hashed). */
	async createAssignment(input: { moduleId: string; moduleTitle: string; sections: string[]; now: number }) {
		const { t } = this.db;
		for (let tries = 0; ; tries++) {
			const key = newSecret();
			const assignment: Assignment = {
				id: newId(),
				moduleId: input.moduleId,
				moduleTitle: input.moduleTitle,
				createdAt: input.now,
				closedAt: null,
				expiresAt: input.now + this.retentionDays * DAY
			};
			const sections: Section[] = input.sections.map((name, position) => ({
				id: newId(),
				assignmentId: assignment.id,
				name,
				code: newClassCode(),
				position
			}));
			try {
				await this.db.atomic((tx) => [
					tx.insert(t.assignments).values({ ...assignment, teacherKeyHash: sha256(key) }),
					tx.insert(t.sections).values(sections.map((s) => ({ ...s, createdAt: input.now })))
				]);
				return { key, assignment, sections };
			} catch (e) {
				// a class code collided with another section's (1 in ~10⁸ per pair): draw again
				if (!isUniqueViolation(e) || tries >= 5) throw e;
			}
		}
	}

	async assignmentByKey(key: string): Promise<{ assignment: Assignment; sections: Section[] } | undefined> {
		const { q, t } = this.db;
		const [row] = await q
			.select(assignmentCols(t))
			.from(t.assignments)
			.where(eq(t.assignments.teacherKeyHash, sha256(key)));
		if (!row) return undefined;
		const sections = await q
			.select(sectionCols(t))
			.from(t.sections)
			.where(eq(t.sections.assignmentId, row.id))
			.orderBy(asc(t.sections.position));
		return { assignment: row, sections };
	}

	async setClosed(assignmentId: string, closedAt: number | null) {
		const { q, t } = this.db;
		await q.update(t.assignments).set({ closedAt }).where(eq(t.assignments.id, assignmentId));
		this.#sessions.clear();
	}

	/** Delete an assignment and everything under it, children first, in one transaction. */
	async deleteAssignment(assignmentId: string) {
		await this.deleteAssignments([assignmentId]);
	}

	async deleteAssignments(ids: string[]) {
		if (!ids.length) return;
		const { q, t } = this.db;
		const sectionIds = q
			.select({ id: t.sections.id })
			.from(t.sections)
			.where(inArray(t.sections.assignmentId, ids));
		const studentIds = q
			.select({ id: t.students.id })
			.from(t.students)
			.where(inArray(t.students.sectionId, sectionIds));
		this.#sessions.clear();
		await this.db.atomic((tx) => [
			tx.delete(t.attempts).where(inArray(t.attempts.studentId, studentIds)),
			tx.delete(t.progress).where(inArray(t.progress.studentId, studentIds)),
			tx.delete(t.sessions).where(inArray(t.sessions.studentId, studentIds)),
			tx.delete(t.students).where(inArray(t.students.sectionId, sectionIds)),
			tx.delete(t.sections).where(inArray(t.sections.assignmentId, ids)),
			tx.delete(t.assignments).where(inArray(t.assignments.id, ids))
		]);
		this.#sessions.clear();
	}

	/** Delete every assignment past its retention date; returns how many. */
	async purgeExpired(now: number): Promise<number> {
		const { q, t } = this.db;
		const rows = await q
			.select({ id: t.assignments.id })
			.from(t.assignments)
			.where(lt(t.assignments.expiresAt, now));
		await this.deleteAssignments(rows.map((r) => r.id));
		return rows.length;
	}

	/**
	 * Everything the dashboard needs, for every section of an assignment. Scores come for every attempt;
	 * answers and per-item results only for each student's first attempt at each quiz (all the per-question
	 * analysis reads), which keeps a class of hundreds with many retries quick to load.
	 */
	async results(
		assignmentId: string
	): Promise<{ students: StudentRow[]; attempts: AttemptRow[]; progress: ProgressRow[] }> {
		const { q, t } = this.db;
		const students = await q
			.select({
				id: t.students.id,
				sectionId: t.students.sectionId,
				nickname: t.students.nickname,
				createdAt: t.students.createdAt
			})
			.from(t.students)
			.innerJoin(t.sections, eq(t.students.sectionId, t.sections.id))
			.where(eq(t.sections.assignmentId, assignmentId))
			.orderBy(asc(t.sections.position), asc(t.students.createdAt), asc(t.students.id));
		const ids = students.map((s) => s.id);
		if (!ids.length) return { students, attempts: [], progress: [] };
		const [attempts, progress] = await Promise.all([this.#attemptsOf(ids, true), this.#progressOf(ids)]);
		return { students, attempts, progress };
	}

	// ------------------------------------------------------------------ students

	async sectionByCode(code: string): Promise<{ section: Section; assignment: Assignment } | undefined> {
		const { q, t } = this.db;
		const [row] = await q
			.select({ section: sectionCols(t), assignment: assignmentCols(t) })
			.from(t.sections)
			.innerJoin(t.assignments, eq(t.sections.assignmentId, t.assignments.id))
			.where(eq(t.sections.code, code));
		return row;
	}

	/** Join a section under a nickname; `taken` if someone in the section already uses it. */
	async join(
		sectionId: string,
		nickname: string,
		nicknameKey: string,
		now: number
	): Promise<
		{ ok: true; student: Student; token: string; resumeCode: string } | { ok: false; reason: 'taken' }
	> {
		const { t } = this.db;
		const resumeCode = newResumeCode();
		const token = newSecret();
		const student: Student = { id: newId(), sectionId, nickname, createdAt: now };
		const resumeHash = await hashCode(resumeCode);
		try {
			await this.db.atomic((tx) => [
				tx.insert(t.students).values({ ...student, nicknameKey, resumeHash }),
				tx.insert(t.sessions).values({ tokenHash: sha256(token), studentId: student.id, createdAt: now })
			]);
		} catch (e) {
			if (isUniqueViolation(e)) return { ok: false, reason: 'taken' };
			throw e;
		}
		return { ok: true, student, token, resumeCode };
	}

	/** Continue as a student on another device: nickname and resume code must both match. */
	async resume(
		sectionId: string,
		nicknameKey: string,
		resumeCode: string,
		now: number
	): Promise<{ student: Student; token: string } | undefined> {
		const { q, t } = this.db;
		const [row] = await q
			.select({
				id: t.students.id,
				sectionId: t.students.sectionId,
				nickname: t.students.nickname,
				createdAt: t.students.createdAt,
				resumeHash: t.students.resumeHash
			})
			.from(t.students)
			.where(and(eq(t.students.sectionId, sectionId), eq(t.students.nicknameKey, nicknameKey)));
		// hash even when there is no such student, so the answer takes as long either way
		const ok = await verifyCode(resumeCode, row?.resumeHash ?? DUMMY_HASH);
		if (!row || !ok) return undefined;
		const token = newSecret();
		await q.insert(t.sessions).values({ tokenHash: sha256(token), studentId: row.id, createdAt: now });
		const { resumeHash: _, ...student } = row;
		return { student, token };
	}

	/** The student, section and assignment behind a session cookie. */
	/**
	 * The student, section and assignment behind a session cookie. Answers are kept for a few seconds
	 * (every submission asks): this process forgets them whenever it closes, reopens or deletes anything,
	 * and another process sharing a PostgreSQL database sees such a change within SESSION_TTL.
	 */
	async studentBySession(token: string): Promise<StudentContext | undefined> {
		const hash = sha256(token);
		const hit = this.#sessions.get(hash);
		if (hit && performance.now() - hit.at < SESSION_TTL) return hit.ctx;
		const [row] = await this.#hot().session.execute({ hash });
		if (row) {
			if (this.#sessions.size >= SESSION_CACHE_MAX)
				this.#sessions.delete(this.#sessions.keys().next().value!);
			this.#sessions.set(hash, { ctx: row, at: performance.now() });
		} else this.#sessions.delete(hash);
		return row;
	}

	async endSession(token: string) {
		const { q, t } = this.db;
		this.#sessions.delete(sha256(token));
		await q.delete(t.sessions).where(eq(t.sessions.tokenHash, sha256(token)));
	}

	#sessions = new Map<string, { ctx: StudentContext; at: number }>();

	async markDone(studentId: string, step: string, now: number) {
		const { q, t } = this.db;
		await q.insert(t.progress).values({ studentId, step, doneAt: now }).onConflictDoNothing();
	}

	/** A student's own attempts and progress (never anyone else's). */
	async studentWork(studentId: string): Promise<{ attempts: AttemptRow[]; progress: ProgressRow[] }> {
		const [attempts, progress] = await Promise.all([
			this.#attemptsOf([studentId]),
			this.#progressOf([studentId])
		]);
		return { attempts, progress };
	}

	/**
	 * Store a graded submission once. The same submission id again (a retry, an offline queue) finds the
	 * stored row and returns it unchanged; the same id with different answers is a conflict.
	 */
	async submit(studentId: string, s: Submission, now: number): Promise<SubmitOutcome> {
		const row = {
			studentId,
			submissionId: s.submissionId,
			quizId: s.quizId,
			payloadHash: s.payloadHash,
			answers: JSON.stringify(s.answers),
			results: JSON.stringify(s.results),
			score: s.score,
			maxScore: s.maxScore,
			createdAt: now
		};
		const inserted = await this.#hot().group.run(row);
		if (inserted[0])
			return { kind: 'stored', attempt: { ...s, seq: Number(inserted[0].seq), createdAt: now } };
		const existing = await this.findSubmission(studentId, s.submissionId);
		if (!existing) throw new Error('submission neither inserted nor found');
		return existing.payloadHash === s.payloadHash
			? { kind: 'replayed', attempt: existing }
			: { kind: 'conflict' };
	}

	async findSubmission(studentId: string, submissionId: string): Promise<StoredAttempt | undefined> {
		const [r] = await this.#hot().find.execute({ studentId, submissionId });
		if (!r) return undefined;
		return {
			seq: Number(r.seq),
			submissionId: r.submissionId,
			quizId: r.quizId,
			payloadHash: r.payloadHash,
			answers: JSON.parse(r.answers) as Record<string, unknown>,
			results: JSON.parse(r.results) as ItemResult[],
			score: r.score,
			maxScore: r.maxScore,
			createdAt: Number(r.createdAt)
		};
	}

	async close() {
		await this.db.close();
	}

	// ------------------------------------------------------------------ helpers

	#prepared?: HotQueries;
	/** The queries of every submission, built once (drizzle's builder costs more than the query itself). */
	#hot() {
		return (this.#prepared ??= hotQueries(this.db));
	}

	/** Attempts of these students, in stored order; with `firstOnly`, answers and results only on first attempts. */
	async #attemptsOf(studentIds: string[], firstOnly = false): Promise<AttemptRow[]> {
		const { q, t } = this.db;
		const out: AttemptRow[] = [];
		// chunks keep the parameter count under SQLite's and PostgreSQL's limits
		for (let i = 0; i < studentIds.length; i += 500) {
			const ids = studentIds.slice(i, i + 500);
			const rows = await q
				.select({
					studentId: t.attempts.studentId,
					quizId: t.attempts.quizId,
					seq: t.attempts.seq,
					score: t.attempts.score,
					maxScore: t.attempts.maxScore,
					createdAt: t.attempts.createdAt
				})
				.from(t.attempts)
				.where(inArray(t.attempts.studentId, ids))
				.orderBy(asc(t.attempts.seq));
			const firsts = q
				.select({ seq: sql<number>`min(${t.attempts.seq})` })
				.from(t.attempts)
				.where(inArray(t.attempts.studentId, ids))
				.groupBy(t.attempts.studentId, t.attempts.quizId);
			const detail = await q
				.select({ seq: t.attempts.seq, results: t.attempts.results, answers: t.attempts.answers })
				.from(t.attempts)
				.where(firstOnly ? inArray(t.attempts.seq, firsts) : inArray(t.attempts.studentId, ids));
			const bySeq = new Map(detail.map((d) => [Number(d.seq), d]));
			for (const r of rows) {
				const d = bySeq.get(Number(r.seq));
				out.push({
					...r,
					seq: Number(r.seq),
					createdAt: Number(r.createdAt),
					results: d ? (JSON.parse(d.results) as ItemResult[]) : [],
					answers: d ? (JSON.parse(d.answers) as Record<string, unknown>) : {}
				});
			}
		}
		return out;
	}

	async #progressOf(studentIds: string[]): Promise<ProgressRow[]> {
		const { q, t } = this.db;
		const out: ProgressRow[] = [];
		for (let i = 0; i < studentIds.length; i += 500) {
			const rows = await q
				.select({ studentId: t.progress.studentId, step: t.progress.step, doneAt: t.progress.doneAt })
				.from(t.progress)
				.where(inArray(t.progress.studentId, studentIds.slice(i, i + 500)));
			out.push(...rows.map((r) => ({ ...r, doneAt: Number(r.doneAt) })));
		}
		return out;
	}
}

// a valid hash of a code nobody has, to spend the same time on unknown nicknames
const DUMMY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
