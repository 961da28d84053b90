import { describe, expect, it } from 'vitest';
import {
	CODE_ALPHABET,
	formatCode,
	newClassCode,
	newResumeCode,
	normalizeClassCode,
	normalizeResumeCode,
	randomCode
} from './codes';

describe('codes', () => {
	it('draws class and resume codes of the right length from the alphabet only', () => {
		for (let i = 0; i < 200; i++) {
			const c = newClassCode();
			const r = newResumeCode();
			expect(c).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
			expect(r).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
		}
	});

	it('leaves out characters students confuse', () => {
		for (const ch of '01OIL') expect(CODE_ALPHABET).not.toContain(ch);
	});

	it('rejects biased bytes instead of folding them onto the first letters', () => {
		// 248..255 would map to the first 8 letters under a plain modulo: they must be skipped
		let calls = 0;
		const bytes = (n: number) => {
			calls++;
			return new Uint8Array(n).fill(calls === 1 ? 250 : 31 + 1);
		};
		expect(randomCode(4, bytes)).toBe(CODE_ALPHABET[1]!.repeat(4));
		expect(calls).toBe(2);
	});

	it('is roughly uniform over the alphabet', () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 3000; i++)
			for (const ch of newResumeCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
		expect(counts.size).toBe(CODE_ALPHABET.length);
		const expected = (3000 * 8) / CODE_ALPHABET.length;
		for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.2);
	});

	it('accepts what students type: lower case, spaces, hyphens, full-width forms', () => {
		expect(normalizeClassCode(' k7q-m3x ')).toBe('K7QM3X');
		expect(normalizeClassCode('K7Q M3X')).toBe('K7QM3X');
		expect(normalizeClassCode('Ｋ７ＱＭ３Ｘ')).toBe('K7QM3X');
		expect(normalizeResumeCode('abcd–2345')).toBe('ABCD2345');
	});

	it('refuses wrong lengths and characters outside the alphabet', () => {
		expect(normalizeClassCode('K7QM3')).toBeUndefined();
		expect(normalizeClassCode('K7QM3XY')).toBeUndefined();
		expect(normalizeClassCode('K0QM3X')).toBeUndefined();
		expect(normalizeClassCode("K7Q'M3")).toBeUndefined();
		expect(normalizeResumeCode('')).toBeUndefined();
	});

	it('formats codes in two halves', () => {
		expect(formatCode('K7QM3X')).toBe('K7Q-M3X');
		expect(formatCode('ABCD2345')).toBe('ABCD-2345');
	});
});
