/**
 * The class-assignment tables for PostgreSQL (used when DATABASE_URL is set): the same model as
 * schema.sqlite.ts, column for column (db.spec.ts proves it). Times are epoch milliseconds (bigint).
 */
import {
	pgTable,
	text,
	bigint,
	integer,
	doublePrecision,
	index,
	uniqueIndex,
	primaryKey
} from 'drizzle-orm/pg-core';

const ms = (name: string) => bigint(name, { mode: 'number' });

export const assignments = pgTable('assignments', {
	id: text('id').primaryKey(),
	teacherKeyHash: text('teacher_key_hash').notNull().unique(),
	moduleId: text('module_id').notNull(),
	moduleTitle: text('module_title').notNull(),
	createdAt: ms('created_at').notNull(),
	closedAt: ms('closed_at'),
	expiresAt: ms('expires_at').notNull()
});

export const sections = pgTable(
	'sections',
	{
		id: text('id').primaryKey(),
		assignmentId: text('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		code: text('code').notNull().unique(),
		position: integer('position').notNull(),
		createdAt: ms('created_at').notNull()
	},
	(t) => [index('sections_assignment_idx').on(t.assignmentId)]
);

export const students = pgTable(
	'students',
	{
		id: text('id').primaryKey(),
		sectionId: text('section_id')
			.notNull()
			.references(() => sections.id, { onDelete: 'cascade' }),
		nickname: text('nickname').notNull(),
		nicknameKey: text('nickname_key').notNull(),
		resumeHash: text('resume_hash').notNull(),
		createdAt: ms('created_at').notNull()
	},
	(t) => [uniqueIndex('students_section_nickname_uq').on(t.sectionId, t.nicknameKey)]
);

export const sessions = pgTable(
	'sessions',
	{
		tokenHash: text('token_hash').primaryKey(),
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		createdAt: ms('created_at').notNull()
	},
	(t) => [index('sessions_student_idx').on(t.studentId)]
);

export const progress = pgTable(
	'progress',
	{
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		step: text('step').notNull(),
		doneAt: ms('done_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.studentId, t.step] })]
);

export const attempts = pgTable(
	'attempts',
	{
		seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		submissionId: text('submission_id').notNull(),
		quizId: text('quiz_id').notNull(),
		payloadHash: text('payload_hash').notNull(),
		answers: text('answers').notNull(),
		results: text('results').notNull(),
		score: doublePrecision('score').notNull(),
		maxScore: doublePrecision('max_score').notNull(),
		createdAt: ms('created_at').notNull()
	},
	(t) => [
		uniqueIndex('attempts_student_submission_uq').on(t.studentId, t.submissionId),
		index('attempts_student_quiz_idx').on(t.studentId, t.quizId)
	]
);
