/** Dates and numbers as chart labels and datum texts need them (locale from the message module). */
import { getLocale } from '$lib/i18n';

const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
};
const fmt = (o: Intl.DateTimeFormatOptions) =>
	new Intl.DateTimeFormat(getLocale(), { ...o, timeZone: 'UTC' });

/** "19 Sep 2025" */
export const shortDate = (iso: string) =>
	fmt({ day: 'numeric', month: 'short', year: 'numeric' }).format(utc(iso));
/** "19 Sep" */
export const dayMonth = (iso: string) => fmt({ day: 'numeric', month: 'short' }).format(utc(iso));
/** "19–30 Sep 2025", "31 Dec 2025 – 3 Jan 2026", or one date when from = to */
export const span = (from: string, to: string) =>
	from === to
		? shortDate(from)
		: fmt({ day: 'numeric', month: 'short', year: 'numeric' }).formatRange(utc(from), utc(to));
/** axis tick for a month: "Sep" or, for January and the first tick, "Jan 2026" */
export const monthTick = (d: Date, withYear: boolean) =>
	fmt(withYear ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(d);
export const num = (n: number) => new Intl.NumberFormat(getLocale()).format(n);
export { utc as dateOf };
