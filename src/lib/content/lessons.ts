/**
 * The lessons domain of the content loader: lessons (content/lessons/*.md, mdsvex with YAML frontmatter),
 * modules (content/modules/*.yaml), the glossary (content/glossary.yaml) and the list of teaching standards
 * (content/standards.yaml). Frontmatter and YAML are validated with zod; the lesson body is checked for
 * the ids it places (charts, figures, quiz items, glossary terms, record rows), for code (none allowed),
 * for readability against its grade band and for loaded terms used in the site's own voice.
 * Every problem goes to the Collector with file, line and field.
 */
import { z } from 'zod';
import { parseFrontmatter, parseYaml, validate, type Located, type Path } from './parse';
import { base, under, type Collector, type ContentFiles } from './collector';
import { isoDate, refId } from './schema';
import { codeProblems, innerTexts, loadedTermHits, measure, scanTags, studentProse, textBlocks } from './lesson-text';
import { headingId } from '../lessons/preprocess.js';

export * from './lesson-schema';
import {
	glossaryFile,
	glossaryTerm,
	lessonFrontmatter,
	moduleFile,
	PERIOD_MINUTES,
	readingLimits,
	standardsFile,
	type GlossaryTerm,
	type KnownIds,
	type Lesson,
	type LessonContent,
	type LessonFrontmatter,
	type LessonUses,
	type Module,
	type ModuleStep,
	type Standard
} from './lesson-schema';

/** Charts that show deaths: a lesson placing one needs the "deaths" advisory. */
const DEATH_CHARTS = new Set(['deaths-over-time', 'same-story']);

// ---------------------------------------------------------------- the tags a lesson may use

type AttrKind = 'chart' | 'figure' | 'item' | 'term' | 'ref' | 'row' | 'text' | 'source' | 'paragraph' | 'date';
interface TagSpec {
	attrs: Partial<Record<string, AttrKind>>;
	/** attributes that may be left out */
	optional?: Partial<Record<string, AttrKind>>;
	/** true: must be closed (<Check …>…</Check>); false: self-closing (<Chart … />) */
	children: boolean;
}
export const lessonTags: Record<string, TagSpec> = {
	Chart: { attrs: { id: 'chart' }, children: false },
	Fig: { attrs: { id: 'figure' }, children: false },
	Quote: { attrs: { id: 'figure' }, children: false },
	Item: { attrs: { id: 'item' }, children: false },
	Term: { attrs: { id: 'term' }, children: true },
	Check: { attrs: { q: 'text' }, children: true },
	Discuss: { attrs: {}, children: true },
	Teacher: { attrs: {}, children: true },
	Facts: { attrs: {}, children: true },
	Known: { attrs: {}, children: true },
	Disputed: { attrs: {}, children: true },
	/** date: when the later information came out, if not the row's own date */
	Later: { attrs: { ref: 'ref' }, optional: { date: 'date' }, children: true },
	Said: { attrs: { s: 'source', p: 'paragraph' }, children: true },
	/** words stating a number or fact from the record, linked to its row: <Row ref="strikes:2025-09-02">11 people</Row> */
	Row: { attrs: { ref: 'row' }, children: true }
};
/** Plain HTML a lesson may use inside Markdown (phrasing only). */
const htmlAllowed = new Set(['abbr', 'br', 'cite', 'em', 'strong', 'small', 'sub', 'sup', 'q']);

// ---------------------------------------------------------------- loader

export function buildLessons(c: Collector, files: ContentFiles, known: KnownIds): LessonContent {
	const standards = loadStandards(c, files);
	const standardCodes = new Set(standards.map((s) => s.code));
	const glossaryDoc = loadGlossary(c, files);
	const termIds = new Set(glossaryDoc.terms.map((t) => t.id));

	const lessons: Lesson[] = [];
	const docs = new Map<string, Located & { body: string; bodyLine: number }>();
	for (const path of under(files, 'content/lessons/', '.md')) {
		const doc = c.try(() => parseFrontmatter(path, files[path]!));
		if (!doc) continue;
		const fm = c.try(() => validate(lessonFrontmatter, doc));
		if (!fm) continue;
		const bodyLine = files[path]!.slice(0, files[path]!.length - doc.body.length).split('\n').length;
		docs.set(base(path), { ...doc, bodyLine });
		lessons.push(checkLesson(c, path, doc, bodyLine, fm, { ...known, term: (id) => termIds.has(id) }, standardCodes));
	}
	const slugs = new Set(lessons.map((l) => l.slug));
	const orders = new Map<number, string>();
	for (const l of lessons) {
		const doc = docs.get(l.slug)!;
		l.prerequisites.forEach((p, i) => {
			if (!slugs.has(p) || p === l.slug)
				c.add(l.file, ['prerequisites', i], `unknown lesson "${p}"`, doc.lineOf(['prerequisites', i]));
		});
		if (orders.has(l.order)) c.add(l.file, ['order'], `order ${l.order} is also used by ${orders.get(l.order)}`, doc.lineOf(['order']));
		orders.set(l.order, l.slug);
	}
	lessons.sort((a, b) => a.order - b.order);

	const modules = loadModules(c, files, new Map(lessons.map((l) => [l.slug, l])), known);

	const glossary: GlossaryTerm[] = glossaryDoc.terms.map((t) => ({
		...t,
		usedIn: lessons.filter((l) => l.uses.terms.includes(t.id) || l.vocabulary.includes(t.id)).map((l) => l.slug)
	}));
	glossaryDoc.terms.forEach((t, i) =>
		t.see_also.forEach((id, j) => {
			if (!termIds.has(id))
				c.add('content/glossary.yaml', ['terms', i, 'see_also', j], `unknown term "${id}"`, glossaryDoc.doc?.lineOf(['terms', i, 'see_also', j]));
		})
	);
	return { lessons, modules, glossary, standards };
}

