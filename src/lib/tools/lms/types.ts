/**
 * The shapes of an LMS export: the question kinds Canvas (QTI 1.2) and Moodle (GIFT) both hold, the notes
 * that say what happened to each item on the way, and a whole converted quiz. Types only.
 */
import type { ItemType } from '$lib/quiz/schema';

export type LmsTarget = 'qti' | 'gift';

/** A passage shown with a question: the paragraph with the quoted words picked out, and where it is from. */
export interface LmsPassage {
	label?: string;
	before: string;
	quote: string;
	after: string;
	from: string;
	href?: string;
}

export interface LmsStem {
	prompt: string;
	/** further lines under the prompt (a statement to judge, a hint on how to answer) */
	lines: string[];
	passages: LmsPassage[];
}

export interface LmsChoice {
	id: string;
	text: string;
	correct: boolean;
	/** credit in percent (100 for a right answer); partial credit where the item gives it */
	weight: number;
	feedback?: string;
}

/** What every question has, whatever its kind. */
export interface QuestionBase {
	/** unique in the quiz: the item id, with a suffix for the second part of a split item */
	id: string;
	itemId: string;
	itemType: ItemType;
	title: string;
	stem: LmsStem;
	points: number;
	/** shown after answering, whatever the answer: the rationale and where to read more */
	general: string;
	href?: string;
}

export type LmsQuestion = QuestionBase &
	(
		| { kind: 'mc'; choices: LmsChoice[] }
		| { kind: 'ma'; choices: LmsChoice[] }
		| { kind: 'tf'; answer: boolean; feedbackTrue: string; feedbackFalse: string }
		| { kind: 'matching'; pairs: { id: string; prompt: string; answer: string }[]; distractors: string[] }
		| {
				kind: 'numerical';
				answer: number;
				tolerance: number;
				near?: number;
				correct: string;
				nearFeedback?: string;
				incorrect: string;
		  }
		| { kind: 'short'; answers: { text: string; weight: number }[]; correct: string; incorrect: string }
		| { kind: 'essay' }
	);

export type NoteAction = 'converted' | 'split' | 'simplified' | 'omitted';

/** What happened to one item on its way into an LMS, in words a teacher reads. */
export interface LmsNote {
	itemId: string;
	itemType: ItemType;
	action: NoteAction;
	text: string;
}

export interface LmsQuiz {
	id: string;
	title: string;
	summary: string;
	questions: LmsQuestion[];
	notes: LmsNote[];
	/** the quiz page on the site, absolute */
	href: string;
}
