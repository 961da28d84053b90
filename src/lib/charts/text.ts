/** Texts built from datums, shared by pages and embeds. No server imports: safe in the browser. */
import { t } from '$lib/i18n';
import type { Datum } from './data';

/** The accessible name of a mark: what it shows, where it comes from, and where the link goes. */
export function datumLabel(d: Datum): string {
	return `${d.title}. ${d.detail}. ${d.origin === 'article' ? t('charts.readSentence') : t('charts.readRow')}.`;
}