function loadStandards(c: Collector, files: ContentFiles): Standard[] {
	const path = 'content/standards.yaml';
	if (files[path] === undefined) return [];
	const doc = c.try(() => parseYaml(path, files[path]!));
	const sf = doc && c.try(() => validate(standardsFile, doc));
	if (!doc || !sf) return [];
	const seen = new Set<string>();
	sf.standards.forEach((s, i) => {
		if (seen.has(s.code)) c.add(path, ['standards', i, 'code'], `duplicate code "${s.code}"`, doc.lineOf(['standards', i, 'code']));
		seen.add(s.code);
	});
	return sf.standards;
}

function loadGlossary(c: Collector, files: ContentFiles): { terms: z.infer<typeof glossaryTerm>[]; doc?: Located } {
	const path = 'content/glossary.yaml';
	if (files[path] === undefined) return { terms: [] };
	const doc = c.try(() => parseYaml(path, files[path]!));
	const gf = doc && c.try(() => validate(glossaryFile, doc));
	if (!doc || !gf) return { terms: [] };
	const seen = new Set<string>();
	gf.terms.forEach((t, i) => {
		const at = (f: string) => doc.lineOf(['terms', i, f]);
		if (seen.has(t.id)) c.add(path, ['terms', i, 'id'], `duplicate term id "${t.id}"`, at('id'));
		seen.add(t.id);
		for (const hit of loadedTermHits(t.definition))
			c.add(path, ['terms', i, 'definition'], loadedMessage(hit.term, hit.sentence), at('definition'));
	});
	return { terms: gf.terms, doc };
}

const loadedMessage = (term: string, sentence: string) =>
	`"${term}" is used in the site's own voice: quote it or say who uses it ("…${sentence.slice(0, 90)}…")`;

