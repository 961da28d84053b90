/** What every question-type component receives from QuizItem. */
import type { ItemResult } from '../grade';
import type { ItemView } from '../view';

export interface TypeProps<V extends ItemView> {
	item: V;
	/** the current answer (shape per type; undefined when none yet) */
	answer: unknown;
	/** replace the answer */
	set: (answer: unknown) => void;
	/** present once checked: drives the per-part feedback */
	result?: ItemResult;
	/** inputs are read-only after a check */
	locked: boolean;
	/** prefix for element ids, unique on the page */
	uid: string;
	/** attempt number, for shuffling */
	attempt: number;
}
