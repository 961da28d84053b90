/**
 * buildContent: from the raw text of every file under content/ to one validated, cross-checked
 * object. Pure (no file system): the glob in index.ts feeds it, and unit tests feed it fixtures.
 * Every problem is collected with its file, line and field, and thrown together as a ContentError.
 */
import { parseYaml, validate, type Located } from './parse';
import { Collector, base, under } from './collector';
import { claimFile, figureFile, source, type ClaimNote, type Figure, type Source } from './schema';
import { occurrences, uncovered, type Span } from './numbers';
import { crossings, type Mark } from './passages';
import { emptyReference, parseReference, type ReferenceRecord } from './reference';
import { buildLessons, type LessonContent } from './lessons';
import { isChartId } from '../charts/ids';
import { loadQuizzes } from './quizzes';
import type { QuizFile } from '../quiz/schema';
import { loadCharts, type ChartContent } from './charts';

export interface Content extends LessonContent {
	sources: Source[];
	figures: Figure[];
	claims: ClaimNote[];
	/** the quiz bank (content/quizzes/), every pointer and answer checked */
	quizzes: QuizFile[];
	/** deliberate non-figures, with the source they belong to */
	excluded: { source: string; paragraph: string; text: string; reason: string }[];
	reference: ReferenceRecord;
	/** chart definitions and archived chart data (content/charts/) */
	charts: ChartContent;
	source(id: string): Source | undefined;
	figure(id: string): Figure | undefined;
	/** element ids (without #) marked in each paragraph, for the reader: `${source}/${paragraph}` → marks */
	marks: Map<string, Mark[]>;
}

export type { ContentFiles } from './collector';
import type { ContentFiles } from './collector';

export function buildContent(files: ContentFiles): Content {
	const c = new Collector();

	// reference record
	const refFiles: Record<string, string> = {};
	for (const p of under(files, 'content/reference/', '.csv'))
		refFiles[p.slice('content/reference/'.length)] = files[p]!;
	const reference = c.try(() => parseReference(refFiles)) ?? emptyReference();
	const hasRef = (r: string) => reference.byRef.has(r);

	// sources
	const sources: Source[] = [];
	const sourceDocs = new Map<string, Located>();
	for (const path of under(files, 'content/sources/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		if (!doc) continue;
		const s = c.try(() => validate(source, doc));
		if (!s) continue;
		if (s.id !== base(path))
			c.add(path, ['id'], `expected "${base(path)}" (the file name), got "${s.id}"`, doc.lineOf(['id']));
		checkSource(c, path, doc, s, files);
		sources.push(s);
		sourceDocs.set(s.id, doc);
	}
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const para = (sid: string, pid: string) => sourceById.get(sid)?.paragraphs.find((p) => p.id === pid);

	// figures
	const figures: Figure[] = [];
	const excluded: Content['excluded'] = [];
	const figureIds = new Map<string, string>();
	const marks = new Map<string, Mark[]>();
	const covering = new Map<string, Span[]>();
	const mark = (sid: string, pid: string, m: Mark, cover?: Span) => {
		const key = `${sid}/${pid}`;
		marks.set(key, [...(marks.get(key) ?? []), m]);
		if (cover) covering.set(key, [...(covering.get(key) ?? []), cover]);
	};
	for (const path of under(files, 'content/figures/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		if (!doc) continue;
		const ff = c.try(() => validate(figureFile, doc));
		if (!ff) continue;
		if (!sourceById.has(ff.source)) {
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
			const p = para(f.source, f.paragraph);
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
			mark(
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
			const p = para(ff.source, x.paragraph);
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
			const key = `${ff.source}/${x.paragraph}`;
			covering.set(key, [...(covering.get(key) ?? []), ...spots]);
			excluded.push({ source: ff.source, ...x });
		});
	}
	const figureById = new Map(figures.map((f) => [f.id, f]));

	// claim notes
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
				const f = figureById.get(n.figure);
				if (!f) c.add(path, ['claims', i, 'figure'], `unknown figure id "${n.figure}"`, at('figure'));
			}
			if (n.passage) {
				const p = para(n.passage.source, n.passage.paragraph);
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
					mark(n.passage.source, n.passage.paragraph, {
						id: `claim-${n.id}`,
						start: q,
						end: q + n.passage.quote.length
					});
			}
			n.refs.forEach((r, j) => {
				if (!hasRef(r))
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

	// publication windows cite figures and rows that exist
	for (const s of sources) {
		const doc = sourceDocs.get(s.id)!;
		const path = doc.file;
		for (const bound of ['earliest', 'latest'] as const) {
			const b = s.publication_window[bound];
			b.figures.forEach((fid, j) => {
				if (figureById.get(fid)?.source !== s.id)
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

	// every number in every paragraph is a figure or an explained exclusion; quotes nest or stay apart
	for (const s of sources) {
		const doc = sourceDocs.get(s.id)!;
		s.paragraphs.forEach((p, i) => {
			const key = `${s.id}/${p.id}`;
			for (const n of uncovered(p.text, covering.get(key) ?? []))
				c.add(
					`content/figures/${s.id}.yaml`,
					[],
					`"${n.text}" in ${s.id} ${p.id} ("…${p.text.slice(Math.max(0, n.start - 30), n.end + 30)}…") is neither a figure's text nor excluded`
				);
			for (const x of crossings(marks.get(key) ?? []))
				c.add(
					doc.file,
					['paragraphs', i],
					`quotes of ${x.a} and ${x.b} cross: make one contain the other`,
					doc.lineOf(['paragraphs', i])
				);
		});
	}

	// quiz bank (after sources, figures, claims and the record it points at)
	const quizzes = loadQuizzes(c, files, {
		source: (id) => sourceById.get(id),
		figure: (id) => figureById.get(id),
		claim: (id) => claims.find((n) => n.id === id),
		hasRef
	});

	// charts (after the figures and record rows they plot)
	const charts = loadCharts(c, files, {
		figure: (id) => figureById.get(id),
		hasRef,
		hasSource: (id) => sourceById.has(id)
	});

	// lessons, modules, glossary, standards (after everything they cite)
	const lessonContent = buildLessons(c, files, {
		figure: (id) => figureById.get(id),
		datedRef: (r) => hasRef(r) && !r.startsWith('overdoses:'),
		ref: hasRef,
		chart: isChartId,
		item: (id) => quizzes.some((q) => q.items.some((it) => it.id === id)),
		quiz: (id) => quizzes.some((q) => q.id === id),
		source: (s) => sources.find((x) => x.id === s || x.id.startsWith(`${s}_`))
	});

	c.throwIfAny();
	return {
		...lessonContent,
		sources,
		figures,
		claims,
		quizzes,
		excluded,
		reference,
		charts,
		marks,
		source: (id) => sourceById.get(id),
		figure: (id) => figureById.get(id)
	};
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
