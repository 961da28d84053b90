/** localStorage when it works (it may be missing, blocked or full on school devices), else nothing. */
export function deviceStorage(): Storage | undefined {
	try {
		const s = globalThis.localStorage;
		if (!s) return undefined;
		const probe = '__sourcebook_probe__';
		s.setItem(probe, '1');
		s.removeItem(probe);
		return s;
	} catch {
		return undefined;
	}
}

/** Write, ignoring a full or blocked store: progress is a convenience, never a reason to fail. */
export function safeSet(storage: Storage | undefined, key: string, value: string): boolean {
	try {
		storage?.setItem(key, value);
		return !!storage;
	} catch {
		return false;
	}
}

export function safeGet(storage: Storage | undefined, key: string): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}
