/**
 * The one message module: every piece of UI text goes through `t` (or `tp` for plurals).
 * Written by hand rather than with a library: the site has one locale today and needs only
 * interpolation and plural choice (Intl.PluralRules); the types make a missing Spanish key a
 * compile error. If the Spanish edition needs ICU message syntax, swap `format` for intl-messageformat.
 */
import { en, type MessageKey } from './en/index';

export type Locale = 'en';
export type Messages = Record<MessageKey, string>;
export type { MessageKey };

const catalogs: Record<Locale, Messages> = { en };
let locale: Locale = 'en';

export function setLocale(l: Locale) {
	locale = l;
}
export function getLocale(): Locale {
	return locale;
}

function format(template: string, params?: Record<string, string | number>) {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The UI text for `key`, with `{name}` parameters filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return format(catalogs[locale][key] ?? en[key], params);
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** Plural-aware text: `tp('sources.figures', 3)` picks `sources.figures.other` and fills {count}. */
export function tp(base: PluralBase, count: number, params?: Record<string, string | number>): string {
	const rule = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
	return t(`${base}.${rule}` as MessageKey, { count, ...params });
}

/** Dates as a reader expects them: "30 December 2025". */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}

export function formatNumber(n: number): string {
	return new Intl.NumberFormat(locale).format(n);
}
