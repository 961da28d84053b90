import { describe, expect, it } from 'vitest';
import { filterRows, nextSort, sortRows } from './table';

const rows = [
	{ id: 'a', metric: 'deaths', value: 83, source: 's4' },
	{ id: 'b', metric: 'strikes', value: 3, source: 's1' },
	{ id: 'c', metric: 'deaths', value: 17, source: 's1' },
	{ id: 'd', metric: 'deaths', value: 17, source: 's3' }
];

describe('nextSort', () => {
	it('flips the direction on the same column and starts a new column ascending', () => {
		expect(nextSort({ key: 'value', direction: 'ascending' }, 'value').direction).toBe('descending');
		expect(nextSort({ key: 'value', direction: 'descending' }, 'value').direction).toBe('ascending');
		expect(nextSort({ key: 'value', direction: 'descending' }, 'metric')).toEqual({
			key: 'metric',
			direction: 'ascending'
		});
	});
});

describe('sortRows', () => {
	it('sorts numbers numerically and keeps ties in their original order', () => {
		expect(sortRows(rows, (r) => r.value, 'ascending').map((r) => r.id)).toEqual(['b', 'c', 'd', 'a']);
		expect(sortRows(rows, (r) => r.value, 'descending').map((r) => r.id)).toEqual(['a', 'c', 'd', 'b']);
	});
	it('sorts strings with numeric awareness', () => {
		const s = sortRows([{ p: 'p10' }, { p: 'p9' }, { p: 'p1' }], (r) => r.p, 'ascending');
		expect(s.map((r) => r.p)).toEqual(['p1', 'p9', 'p10']);
	});
	it('does not change the input', () => {
		const copy = [...rows];
		sortRows(rows, (r) => r.value, 'descending');
		expect(rows).toEqual(copy);
	});
});

describe('filterRows', () => {
	it('applies every non-empty filter and ignores empty ones', () => {
		expect(filterRows(rows, { metric: 'deaths', source: 's1' }).map((r) => r.id)).toEqual(['c']);
		expect(filterRows(rows, { metric: '', source: '' })).toHaveLength(4);
		expect(filterRows(rows, { metric: 'ships' })).toHaveLength(0);
	});
});