function checkLesson(
	c: Collector,
	path: string,
	doc: Located & { body: string },
	bodyLine: number,
	fm: LessonFrontmatter,
	known: KnownIds & { term(id: string): boolean },
	standardCodes: Set<string>
): Lesson {
	const body = doc.body;
	const at = (line: number) => bodyLine + line - 1;
	const uses: LessonUses = { charts: [], figures: [], items: [], terms: [], refs: [], passages: [] };
	const add = (list: string[], id: string) => list.includes(id) || list.push(id);

	for (const p of codeProblems(body)) c.add(path, ['body'], p.message, at(p.line));

	// tags: known names, required attributes, ids that exist, open/close balanced
	const stack: { name: string; line: number }[] = [];
	for (const tag of scanTags(body)) {
		const spec = lessonTags[tag.name];
		const field: Path = ['body', `<${tag.name}>`];
		if (!spec) {
			if (!htmlAllowed.has(tag.name))
				c.add(path, field, `unknown tag: use one of ${Object.keys(lessonTags).join(', ')} (or Markdown)`, at(tag.line));
			continue;
		}
		if (tag.kind === 'close') {
			const open = stack.pop();
			if (open?.name !== tag.name) c.add(path, field, `</${tag.name}> closes ${open ? `<${open.name}> (line ${at(open.line)})` : 'nothing'}`, at(tag.line));
			continue;
		}
		if (spec.children && tag.kind === 'self') c.add(path, field, `expected <${tag.name} …>…</${tag.name}> with text inside`, at(tag.line));
		if (!spec.children && tag.kind === 'open') c.add(path, field, `expected a self-closing tag: <${tag.name} … />`, at(tag.line));
		if (tag.kind === 'open') stack.push({ name: tag.name, line: tag.line });
		const allowed = [...Object.keys(spec.attrs), ...Object.keys(spec.optional ?? {})];
		for (const name of Object.keys(tag.attrs))
			if (!allowed.includes(name)) c.add(path, [...field, name], `unknown attribute (expected: ${allowed.join(', ') || 'none'})`, at(tag.line));
		for (const [name, kind] of Object.entries(spec.optional ?? {})) {
			const v = tag.attrs[name];
			if (v !== undefined && kind === 'date' && !isoDate.safeParse(v).success)
				c.add(path, [...field, name], 'expected a date written YYYY-MM-DD', at(tag.line));
		}
		for (const [name, kind] of Object.entries(spec.attrs)) {
			const v = tag.attrs[name];
			const f = [...field, name];
			if (v === undefined || v.trim() === '') {
				c.add(path, f, 'missing', at(tag.line));
				continue;
			}
			if (kind === 'chart') {
				if (!known.chart(v)) c.add(path, f, `unknown chart id "${v}"`, at(tag.line));
				else add(uses.charts, v);
			} else if (kind === 'figure') {
				if (!known.figure(v)) c.add(path, f, `unknown figure id "${v}"`, at(tag.line));
				else add(uses.figures, v);
			} else if (kind === 'item') {
				if (!known.item(v)) c.add(path, f, `unknown quiz item id "${v}"`, at(tag.line));
				else add(uses.items, v);
			} else if (kind === 'term') {
				if (!known.term(v)) c.add(path, f, `unknown glossary term "${v}" (content/glossary.yaml)`, at(tag.line));
				else add(uses.terms, v);
			} else if (kind === 'ref') {
				if (!refId.safeParse(v).success || !known.datedRef(v)) c.add(path, f, `unknown or undated reference row "${v}"`, at(tag.line));
				else add(uses.refs, v);
			} else if (kind === 'row') {
				if (!refId.safeParse(v).success || !known.ref(v)) c.add(path, f, `unknown reference row "${v}"`, at(tag.line));
			} else if (kind === 'source' && !known.source(v)) c.add(path, f, `unknown source "${v}" (a source id or its number, e.g. 004)`, at(tag.line));
		}
		if (tag.name === 'Said' && tag.kind === 'open') checkSaid(c, path, body, tag, known, at, uses);
	}
	for (const open of stack) c.add(path, ['body', `<${open.name}>`], `<${open.name}> is never closed`, at(open.line));

	// structure a lesson must have
	const checks = [...body.matchAll(/<Check\b[^>]*>/g)].map((m) => scanTags(m[0])[0]?.attrs.q ?? '');
	const discuss = innerTexts(body, 'Discuss').map((d) => d.text);
	if (checks.length < 2) c.add(path, ['body'], `expected at least two quick checks (<Check q="…">…</Check>), found ${checks.length}`, bodyLine);
	if (discuss.length < 1) c.add(path, ['body'], 'expected at least one discussion prompt (<Discuss>…</Discuss>)', bodyLine);

	// frontmatter cross-checks
	const total = fm.teacher.plan.reduce((s, p) => s + p.minutes, 0);
	if (total !== PERIOD_MINUTES)
		c.add(path, ['teacher', 'plan'], `the plan's minutes add up to ${total}, expected a ${PERIOD_MINUTES}-minute period`, doc.lineOf(['teacher', 'plan']));
	fm.vocabulary.forEach((v, i) => {
		if (!known.term(v)) c.add(path, ['vocabulary', i], `unknown glossary term "${v}"`, doc.lineOf(['vocabulary', i]));
	});
	fm.standards.forEach((s, i) => {
		if (!standardCodes.has(s)) c.add(path, ['standards', i], `unknown standard "${s}" (content/standards.yaml)`, doc.lineOf(['standards', i]));
	});
	const showsDeaths = uses.charts.some((id) => DEATH_CHARTS.has(id)) || uses.figures.some((id) => known.figure(id)?.metric === 'deaths');
	if (showsDeaths && !fm.advisory.includes('deaths'))
		c.add(path, ['advisory'], 'the lesson shows deaths: expected "deaths" in the advisory', doc.lineOf(['advisory']));

	// readability of what students read, quotes excluded
	const r = measure(studentProse(body));
	const limit = readingLimits[fm.grade_band];
	if (r.grade > limit)
		c.add(
			path,
			['grade_band'],
			`lesson prose reads at grade ${r.grade} (Flesch–Kincaid, quotes excluded), above ${limit} for band ${fm.grade_band}; longest sentence: "${r.longest[0]?.slice(0, 120) ?? ''}"`,
			doc.lineOf(['grade_band'])
		);

	// the site's own voice: no loaded terms outside quotes or attribution
	for (const b of textBlocks(body, { teacher: true, headings: true }))
		for (const hit of loadedTermHits(b.text)) c.add(path, ['body'], loadedMessage(hit.term, hit.sentence), at(b.line));
	const voiced: [Path, string][] = [
		[['title'], fm.title],
		[['summary'], fm.summary],
		...fm.objectives.map((o, i): [Path, string] => [['objectives', i], o]),
		...fm.teacher.plan.map((p, i): [Path, string] => [['teacher', 'plan', i, 'activity'], p.activity]),
		[['teacher', 'exit_ticket'], fm.teacher.exit_ticket],
		...fm.teacher.notes.map((n, i): [Path, string] => [['teacher', 'notes', i], n])
	];
	for (const [field, value] of voiced)
		for (const hit of loadedTermHits(value)) c.add(path, field, loadedMessage(hit.term, hit.sentence), doc.lineOf(field));

	return { ...fm, slug: base(path), file: path, uses, discuss, checks, sections: sectionsOf(body), readingGrade: r.grade };
}

