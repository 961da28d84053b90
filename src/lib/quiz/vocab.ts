/**
 * The fixed vocabularies of the quiz engine (item types, ratings, categories, measures), in a module
 * with no dependencies so that browser code can use them without loading the schema library.
 */

export const itemTypes = [
	'single',
	'multiple',
	'truefalse',
	'mark',
	'order',
	'match',
	'numeric',
	'categorize',
	'rate',
	'compare'
] as const;
export type ItemType = (typeof itemTypes)[number];

/** Reliability ratings, from most to least trusting; "cannot-tell" is a real answer, not a dodge. */
export const levels = ['reliable', 'mixed', 'unreliable', 'cannot-tell'] as const;
export type Level = (typeof levels)[number];

/** The default categories for sorting statements (a quiz may define its own). */
export const defaultCategories = ['fact', 'opinion', 'attributed', 'cannot-tell'] as const;

/** The three Civic Online Reasoning questions a justification is checked against. */
export const criteria = ['who', 'evidence', 'other-sources'] as const;
export type Criterion = (typeof criteria)[number];

/**
 * What a numeric estimate may ask about: dates, years, spans of days, percentages, counts of sources.
 * Deliberately no count of people: students are never asked to guess a death toll.
 */
export const measures = ['date', 'year', 'days', 'percent', 'sources'] as const;
export type Measure = (typeof measures)[number];

/** Words about people dying (checked by the loader on numeric estimates). */
export const deathWords =
	/\b(killed|kill|dead|deaths?|died|die|toll|fatalit(y|ies)|casualt(y|ies)|bodies)\b/i;

/**
 * Whether a numeric estimate asks for a number of people who died: a count ("sources") that mentions
 * deaths, or any "how many … killed / died …" question. Shares (percent) and dates are allowed.
 */
export function asksForDeathToll(measure: Measure, prompt: string): boolean {
	if (measure === 'sources' && deathWords.test(prompt)) return true;
	return (
		/how many\b[^?]*\b(killed|died|dead|deaths?|casualties|fatalities|toll)\b/i.test(prompt) ||
		/death toll/i.test(prompt)
	);
}
