/** The main navigation, in order. Add a line when a section's pages exist (the prerender crawler follows these). */
import type { MessageKey } from '$lib/i18n';

export const nav: { href: string; label: MessageKey }[] = [
	{ href: '/lessons', label: 'nav.lessons' },
	{ href: '/modules', label: 'nav.modules' },
	{ href: '/quizzes', label: 'nav.quizzes' },
	{ href: '/sources', label: 'nav.sources' },
	{ href: '/figures', label: 'nav.figures' },
	{ href: '/reference', label: 'nav.reference' },
	{ href: '/charts', label: 'nav.charts' },
	{ href: '/glossary', label: 'nav.glossary' },
	{ href: '/teach', label: 'nav.teach' },
	{ href: '/search', label: 'nav.search' }
];
