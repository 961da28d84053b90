/**
 * Sorting and filtering for data tables (figures, reference rows): pure functions, so the same rules
 * apply with or without JavaScript (without it, the full table is shown in its default order).
 */
export type Direction = 'ascending' | 'descending';

export interface SortState<K extends string> {
	key: K;
	direction: Direction;
}

/** Clicking a column header: the same column flips direction; a new column starts ascending. */
export function nextSort<K extends string>(state: SortState<K>, key: K): SortState<K> {
	if (state.key !== key) return { key, direction: 'ascending' };
	return { key, direction: state.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** A stable sort by the value `get` gives; numbers numerically, strings by locale. */
export function sortRows<T>(rows: readonly T[], get: (row: T) => string | number, direction: Direction): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i, v: get(row) }))
		.sort((a, b) => {
			const d =
				typeof a.v === 'number' && typeof b.v === 'number'
					? a.v - b.v
					: String(a.v).localeCompare(String(b.v), undefined, { numeric: true });
			return d * sign || a.i - b.i;
		})
		.map((x) => x.row);
}

/** Keep the rows whose fields equal every non-empty filter value. */
export function filterRows<T>(rows: readonly T[], filters: Partial<Record<keyof T, string>>): T[] {
	const active = Object.entries(filters).filter(([, v]) => v) as [keyof T, string][];
	return rows.filter((r) => active.every(([k, v]) => String(r[k]) === v));
}
