/**
 * Quiz progress shared by every quiz and practice item on a page, kept on the device (see store.ts).
 * One instance per browser tab: the same item placed in a lesson and in its quiz shows the same answer.
 * On the server nothing is loaded or saved, so prerendered HTML shows a fresh quiz and hydration agrees;
 * components call `load()` once mounted.
 */
import { SvelteSet } from 'svelte/reactivity';
import { deviceStorage, emptySaved, readSaved, writeSaved, type ItemProgress, type Saved } from './store';
import type { Confidence } from './form';

const fresh = (): ItemProgress => ({ attempt: 0, checked: false });

export class QuizProgress {
	#data = $state<Saved>(emptySaved());
	/** true once read from the device (after mount) */
	loaded = $state(false);
	/** false when the device will not keep answers (storage missing or refused) */
	persistent = $state(true);

	#device: boolean;
	/** items whose answer the page showed before it hydrated (not a resumed answer) */
	#shown = new SvelteSet<string>();
	/** device: false for a store that is never read from or written to the device (server-graded answers) */
	constructor(device = true) {
		this.#device = device;
	}

	load() {
		if (this.loaded) return;
		if (!this.#device) {
			this.loaded = true;
			this.persistent = false;
			return;
		}
		const storage = deviceStorage();
		this.persistent = storage !== undefined;
		this.#data = readSaved(storage);
		this.loaded = true;
	}

	#save() {
		if (this.loaded && this.#device)
			this.persistent = writeSaved(deviceStorage(), $state.snapshot(this.#data) as Saved);
	}

	#edit(id: string, change: Partial<ItemProgress>) {
		this.#data.items[id] = { ...(this.#data.items[id] ?? fresh()), ...change };
		this.#save();
	}

	item(id: string): ItemProgress {
		return this.#data.items[id] ?? fresh();
	}
	/** whether anything was stored for these items (to offer "start over"); answers the page showed do not count */
	hasAny(ids: string[]): boolean {
		return ids.some((id) => this.#data.items[id]?.answer !== undefined && !this.#shown.has(id));
	}
	/** what the page's inputs showed before hydration (see QuizItem): it replaces what the device kept */
	keepShown(id: string, shown: { answer?: unknown; confidence?: Confidence }) {
		if (shown.answer !== undefined) {
			this.#shown.add(id);
			this.setAnswer(id, shown.answer);
		}
		if (shown.confidence) this.setConfidence(id, shown.confidence);
	}
	setAnswer(id: string, answer: unknown) {
		this.#edit(id, { answer, checked: false });
	}
	setConfidence(id: string, confidence: Confidence | undefined) {
		this.#edit(id, { confidence });
	}
	check(id: string) {
		this.#edit(id, { checked: true });
	}
	/** try again: clear the answer and reshuffle (a new attempt number) */
	retry(id: string) {
		const p = this.item(id);
		this.#data.items[id] = { attempt: p.attempt + 1, checked: false };
		this.#save();
	}
	finished(quizId: string): boolean {
		return this.#data.quizzes[quizId]?.finished ?? false;
	}
	setFinished(quizId: string, finished: boolean) {
		this.#data.quizzes[quizId] = { finished };
		this.#save();
	}
	/** start a quiz over: every item retried, results hidden */
	restart(quizId: string, itemIds: string[]) {
		for (const id of itemIds) this.retry(id);
		this.setFinished(quizId, false);
	}
}

export const progress = new QuizProgress();
