import { describe, expect, it } from 'vitest';
import { content } from '$lib/content';
import { quizView } from '$lib/quiz/view';
import { lmsQuiz } from './lms';

// built once, outside the timed tests (it validates every content file)
const c = content();

const origin = 'https://example.org';

describe('the bank', () => {
	it('converts every item of every quiz, with absolute links', () => {
		for (const q of c.quizzes) {
			const lms = lmsQuiz(quizView(c, q.id)!, 'qti', origin);
			expect(new Set(lms.questions.map((x) => x.itemId))).toEqual(new Set(q.items.map((i) => i.id)));
			expect(new Set(lms.questions.map((x) => x.id)).size).toBe(lms.questions.length);
			for (const x of lms.questions) expect(x.href?.startsWith(origin), x.id).toBe(true);
		}
	});
});
