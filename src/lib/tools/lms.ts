/**
 * Quiz items → questions an LMS can hold. Canvas (QTI 1.2) and Moodle (GIFT) know multiple choice,
 * multiple answers, true/false, matching, numerical, short answer and essay; the bank has ten item types.
 * Each item becomes the nearest question(s) an LMS can represent, and every change is written down as a
 * note that travels inside the export (a comment in GIFT, notes.txt and the quiz description in QTI).
 *
 * Pure: from a QuizView (quiz/view.ts, which carries the key) to plain data. The two writers (qti.ts,
 * gift.ts) only format it. Partial credit is kept where the target can hold it (GIFT weights) and noted
 * where it cannot (Canvas classic quizzes: one right answer set per question).
 *
 * This is the entry other modules import. The pieces are in lms/: the shapes (types.ts), the words and
 * HTML (text.ts), what converters share (base.ts) and one converter per item-type group (choice.ts,
 * matching.ts, numeric.ts, split.ts).
 */
import type { ItemView, QuizView } from '$lib/quiz/view';
import { baseQuestion, type Converted, type Ctx } from './lms/base';
import { mark, multiple, single, trueFalse } from './lms/choice';
import { categorize, match, order } from './lms/matching';
import { numeric } from './lms/numeric';
import { compare, rate } from './lms/split';
import type { LmsQuiz, LmsTarget } from './lms/types';

export type {
	LmsChoice,
	LmsNote,
	LmsPassage,
	LmsQuestion,
	LmsQuiz,
	LmsStem,
	LmsTarget,
	NoteAction
} from './lms/types';
export { shareOf } from './lms/base';
export { shiftDay } from './lms/numeric';
export { citeText, esc, noteLines, stemHtml } from './lms/text';

/** The questions for one item, and the notes on what changed. */
export function convertItem(it: ItemView, target: LmsTarget, origin: string): Converted {
	const ctx: Ctx = { base: baseQuestion(it, origin), target, origin };
	switch (it.type) {
		case 'single':
			return single(it, ctx);
		case 'multiple':
			return multiple(it, ctx);
		case 'truefalse':
			return trueFalse(it, ctx);
		case 'mark':
			return mark(it, ctx);
		case 'order':
			return order(it, ctx);
		case 'match':
			return match(it, ctx);
		case 'categorize':
			return categorize(it, ctx);
		case 'numeric':
			return numeric(it, ctx);
		case 'rate':
			return rate(it, ctx);
		case 'compare':
			return compare(it, ctx);
	}
}

/** A whole quiz for one LMS. `origin` makes the site's links absolute (they go into another system). */
export function lmsQuiz(quiz: QuizView, target: LmsTarget, origin: string): LmsQuiz {
	const parts = quiz.items.map((it) => convertItem(it, target, origin));
	return {
		id: quiz.id,
		title: quiz.title,
		summary: quiz.summary,
		questions: parts.flatMap((p) => p.questions),
		notes: parts.flatMap((p) => p.notes),
		href: `${origin}/quizzes/${quiz.id}`
	};
}
