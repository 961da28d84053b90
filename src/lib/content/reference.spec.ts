import { describe, expect, it } from 'vitest';
import { deathSeries, parseReference, totalsOn } from './reference';
import { minimalFiles } from './fixtures/minimal';

const record = () => {
	const files = minimalFiles();
	const csv: Record<string, string> = {};
	for (const [p, text] of Object.entries(files))
		if (p.startsWith('content/reference/')) csv[p.slice('content/reference/'.length)] = text;
	return parseReference(csv);
};

describe('parseReference', () => {
	it('gives every row a stable id and keeps its provenance', () => {
		const r = record();
		expect(r.strikes.map((s) => s.ref)).toEqual([
			'strikes:2025-09-02',
			'strikes:2025-10-27',
			'strikes:2025-12-30'
		]);
		expect(r.overdoses[0]?.ref).toBe('overdoses:1');
		const row = r.byRef.get('events:2025-11-21') as { claimant: string; original_reporter: string };
		expect(row.claimant).toBe('FAA');
		expect(row.original_reporter).toBe('Reuters');
	});
});

describe('deathSeries: the two counts, computed from per-strike rows', () => {
	it('sums killed and presumed dead separately', () => {
		const s = deathSeries(record().strikes);
		expect(s.map((p) => p.killedTotal)).toEqual([11, 25, 28]);
		expect(s.map((p) => p.withPresumedTotal)).toEqual([11, 26, 37]);
	});
	it('carries the reported strike count forward where a row gives none', () => {
		expect(deathSeries(record().strikes).map((p) => p.strikesTotal)).toEqual([1, 4, 4]);
	});
	it('ignores the reported running total column', () => {
		const r = record();
		r.strikes[1]!.reported_total_dead = 999;
		expect(deathSeries(r.strikes)[1]?.killedTotal).toBe(25);
	});
});

describe('totalsOn', () => {
	const s = deathSeries(record().strikes);
	it('counts a strike from its announcement by default', () => {
		expect(totalsOn(s, '2025-10-27')).toEqual({ killed: 11, withPresumed: 11, strikes: 1 });
		expect(totalsOn(s, '2025-10-28')).toEqual({ killed: 25, withPresumed: 26, strikes: 4 });
	});
	it('can count by strike date instead', () => {
		expect(totalsOn(s, '2025-10-27', 'date')?.killed).toBe(25);
	});
	it('is undefined before the first strike', () => {
		expect(totalsOn(s, '2025-08-01')).toBeUndefined();
	});
});
