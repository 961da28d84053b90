/**
 * Class codes and resume codes: short, typed by students, so drawn from an alphabet without look-alikes
 * (no 0/O, 1/I/L). Input is forgiving about case, spaces and hyphens; display adds a hyphen to read aloud.
 * Randomness comes from crypto.getRandomValues with rejection sampling (no modulo bias).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CLASS_CODE_LENGTH = 6;
export const RESUME_CODE_LENGTH = 8;

type RandomBytes = (n: number) => Uint8Array;
const cryptoBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

/** `length` characters from CODE_ALPHABET, uniformly. */
export function randomCode(length: number, bytes: RandomBytes = cryptoBytes): string {
	const n = CODE_ALPHABET.length;
	const limit = 256 - (256 % n); // bytes at or above this would bias the first letters
	let out = '';
	while (out.length < length) {
		for (const b of bytes(length * 2)) {
			if (b < limit && out.length < length) out += CODE_ALPHABET[b % n];
		}
	}
	return out;
}

export const newClassCode = (bytes?: RandomBytes) => randomCode(CLASS_CODE_LENGTH, bytes);
export const newResumeCode = (bytes?: RandomBytes) => randomCode(RESUME_CODE_LENGTH, bytes);

/** What a student typed → the stored form, or undefined if it cannot be a code of that length. */
export function normalizeCode(input: string, length: number): string | undefined {
	const s = input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-–—_.]/g, '');
	if (s.length !== length) return undefined;
	for (const ch of s) if (!CODE_ALPHABET.includes(ch)) return undefined;
	return s;
}

export const normalizeClassCode = (input: string) => normalizeCode(input, CLASS_CODE_LENGTH);
export const normalizeResumeCode = (input: string) => normalizeCode(input, RESUME_CODE_LENGTH);

/** "K7QM3X" → "K7Q-M3X"; "ABCD2345" → "ABCD-2345". */
export function formatCode(code: string): string {
	const half = Math.ceil(code.length / 2);
	return `${code.slice(0, half)}-${code.slice(half)}`;
}
