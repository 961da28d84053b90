/**
 * Sources and their captures: each content/sources/*.yaml is parsed, validated and checked against its
 * capture (paragraphs verbatim and in order, unique ids, headline, passages quoted); later, once the
 * figures exist, its publication window is checked to cite figures of this source and known record rows.
 */
import { parseYaml, validate, type Located } from './parse';
import { Collector, base, under, type ContentFiles } from './collector';
import { source, type Figure, type Source } from './schema';

export interface LoadedSources {
	sources: Source[];
	/** the parsed YAML of each source, by source id (for line numbers) */
	docs: Map<string, Located>;
	byId: Map<string, Source>;
	/** paragraph `pid` of source `sid`, if both exist */
	para(sid: string, pid: string): Source['paragraphs'][number] | undefined;
}

export function loadSources(c: Collector, files: ContentFiles): LoadedSources {
	const sources: Source[] = [];
	const docs = new Map<string, Located>();
	for (const path of under(files, 'content/sources/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		if (!doc) continue;
		const s = c.try(() => validate(source, doc));
		if (!s) continue;
		if (s.id !== base(path))
			c.add(path, ['id'], `expected "${base(path)}" (the file name), got "${s.id}"`, doc.lineOf(['id']));
		checkSource(c, path, doc, s, files);
		sources.push(s);
		docs.set(s.id, doc);
	}
	const byId = new Map(sources.map((s) => [s.id, s]));
	const para = (sid: string, pid: string) => byId.get(sid)?.paragraphs.find((p) => p.id === pid);
	return { sources, docs, byId, para };
}

function checkSource(c: Collector, path: string, doc: Located, s: Source, files: ContentFiles) {
	// paragraphs are the capture's non-empty lines, verbatim and in order
	const capturePath = `content/sources/captures/${s.id}.txt`;
	const capture = files[capturePath];
	if (capture === undefined) c.add(path, ['id'], `no capture file ${capturePath}`, doc.lineOf(['id']));
	else {
		const lines = capture.split(/\r?\n/).filter((l) => l.trim() !== '');
		lines.forEach((line, i) => {
			if (s.paragraphs[i]?.text !== line)
				c.add(
					path,
					['paragraphs', i, 'text'],
					`expected line ${i + 1} of the capture verbatim: "${line.slice(0, 60)}…"`,
					doc.lineOf(['paragraphs', i])
				);
		});
		if (s.paragraphs.length > lines.length)
			c.add(
				path,
				['paragraphs'],
				`expected ${lines.length} paragraphs (the capture's lines), got ${s.paragraphs.length}`,
				doc.lineOf(['paragraphs'])
			);
	}
	const ids = new Set<string>();
	s.paragraphs.forEach((p, i) => {
		if (ids.has(p.id))
			c.add(
				path,
				['paragraphs', i, 'id'],
				`duplicate paragraph id "${p.id}"`,
				doc.lineOf(['paragraphs', i, 'id'])
			);
		ids.add(p.id);
	});
	if (s.headline !== 'unknown' && !s.paragraphs.some((p) => p.kind === 'headline' && p.text === s.headline))
		c.add(path, ['headline'], 'expected the text of a paragraph of kind headline', doc.lineOf(['headline']));
	const passages: [string, { paragraph: string; quote: string }[]][] = [
		['cites', s.cites],
		['dates', s.dates],
		['artefacts', s.artefacts]
	];
	if (s.credit !== 'unknown')
		passages.push(['credit', [{ paragraph: s.credit.paragraph, quote: s.credit.text }]]);
	for (const [field, list] of passages)
		list.forEach((r, i) => {
			const p = s.paragraphs.find((x) => x.id === r.paragraph);
			const at = field === 'credit' ? [field] : [field, i];
			if (!p) c.add(path, at, `no paragraph "${r.paragraph}"`, doc.lineOf(at));
			else if (!p.text.includes(r.quote))
				c.add(path, [...at, 'quote'], `"${r.quote}" not found in ${r.paragraph}`, doc.lineOf(at));
		});
}

/** publication windows cite figures and rows that exist (run after the figures are loaded) */
export function checkPublicationWindows(
	c: Collector,
	{ sources, docs }: LoadedSources,
	figure: (id: string) => Figure | undefined,
	hasRef: (r: string) => boolean
) {
	for (const s of sources) {
		const doc = docs.get(s.id)!;
		const path = doc.file;
		for (const bound of ['earliest', 'latest'] as const) {
			const b = s.publication_window[bound];
			b.figures.forEach((fid, j) => {
				if (figure(fid)?.source !== s.id)
					c.add(
						path,
						['publication_window', bound, 'figures', j],
						`no figure "${fid}" in this source`,
						doc.lineOf(['publication_window', bound, 'figures', j])
					);
			});
			b.refs.forEach((r, j) => {
				if (!hasRef(r))
					c.add(
						path,
						['publication_window', bound, 'refs', j],
						`unknown reference row "${r}"`,
						doc.lineOf(['publication_window', bound, 'refs', j])
					);
			});
		}
		if (s.publication_window.earliest.date > s.publication_window.latest.date)
			c.add(path, ['publication_window'], 'expected earliest ≤ latest', doc.lineOf(['publication_window']));
	}
}
