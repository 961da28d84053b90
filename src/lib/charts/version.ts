/**
 * Data versions: a chart's version is a fingerprint of its data (ten hex digits of SHA-256 over a canonical
 * JSON form), so the same data always has the same version and an archived snapshot that was edited by hand
 * no longer matches the version it claims. Server-only (node:crypto).
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted and undefined fields left out, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value))
		return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export function fingerprint(data: unknown): string {
	return createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 10);
}
