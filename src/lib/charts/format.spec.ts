import { describe, expect, it } from 'vitest';
import { num, shortDate, span } from './format';

describe('chart date formats', () => {
	it('writes a one-day span as that day', () => {
		expect(span('2025-09-19', '2025-09-19')).toBe(shortDate('2025-09-19'));
	});
	it('names the month and year once for a span within a month', () => {
		const s = span('2025-09-19', '2025-09-30');
		expect(s.match(/Sep/g)).toHaveLength(1);
		expect(s.match(/2025/g)).toHaveLength(1);
		expect(s).toMatch(/19/);
		expect(s).toMatch(/30/);
	});
	it('names both years for a span across a new year', () => {
		const s = span('2025-12-31', '2026-01-03');
		expect(s).toMatch(/Dec.*2025.*Jan.*2026/);
	});
	it('groups thousands', () => {
		expect(num(15000)).toBe('15,000');
	});
});
