/** Pure helpers for chart interaction on pages: keyboard movement between marks, tabs, tooltip placement. */

/** Where arrow keys, Home and End move the focus among `count` marks; undefined for other keys. */
export function nextIndex(key: string, current: number, count: number): number | undefined {
	if (count === 0) return undefined;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(current + 1, count - 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(current - 1, 0);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}

export const tabs = ['chart', 'table', 'sources', 'download', 'embed'] as const;
export type Tab = (typeof tabs)[number];

/** The tab a URL fragment points at (`#deaths-over-time-table` → table), if it names one of this frame's. */
export function tabFromHash(hash: string, prefix: string): Tab | undefined {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	return tabs.find((t) => id === `${prefix}-${t}`);
}

/** The tab after or before `tab` for arrow keys in the tab list (wrapping), or Home / End. */
export function nextTab(key: string, tab: Tab): Tab | undefined {
	const i = tabs.indexOf(tab);
	if (key === 'ArrowRight') return tabs[(i + 1) % tabs.length];
	if (key === 'ArrowLeft') return tabs[(i + tabs.length - 1) % tabs.length];
	if (key === 'Home') return tabs[0];
	if (key === 'End') return tabs[tabs.length - 1];
	return undefined;
}

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}
/**
 * Where to put a tooltip of size `tip` for a mark at `anchor` inside a container `width` wide (coordinates
 * relative to the container): above the mark if there is room, else below; centred, but kept inside.
 */
export function tipPosition(
	anchor: Rect,
	tip: { w: number; h: number },
	width: number
): { left: number; top: number } {
	const gap = 8;
	const top = anchor.y - tip.h - gap >= 0 ? anchor.y - tip.h - gap : anchor.y + anchor.h + gap;
	const centred = anchor.x + anchor.w / 2 - tip.w / 2;
	const left = Math.max(0, Math.min(centred, width - tip.w));
	return { left: Math.round(left), top: Math.round(top) };
}
