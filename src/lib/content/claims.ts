/**
 * Claim notes (content/claims/*.yaml): each points at exactly one figure or passage; a passage's quote
 * must be verbatim in its paragraph (and is marked there), and every cited reference row must exist.
 */
import { parseYaml, validate } from './parse';
import { Collector, under, type ContentFiles } from './collector';
import { claimFile, type ClaimNote, type Figure } from './schema';
import type { LoadedSources } from './sources';
import type { Marks } from './marks';

export interface ClaimLinks {
	figure(id: string): Figure | undefined;
	para: LoadedSources['para'];
	hasRef(r: string): boolean;
}

export function loadClaims(c: Collector, files: ContentFiles, links: ClaimLinks, marks: Marks): ClaimNote[] {
	const claims: ClaimNote[] = [];
	for (const path of under(files, 'content/claims/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		const cf = doc && c.try(() => validate(claimFile, doc));
		if (!doc || !cf) continue;
		cf.claims.forEach((n, i) => {
			const at = (field: string) => doc.lineOf(['claims', i, field]);
			if (!n.figure === !n.passage)
				c.add(path, ['claims', i], 'expected exactly one of figure or passage', at('id'));
			if (n.figure) {
				const f = links.figure(n.figure);
				if (!f) c.add(path, ['claims', i, 'figure'], `unknown figure id "${n.figure}"`, at('figure'));
			}
			if (n.passage) {
				const p = links.para(n.passage.source, n.passage.paragraph);
				const q = p?.text.indexOf(n.passage.quote) ?? -1;
				if (!p)
					c.add(
						path,
						['claims', i, 'passage'],
						`no paragraph ${n.passage.source} ${n.passage.paragraph}`,
						at('passage')
					);
				else if (q === -1)
					c.add(
						path,
						['claims', i, 'passage', 'quote'],
						'quote not found verbatim in that paragraph',
						at('passage')
					);
				else
					marks.mark(n.passage.source, n.passage.paragraph, {
						id: `claim-${n.id}`,
						start: q,
						end: q + n.passage.quote.length
					});
			}
			n.refs.forEach((r, j) => {
				if (!links.hasRef(r))
					c.add(
						path,
						['claims', i, 'refs', j],
						`unknown reference row "${r}"`,
						doc.lineOf(['claims', i, 'refs', j])
					);
			});
			claims.push(n);
		});
	}
	return claims;
}
