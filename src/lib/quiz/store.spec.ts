import { describe, expect, it } from 'vitest';
import { deviceStorage, readSaved, STORAGE_KEY, writeSaved, type Saved } from './store';

class Memory {
	data = new Map<string, string>();
	getItem(k: string) {
		return this.data.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.data.set(k, v);
	}
	removeItem(k: string) {
		this.data.delete(k);
	}
}
const throwing = {
	getItem(): string | null {
		throw new Error('SecurityError');
	},
	setItem() {
		throw new Error('QuotaExceededError');
	},
	removeItem() {}
};

describe('progress on the device', () => {
	it('round-trips answers, confidence, attempts and finished quizzes', () => {
		const m = new Memory();
		const data: Saved = {
			items: { 'dating-01': { answer: ['b', 'a'], confidence: 'high', attempt: 2, checked: true } },
			quizzes: { dating: { finished: true } }
		};
		expect(writeSaved(m, data)).toBe(true);
		expect(readSaved(m)).toEqual(data);
	});
	it('starts empty when nothing is stored, storage is missing, or it throws', () => {
		expect(readSaved(new Memory())).toEqual({ items: {}, quizzes: {} });
		expect(readSaved(undefined)).toEqual({ items: {}, quizzes: {} });
		expect(readSaved(throwing)).toEqual({ items: {}, quizzes: {} });
		expect(writeSaved(throwing, { items: {}, quizzes: {} })).toBe(false);
		expect(writeSaved(undefined, { items: {}, quizzes: {} })).toBe(false);
	});
	it('drops what it cannot read, keeping the rest', () => {
		const m = new Memory();
		m.setItem(STORAGE_KEY, 'not json');
		expect(readSaved(m).items).toEqual({});
		m.setItem(
			STORAGE_KEY,
			JSON.stringify({
				items: {
					ok: { attempt: 1, checked: false },
					bad: 'x',
					odd: { attempt: -4, checked: 'yes', confidence: 'huge' }
				},
				quizzes: 7
			})
		);
		const r = readSaved(m);
		expect(r.items.ok).toEqual({ attempt: 1, checked: false });
		expect(r.items.bad).toBeUndefined();
		expect(r.items.odd).toBeUndefined();
		expect(r.quizzes).toEqual({});
	});
	it('has no localStorage under Node', () => {
		expect(deviceStorage()).toBeUndefined();
	});
});
