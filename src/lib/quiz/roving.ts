/**
 * Keys of a composite widget with a roving tabindex (WAI-ARIA APG): one Tab stop for the group, arrow keys
 * move between its elements, Home/End to the ends. Used by "mark the words", where the elements are words.
 */

/** Where focus goes from element `current` of `count` when `key` is pressed; undefined for keys the group leaves alone. */
export function nextIndex(key: string, current: number, count: number): number | undefined {
	if (count <= 0) return undefined;
	const last = count - 1;
	const at = Math.min(Math.max(current, 0), last);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(at + 1, last);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(at - 1, 0);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return undefined;
	}
}
