/**
 * The glossary (content/glossary.yaml) in two steps: loading (schema, unique ids, definitions in the site's
 * own voice), then, once the lessons are checked, where each term is used (a lesson's <Term> tags or its
 * vocabulary) and whether every "see also" names a term that exists.
 */
import type { z } from 'zod';
import { parseYaml, validate, type Located } from './parse';
import type { Collector, ContentFiles } from './collector';
import { glossaryFile, type glossaryTerm, type GlossaryTerm, type Lesson } from './lesson-schema';
import { checkVoice } from './voice';

const PATH = 'content/glossary.yaml';

export interface GlossaryDoc {
	terms: z.infer<typeof glossaryTerm>[];
	doc?: Located;
}

export function loadGlossary(c: Collector, files: ContentFiles): GlossaryDoc {
	if (files[PATH] === undefined) return { terms: [] };
	const doc = c.try(() => parseYaml(PATH, files[PATH]!));
	const gf = doc && c.try(() => validate(glossaryFile, doc));
	if (!doc || !gf) return { terms: [] };
	const seen = new Set<string>();
	gf.terms.forEach((t, i) => {
		if (seen.has(t.id))
			c.add(PATH, ['terms', i, 'id'], `duplicate term id "${t.id}"`, doc.lineOf(['terms', i, 'id']));
		seen.add(t.id);
		checkVoice(c, PATH, [[['terms', i, 'definition'], t.definition]], (f) => doc.lineOf(f));
	});
	return { terms: gf.terms, doc };
}

/** The terms with the lessons that use them; a "see also" naming no term is an issue. */
export function glossaryUsage(c: Collector, g: GlossaryDoc, lessons: Lesson[]): GlossaryTerm[] {
	const ids = new Set(g.terms.map((t) => t.id));
	const glossary = g.terms.map((t) => ({
		...t,
		usedIn: lessons
			.filter((l) => l.uses.terms.includes(t.id) || l.vocabulary.includes(t.id))
			.map((l) => l.slug)
	}));
	g.terms.forEach((t, i) =>
		t.see_also.forEach((id, j) => {
			const field = ['terms', i, 'see_also', j];
			if (!ids.has(id)) c.add(PATH, field, `unknown term "${id}"`, g.doc?.lineOf(field));
		})
	);
	return glossary;
}
