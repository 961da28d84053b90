/**
 * The shapes the teach domain works with. Modules and quizzes come from the content loader; these are the
 * narrow views of them this domain needs, so its logic can be tested with fixtures.
 */

/** A step of a module, in order. */
export type Step = { kind: 'lesson'; slug: string } | { kind: 'quiz'; id: string };

export interface ModuleInfo {
	id: string;
	title: string;
	summary: string;
	objectives: string[];
	grade_band: string;
	minutes: number;
	steps: Step[];
}

export interface QuizInfo {
	id: string;
	title: string;
	items: ItemInfo[];
}

export interface ItemInfo {
	id: string;
	/** a short text for the item (its prompt), for the per-question table */
	prompt: string;
	/** where the item can be read (e.g. its quiz page with a fragment) */
	href: string;
}

/** The grade of one item in one attempt, as the server stored it. */
export interface ItemResult {
	itemId: string;
	score: number;
	correct: boolean;
	/** false when the student left the item blank */
	answered: boolean;
}

/** Stable key for a step, as stored in progress rows. */
export const stepKey = (s: Step) => (s.kind === 'lesson' ? `lesson:${s.slug}` : `quiz:${s.id}`);
