/**
 * Reading progress on this device, as shared state: which lessons are started or finished and where the
 * reader was. Loaded in the browser only (the prerendered page shows no progress), saved to localStorage
 * when it is available; without storage it still works for the visit.
 */
import { deviceStorage, safeGet, safeSet } from './storage';
import {
	markDone,
	markStarted,
	markUndone,
	moduleProgress,
	parseProgress,
	PROGRESS_KEY,
	statusOf,
	type ProgressMap
} from './progress';

export class ReadingProgress {
	map = $state<ProgressMap>({});
	/** true once loaded in the browser: components show progress only then */
	ready = $state(false);
	/** false when the device will not keep it (private mode, blocked storage) */
	persistent = $state(false);
	#storage: Storage | undefined;

	constructor(private key = PROGRESS_KEY) {}

	load(storage: Storage | undefined = deviceStorage()) {
		this.#storage = storage;
		this.persistent = !!storage;
		this.map = parseProgress(safeGet(storage, this.key));
		this.ready = true;
	}

	status(slug: string) {
		return statusOf(this.map, slug);
	}
	section(slug: string) {
		return this.map[slug]?.section;
	}
	start(slug: string, section?: string) {
		this.#set(markStarted(this.map, slug, Date.now(), section));
	}
	finish(slug: string) {
		this.#set(markDone(this.map, slug, Date.now()));
	}
	reopen(slug: string) {
		this.#set(markUndone(this.map, slug, Date.now()));
	}
	module(lessonSlugs: string[]) {
		return moduleProgress(this.map, lessonSlugs);
	}

	#set(next: ProgressMap) {
		this.map = next;
		this.persistent = safeSet(this.#storage, this.key, JSON.stringify(next));
	}
}

/** The one instance pages share (state changes only in the browser, after load()). */
export const progress = new ReadingProgress();
