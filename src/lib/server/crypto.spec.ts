import { describe, expect, it } from 'vitest';
import { hashCode, newId, newSecret, SECRET_PATTERN, sha256, verifyCode } from './crypto';

describe('server crypto', () => {
	it('makes teacher keys of at least 128 bits that match the route pattern, never twice the same', () => {
		const keys = new Set(Array.from({ length: 500 }, newSecret));
		expect(keys.size).toBe(500);
		for (const k of keys) {
			expect(k).toMatch(SECRET_PATTERN);
			expect(Buffer.from(k, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		}
		expect(Buffer.from(newId(), 'base64url').length).toBe(16);
	});

	it('hashes with SHA-256 (hex)', () => {
		expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('verifies a resume code against its salted hash, and nothing else', async () => {
		const h = await hashCode('ABCD2345');
		expect(h).toMatch(/^scrypt\$[\w-]+\$[\w-]+$/);
		expect(h).not.toContain('ABCD2345');
		expect(await hashCode('ABCD2345')).not.toBe(h); // salted
		expect(await verifyCode('ABCD2345', h)).toBe(true);
		expect(await verifyCode('ABCD2346', h)).toBe(false);
		expect(await verifyCode('ABCD2345', 'plain')).toBe(false);
	});
});
