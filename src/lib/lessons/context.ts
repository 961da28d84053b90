/**
 * The data a lesson's tags read: the lesson page puts a getter for its page data in a Svelte context, and
 * each tag (<Fig id>, <Chart id>, <Term id> …) looks up its id there. Call `lessonData()` while the
 * component initialises and read the getter inside `$derived`, so a tag follows client-side navigation.
 */
import { getContext, setContext } from 'svelte';
import type { LessonView } from '$lib/content/lesson-views';

const KEY = Symbol('sourcebook.lesson');

export type LessonData = Pick<LessonView, 'figures' | 'charts' | 'items' | 'terms' | 'refs' | 'passages'>;
const empty: LessonData = { figures: {}, charts: {}, items: {}, terms: {}, refs: {}, passages: {} };

export function setLessonData(get: () => LessonData) {
	setContext(KEY, get);
}

/** A getter for the current lesson's data (empty outside a lesson page). */
export function lessonData(): () => LessonData {
	return getContext<(() => LessonData) | undefined>(KEY) ?? (() => empty);
}
