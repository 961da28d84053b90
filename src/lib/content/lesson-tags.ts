/**
 * The tags a lesson body may use (`lessonTags`, also what preprocess.js imports into every lesson) and their
 * check: known names, the attributes each needs, ids that exist (charts, figures, quiz items, glossary terms,
 * record rows, sources), open and close balanced, and <Said> words verbatim in their paragraph. What the
 * tags place is recorded in the lesson's `uses`.
 */
import type { Collector } from './collector';
import type { Path } from './parse';
import { isoDate, refId } from './schema';
import { scanTags } from './lesson-text';
import type { KnownIds, LessonUses } from './lesson-schema';

type AttrKind =
	'chart' | 'figure' | 'item' | 'term' | 'ref' | 'row' | 'text' | 'source' | 'paragraph' | 'date';
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

type Tag = ReturnType<typeof scanTags>[number];

/** Checks every tag of `body`, adding what they place to `uses`; `at` turns a body line into a file line. */
export function checkTags(
	c: Collector,
	path: string,
	body: string,
	at: (line: number) => number,
	known: KnownIds & { term(id: string): boolean },
	uses: LessonUses
) {
	const add = (list: string[], id: string) => list.includes(id) || list.push(id);
	// known names, required attributes, ids that exist, open/close balanced
	const stack: { name: string; line: number }[] = [];
	for (const tag of scanTags(body)) {
		const spec = lessonTags[tag.name];
		const field: Path = ['body', `<${tag.name}>`];
		if (!spec) {
			if (!htmlAllowed.has(tag.name))
				c.add(
					path,
					field,
					`unknown tag: use one of ${Object.keys(lessonTags).join(', ')} (or Markdown)`,
					at(tag.line)
				);
			continue;
		}
		if (tag.kind === 'close') {
			const open = stack.pop();
			if (open?.name !== tag.name)
				c.add(
					path,
					field,
					`</${tag.name}> closes ${open ? `<${open.name}> (line ${at(open.line)})` : 'nothing'}`,
					at(tag.line)
				);
			continue;
		}
		if (spec.children && tag.kind === 'self')
			c.add(path, field, `expected <${tag.name} …>…</${tag.name}> with text inside`, at(tag.line));
		if (!spec.children && tag.kind === 'open')
			c.add(path, field, `expected a self-closing tag: <${tag.name} … />`, at(tag.line));
		if (tag.kind === 'open') stack.push({ name: tag.name, line: tag.line });
		const allowed = [...Object.keys(spec.attrs), ...Object.keys(spec.optional ?? {})];
		for (const name of Object.keys(tag.attrs))
			if (!allowed.includes(name))
				c.add(
					path,
					[...field, name],
					`unknown attribute (expected: ${allowed.join(', ') || 'none'})`,
					at(tag.line)
				);
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
				if (!known.term(v))
					c.add(path, f, `unknown glossary term "${v}" (content/glossary.yaml)`, at(tag.line));
				else add(uses.terms, v);
			} else if (kind === 'ref') {
				if (!refId.safeParse(v).success || !known.datedRef(v))
					c.add(path, f, `unknown or undated reference row "${v}"`, at(tag.line));
				else add(uses.refs, v);
			} else if (kind === 'row') {
				if (!refId.safeParse(v).success || !known.ref(v))
					c.add(path, f, `unknown reference row "${v}"`, at(tag.line));
			} else if (kind === 'source' && !known.source(v))
				c.add(path, f, `unknown source "${v}" (a source id or its number, e.g. 004)`, at(tag.line));
		}
		if (tag.name === 'Said' && tag.kind === 'open') checkSaid(c, path, body, tag, known, at, uses);
	}
	for (const open of stack)
		c.add(path, ['body', `<${open.name}>`], `<${open.name}> is never closed`, at(open.line));
}

/** <Said s="004" p="p07">exact words</Said>: the words must be in that paragraph, verbatim. */
function checkSaid(
	c: Collector,
	path: string,
	body: string,
	tag: Tag,
	known: KnownIds,
	at: (line: number) => number,
	uses: LessonUses
) {
	const src = tag.attrs.s ? known.source(tag.attrs.s) : undefined;
	if (!src || !tag.attrs.p) return;
	const field: Path = ['body', '<Said>'];
	const para = src.paragraphs.find((p) => p.id === tag.attrs.p);
	if (!para)
		return c.add(path, [...field, 'p'], `no paragraph "${tag.attrs.p}" in source ${src.id}`, at(tag.line));
	const close = body.indexOf('</Said>', tag.end);
	if (close === -1) return;
	const words = body.slice(tag.end, close).replace(/\s+/g, ' ').trim();
	if (!words) return c.add(path, field, 'expected the quoted words inside', at(tag.line));
	if (!para.text.includes(words))
		return c.add(
			path,
			field,
			`"${words.slice(0, 80)}" is not in ${src.id} ${para.id} verbatim`,
			at(tag.line)
		);
	const key = `${tag.attrs.s}/${tag.attrs.p}`;
	if (!uses.passages.includes(key)) uses.passages.push(key);
}
