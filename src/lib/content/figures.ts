/**
 * Figures and exclusions (content/figures/*.yaml): each figure's quote must be verbatim in its source
 * paragraph and its text inside the quote; each deliberate non-figure must occur in its paragraph.
 * Quotes are marked and numbers covered in `marks` for the paragraph checks that follow.
 */
import { parseYaml, validate } from './parse';
import { Collector, under, type ContentFiles } from './collector';
import { figureFile, type Figure } from './schema';
import { occurrences } from './numbers';
import type { LoadedSources } from './sources';
import type { Marks } from './marks';

/** a deliberate non-figure, with the source it belongs to */
export interface Excluded {
	source: string;
	paragraph: string;
	text: string;
	reason: string;
}

export function loadFigures(c: Collector, files: ContentFiles, src: LoadedSources, marks: Marks) {
	const figures: Figure[] = [];
	const excluded: Excluded[] = [];
	const figureIds = new Map<string, string>();
	for (const path of under(files, 'content/figures/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		if (!doc) continue;
		const ff = c.try(() => validate(figureFile, doc));
		if (!ff) continue;
		if (!src.byId.has(ff.source)) {
			c.add(path, ['source'], `unknown source id "${ff.source}"`, doc.lineOf(['source']));
			continue;
		}
		ff.figures.forEach((f, i) => {
			const at = (field: string) => doc.lineOf(['figures', i, field]);
			if (figureIds.has(f.id))
				c.add(
					path,
					['figures', i, 'id'],
					`duplicate figure id "${f.id}" (also in ${figureIds.get(f.id)})`,
					at('id')
				);
			figureIds.set(f.id, path);
			if (f.source !== ff.source)
				c.add(path, ['figures', i, 'source'], `expected "${ff.source}" (the file's source)`, at('source'));
			if (f.as_of.from > f.as_of.to) c.add(path, ['figures', i, 'as_of'], 'expected from ≤ to', at('as_of'));
			const p = src.para(f.source, f.paragraph);
			if (!p)
				return c.add(
					path,
					['figures', i, 'paragraph'],
					`no paragraph "${f.paragraph}" in source ${f.source}`,
					at('paragraph')
				);
			const q = p.text.indexOf(f.quote);
			if (q === -1)
				return c.add(
					path,
					['figures', i, 'quote'],
					`quote not found verbatim in ${f.source} ${f.paragraph}`,
					at('quote')
				);
			const t = f.quote.indexOf(f.text);
			if (t === -1)
				return c.add(path, ['figures', i, 'text'], `"${f.text}" is not inside the quote`, at('text'));
			marks.mark(
				f.source,
				f.paragraph,
				{ id: `fig-${f.id}`, start: q, end: q + f.quote.length },
				{
					start: q + t,
					end: q + t + f.text.length,
					text: f.text
				}
			);
			figures.push(f);
		});
		ff.excluded.forEach((x, i) => {
			const p = src.para(ff.source, x.paragraph);
			if (!p)
				return c.add(
					path,
					['excluded', i, 'paragraph'],
					`no paragraph "${x.paragraph}" in source ${ff.source}`,
					doc.lineOf(['excluded', i])
				);
			const spots = occurrences(p.text, x.text);
			if (!spots.length)
				return c.add(
					path,
					['excluded', i, 'text'],
					`"${x.text}" not found in ${x.paragraph}`,
					doc.lineOf(['excluded', i, 'text'])
				);
			marks.cover(ff.source, x.paragraph, spots);
			excluded.push({ source: ff.source, ...x });
		});
	}
	return { figures, excluded };
}
