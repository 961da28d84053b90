/**
 * What is kept on the device between visits: per item, the answer, the optional confidence, the
 * attempt number (for reshuffling) and whether it was checked; per quiz, whether results were shown.
 * Nothing that identifies a student. Pure: reading and writing go through a Storage-like object
 * that may be missing or may throw (private browsing, storage disabled, quota full).
 */
import type { Confidence } from './form';

export const STORAGE_KEY = 'sourcebook:quiz:v1';

export interface ItemProgress {
	/** checked against the item when graded (gradeItem treats anything malformed as no answer) */
	answer?: unknown;
	confidence?: Confidence;
	attempt: number;
	checked: boolean;
}
export interface QuizProgressData {
	finished: boolean;
}
export interface Saved {
	items: Record<string, ItemProgress>;
	quizzes: Record<string, QuizProgressData>;
}

export const emptySaved = (): Saved => ({ items: {}, quizzes: {} });

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** One stored item, or undefined when it cannot be read (read by hand: no schema library in the browser). */
function readItem(v: unknown): ItemProgress | undefined {
	if (!isObject(v)) return undefined;
	if (v.confidence !== undefined && !['low', 'medium', 'high'].includes(v.confidence as string))
		return undefined;
	const attempt =
		Number.isInteger(v.attempt) && (v.attempt as number) >= 0 && (v.attempt as number) <= 10_000
			? (v.attempt as number)
			: 0;
	return {
		...(v.answer !== undefined ? { answer: v.answer } : {}),
		...(v.confidence !== undefined ? { confidence: v.confidence as Confidence } : {}),
		attempt,
		checked: v.checked === true
	};
}

interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Read saved progress; anything unreadable is dropped entry by entry, never thrown. */
export function readSaved(storage: StorageLike | undefined): Saved {
	let text: string | null = null;
	try {
		text = storage?.getItem(STORAGE_KEY) ?? null;
	} catch {
		return emptySaved();
	}
	if (!text) return emptySaved();
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return emptySaved();
	}
	if (!isObject(data)) return emptySaved();
	const out = emptySaved();
	for (const [id, v] of Object.entries(isObject(data.items) ? data.items : {})) {
		const item = readItem(v);
		if (item) out.items[id] = item;
	}
	for (const [id, v] of Object.entries(isObject(data.quizzes) ? data.quizzes : {}))
		if (isObject(v)) out.quizzes[id] = { finished: v.finished === true };
	return out;
}

/** Write progress; false when the device would not keep it. */
export function writeSaved(storage: StorageLike | undefined, data: Saved): boolean {
	if (!storage) return false;
	try {
		storage.setItem(STORAGE_KEY, JSON.stringify(data));
		return true;
	} catch {
		return false;
	}
}

/** The browser's localStorage, or undefined where it is missing or refuses access. */
export function deviceStorage(): StorageLike | undefined {
	try {
		const s = globalThis.localStorage;
		if (!s) return undefined;
		const probe = `${STORAGE_KEY}:probe`;
		s.setItem(probe, '1');
		s.removeItem(probe);
		return s;
	} catch {
		return undefined;
	}
}
