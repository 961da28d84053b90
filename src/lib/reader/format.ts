/** How a figure's value reads in a table: "17 people", "1–31 October 2025". */
import { formatDate, formatNumber } from '$lib/i18n';
import type { Figure } from '$lib/content/schema';

export function figureValue(f: Figure): string {
	if (f.kind === 'quantity') return `${formatNumber(f.value)} ${f.unit}`;
	return f.when.from === f.when.to
		? formatDate(f.when.from)
		: `${formatDate(f.when.from)} – ${formatDate(f.when.to)}`;
}

export function asOf(f: Figure): string {
	return f.as_of.from === f.as_of.to
		? formatDate(f.as_of.from)
		: `${formatDate(f.as_of.from)} – ${formatDate(f.as_of.to)}`;
}