/** Level-2 headings of a body, with the ids remarkHeadingIds gives them on the page. */
export function sectionsOf(body: string): { id: string; title: string }[] {
	const seen = new Map<string, number>();
	return [...body.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)].map((m) => {
		const title = m[1]!
			.replace(/<[^>]*>/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/(\*\*|__|\*|`|_)/g, '')
			.trim();
		return { id: headingId(title, seen), title };
	});
}

/** <Said s="004" p="p07">exact words</Said>: the words must be in that paragraph, verbatim. */
function checkSaid(
	c: Collector,
	path: string,
	body: string,
	tag: ReturnType<typeof scanTags>[number],
	known: KnownIds,
	at: (line: number) => number,
	uses: LessonUses
) {
	const src = tag.attrs.s ? known.source(tag.attrs.s) : undefined;
	if (!src || !tag.attrs.p) return;
	const field: Path = ['body', '<Said>'];
	const para = src.paragraphs.find((p) => p.id === tag.attrs.p);
	if (!para) return c.add(path, [...field, 'p'], `no paragraph "${tag.attrs.p}" in source ${src.id}`, at(tag.line));
	const close = body.indexOf('</Said>', tag.end);
	if (close === -1) return;
	const words = body.slice(tag.end, close).replace(/\s+/g, ' ').trim();
	if (!words) return c.add(path, field, 'expected the quoted words inside', at(tag.line));
	if (!para.text.includes(words))
		return c.add(path, field, `"${words.slice(0, 80)}" is not in ${src.id} ${para.id} verbatim`, at(tag.line));
	const key = `${tag.attrs.s}/${tag.attrs.p}`;
	if (!uses.passages.includes(key)) uses.passages.push(key);
}

function loadModules(c: Collector, files: ContentFiles, lessons: Map<string, Lesson>, known: KnownIds): Module[] {
	const modules: Module[] = [];
	for (const path of under(files, 'content/modules/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		const m = doc && c.try(() => validate(moduleFile, doc));
		if (!doc || !m) continue;
		const steps: ModuleStep[] = [];
		const seen = new Set<string>();
		m.steps.forEach((s, i) => {
			const line = doc.lineOf(['steps', i]);
			const key = 'lesson' in s ? `lesson:${s.lesson}` : `quiz:${s.quiz}`;
			if (seen.has(key)) c.add(path, ['steps', i], `${key} appears twice`, line);
			seen.add(key);
			if ('lesson' in s) {
				const l = lessons.get(s.lesson);
				if (!l) c.add(path, ['steps', i, 'lesson'], `unknown lesson "${s.lesson}"`, line);
				else steps.push({ kind: 'lesson', slug: s.lesson, minutes: l.minutes });
			} else {
				if (!known.quiz(s.quiz)) c.add(path, ['steps', i, 'quiz'], `unknown quiz "${s.quiz}"`, line);
				else steps.push({ kind: 'quiz', id: s.quiz, minutes: s.minutes });
			}
		});
		const minutes = steps.reduce((n, s) => n + s.minutes, 0);
		if (m.minutes !== undefined && m.minutes !== minutes)
			c.add(path, ['minutes'], `the steps add up to ${minutes} minutes, not ${m.minutes}`, doc.lineOf(['minutes']));
		for (const [field, value] of [
			[['title'], m.title],
			[['summary'], m.summary],
			...m.objectives.map((o, i) => [['objectives', i], o])
		] as [Path, string][])
			for (const hit of loadedTermHits(value)) c.add(path, field, loadedMessage(hit.term, hit.sentence), doc.lineOf(field));
		const { minutes: _declared, steps: _in, ...rest } = m;
		modules.push({ id: base(path), ...rest, steps, minutes });
	}
	return modules.sort((a, b) => a.order - b.order);
}

