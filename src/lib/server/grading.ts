/**
 * Server-side grading of a submission: strict validation first (an answer for an item not in the quiz,
 * or of the wrong shape, is refused with a 400 — never silently scored as blank), then the quiz engine's
 * own pure grading functions, the same ones the browser uses for practice.
 */
import type { z } from 'zod';
import { answerSchemas, gradeQuiz } from '$lib/quiz/grade';
import { stableKey } from '$lib/teach/analysis';
import type { ItemResult } from '$lib/teach/types';
import type { QuizView } from './catalog';
import { sha256 } from './crypto';
import { HttpError } from './http';

/** Answers checked against the quiz: only its items, each of its type's shape. Throws HttpError 400. */
export function checkAnswers(quiz: QuizView, answers: Record<string, unknown>): Record<string, unknown> {
	const items = new Map(quiz.items.map((it) => [it.id, it]));
	const unknown = Object.keys(answers).filter((id) => !items.has(id));
	if (unknown.length)
		throw new HttpError(400, 'unknown_items', 'class.error.unknownItems', {
			items: unknown.slice(0, 5).join(', ')
		});
	const out: Record<string, unknown> = {};
	for (const [id, raw] of Object.entries(answers)) {
		if (raw === null || raw === undefined) continue;
		const item = items.get(id)!;
		const r = (answerSchemas[item.type] as z.ZodType).safeParse(raw);
		if (!r.success) throw new HttpError(400, 'bad_answer', 'class.error.answerType', { item: id });
		out[id] = r.data;
	}
	return out;
}

export interface Graded {
	results: ItemResult[];
	score: number;
	maxScore: number;
	payloadHash: string;
}

export function grade(quiz: QuizView, answers: Record<string, unknown>): Graded {
	const r = gradeQuiz(quiz, answers);
	return {
		results: r.items.map((x) => ({
			itemId: x.itemId,
			score: x.score,
			correct: x.correct,
			answered: x.answered
		})),
		score: r.score,
		maxScore: r.max,
		payloadHash: sha256(stableKey({ quizId: quiz.id, answers }))
	};
}
