/**
 * The site's own voice: no loaded term ("regime", "narco-terrorists", "cartel" …) outside quotes or attribution.
 * The detection is in lesson-text.ts (`loadedTermHits`); this is the one message every loader gives for it,
 * and the check of a file's plain text fields (lesson frontmatter, module and glossary YAML).
 */
import type { Collector } from './collector';
import { loadedTermHits } from './lesson-text';
import type { Path } from './parse';

export const loadedMessage = (term: string, sentence: string) =>
	`"${term}" is used in the site's own voice: quote it or say who uses it ("…${sentence.slice(0, 90)}…")`;

/** Adds an issue for every loaded term in these fields of `path`, at each field's line. */
export function checkVoice(
	c: Collector,
	path: string,
	fields: [Path, string][],
	lineOf: (field: Path) => number | undefined
) {
	for (const [field, value] of fields)
		for (const hit of loadedTermHits(value))
			c.add(path, field, loadedMessage(hit.term, hit.sentence), lineOf(field));
}
