import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint } from './version';

describe('canonicalJson', () => {
	it('sorts keys at every depth and drops undefined fields', () => {
		expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: 'x' } })).toBe(
			'{"a":{"c":"x","d":[1,{"f":2}]},"b":1}'
		);
	});
});

describe('fingerprint', () => {
	it('is ten hex digits and ignores key order', () => {
		const a = fingerprint({ x: 1, y: [2, 3] });
		expect(a).toMatch(/^[0-9a-f]{10}$/);
		expect(fingerprint({ y: [2, 3], x: 1 })).toBe(a);
	});
	it('changes when any value changes', () => {
		expect(fingerprint({ x: 1, y: [2, 3] })).not.toBe(fingerprint({ x: 1, y: [2, 4] }));
	});
});
