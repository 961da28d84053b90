/** The main navigation, in order. Add a line when a section's pages exist (the prerender crawler follows these). */
import type { MessageKey } from '$lib/i18n';

export const nav: { href: string; label: MessageKey }[] = [
	{ href: '/sources', label: 'nav.sources' },
	{ href: '/figures', label: 'nav.figures' },
	{ href: '/reference', label: 'nav.reference' }
];
