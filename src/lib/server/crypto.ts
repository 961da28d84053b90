/**
 * Keys, tokens and hashes, all from node:crypto. High-entropy secrets (teacher keys, session tokens) are
 * stored as SHA-256: they cannot be guessed, so a fast hash is enough and lookups stay one index probe.
 * Resume codes are short (8 characters, ~40 bits), so they get a salted scrypt hash that makes a stolen
 * database useless for guessing them.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** 192 random bits, URL-safe: 32 characters. Teacher keys and session tokens. */
export const newSecret = () => randomBytes(24).toString('base64url');
/** 128 random bits: row ids. */
export const newId = () => randomBytes(16).toString('base64url');

export const SECRET_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const SCRYPT: ScryptOptions = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function scryptAsync(secret: string, salt: Buffer): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(secret, salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key)))
	);
}

/** "scrypt$<salt>$<hash>", base64url parts. */
export async function hashCode(code: string): Promise<string> {
	const salt = randomBytes(16);
	return `scrypt$${salt.toString('base64url')}$${(await scryptAsync(code, salt)).toString('base64url')}`;
}

export async function verifyCode(code: string, stored: string): Promise<boolean> {
	const [scheme, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64url');
	const actual = await scryptAsync(code, Buffer.from(salt, 'base64url'));
	return expected.length === actual.length && timingSafeEqual(expected, actual);
}
