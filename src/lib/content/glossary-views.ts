/**
 * Page data for the glossary (/glossary): every term sorted A–Z with its anchor, the lessons that use it and
 * its related terms; and the short term view lessons show for their vocabulary.
 */
import type { Content } from './build';
import type { GlossaryTerm } from './lesson-schema';
import { lessonHref, termAnchor } from './lesson-links';

export interface TermView {
	id: string;
	term: string;
	definition: string;
}

export const termView = (t: GlossaryTerm): TermView => ({ id: t.id, term: t.term, definition: t.definition });

export interface GlossaryEntry extends TermView {
	anchor: string;
	usedIn: { slug: string; title: string; href: string }[];
	seeAlso: { id: string; term: string; anchor: string }[];
}

export function glossaryView(c: Content): GlossaryEntry[] {
	return [...c.glossary]
		.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
		.map((t) => ({
			...termView(t),
			anchor: termAnchor(t.id),
			usedIn: t.usedIn.flatMap((slug) => {
				const l = c.lessons.find((x) => x.slug === slug);
				return l ? [{ slug, title: l.title, href: lessonHref(slug) }] : [];
			}),
			seeAlso: t.see_also.flatMap((id) => {
				const o = c.glossary.find((x) => x.id === id);
				return o ? [{ id, term: o.term, anchor: termAnchor(id) }] : [];
			})
		}));
}
