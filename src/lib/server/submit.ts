/**
 * One submission, however it arrives (the quiz form, or the JSON API an offline queue replays through):
 * rate limit, closed check, validation, grading on the server, and an idempotent write. A replay of an
 * acknowledged submission gets the stored result back, even after the assignment closes.
 */
import { HttpError, tooMany } from './http';
import { limits } from './limits';
import { moduleById, quizOf } from './catalog';
import { checkAnswers, grade } from './grading';
import type { StoredAttempt, Store, StudentContext } from './store';
import type { ItemResult } from '$lib/teach/types';

export interface SubmissionRequest {
	submissionId: string;
	quizId: string;
	answers: Record<string, unknown>;
}

/** What the client gets back — identical for the first delivery and every replay. */
export interface SubmissionResult {
	submissionId: string;
	quizId: string;
	score: number;
	maxScore: number;
	percent: number;
	results: ItemResult[];
	storedAt: string;
}

const toResult = (a: StoredAttempt): SubmissionResult => ({
	submissionId: a.submissionId,
	quizId: a.quizId,
	score: a.score,
	maxScore: a.maxScore,
	percent: a.maxScore ? Math.round((a.score / a.maxScore) * 100) : 0,
	results: a.results,
	storedAt: new Date(a.createdAt).toISOString()
});

export async function submit(
	store: Store,
	ctx: StudentContext,
	req: SubmissionRequest,
	now = Date.now()
): Promise<{ result: SubmissionResult; replayed: boolean; answers: Record<string, unknown> }> {
	const wait = limits.submitPerStudent.take(ctx.student.id);
	if (wait) throw tooMany(wait);

	if (ctx.assignment.closedAt !== null) {
		const existing = await store.findSubmission(ctx.student.id, req.submissionId);
		if (existing) return { result: toResult(existing), replayed: true, answers: existing.answers };
		throw new HttpError(403, 'closed', 'class.error.closed');
	}
	const module = moduleById(ctx.assignment.moduleId);
	if (!module) throw new HttpError(404, 'unknown_module', 'class.error.moduleGone');
	const quiz = quizOf(module, req.quizId);
	if (!quiz) throw new HttpError(400, 'unknown_quiz', 'class.error.quizNotInModule', { quiz: req.quizId });

	const answers = checkAnswers(quiz, req.answers);
	const g = grade(quiz, answers);
	const out = await store.submit(
		ctx.student.id,
		{
			submissionId: req.submissionId,
			quizId: quiz.id,
			payloadHash: g.payloadHash,
			answers,
			results: g.results,
			score: g.score,
			maxScore: g.maxScore
		},
		now
	);
	if (out.kind === 'conflict') throw new HttpError(409, 'id_reused', 'class.error.idReused');
	return { result: toResult(out.attempt), replayed: out.kind === 'replayed', answers: out.attempt.answers };
}
