/**
 * One lesson (content/lessons/<slug>.md) checked after its frontmatter has passed the schema: no code in the
 * body, its tags (lesson-tags.ts), the structure every lesson has (two quick checks, a discussion prompt),
 * the frontmatter's cross-checks (a 45-minute plan, known vocabulary and standards, the deaths advisory when
 * it shows deaths), readability against its grade band (quotes excluded) and loaded terms in the site's own
 * voice. Returns the Lesson with what its body places and its section headings.
 */
import { base, type Collector } from './collector';
import type { Located, Path } from './parse';
import {
	codeProblems,
	innerTexts,
	loadedTermHits,
	measure,
	scanTags,
	studentProse,
	textBlocks
} from './lesson-text';
import { headingId } from '../lessons/preprocess.js';
import { checkTags } from './lesson-tags';
import { checkVoice, loadedMessage } from './voice';
import {
	PERIOD_MINUTES,
	readingLimits,
	type KnownIds,
	type Lesson,
	type LessonFrontmatter,
	type LessonUses
} from './lesson-schema';

/** Charts that show deaths: a lesson placing one needs the "deaths" advisory. */
const DEATH_CHARTS = new Set(['deaths-over-time', 'same-story']);

/** `doc` is the parsed frontmatter with the body after it; `bodyLine`, the file's line where the body starts. */
export function checkLesson(
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

	for (const p of codeProblems(body)) c.add(path, ['body'], p.message, at(p.line));

	checkTags(c, path, body, at, known, uses);

	// structure a lesson must have
	const checks = [...body.matchAll(/<Check\b[^>]*>/g)].map((m) => scanTags(m[0])[0]?.attrs.q ?? '');
	const discuss = innerTexts(body, 'Discuss').map((d) => d.text);
	if (checks.length < 2)
		c.add(
			path,
			['body'],
			`expected at least two quick checks (<Check q="…">…</Check>), found ${checks.length}`,
			bodyLine
		);
	if (discuss.length < 1)
		c.add(path, ['body'], 'expected at least one discussion prompt (<Discuss>…</Discuss>)', bodyLine);

	// frontmatter cross-checks
	const total = fm.teacher.plan.reduce((s, p) => s + p.minutes, 0);
	if (total !== PERIOD_MINUTES)
		c.add(
			path,
			['teacher', 'plan'],
			`the plan's minutes add up to ${total}, expected a ${PERIOD_MINUTES}-minute period`,
			doc.lineOf(['teacher', 'plan'])
		);
	fm.vocabulary.forEach((v, i) => {
		if (!known.term(v))
			c.add(path, ['vocabulary', i], `unknown glossary term "${v}"`, doc.lineOf(['vocabulary', i]));
	});
	fm.standards.forEach((s, i) => {
		if (!standardCodes.has(s))
			c.add(
				path,
				['standards', i],
				`unknown standard "${s}" (content/standards.yaml)`,
				doc.lineOf(['standards', i])
			);
	});
	const showsDeaths =
		uses.charts.some((id) => DEATH_CHARTS.has(id)) ||
		uses.figures.some((id) => known.figure(id)?.metric === 'deaths');
	if (showsDeaths && !fm.advisory.includes('deaths'))
		c.add(
			path,
			['advisory'],
			'the lesson shows deaths: expected "deaths" in the advisory',
			doc.lineOf(['advisory'])
		);

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
		for (const hit of loadedTermHits(b.text))
			c.add(path, ['body'], loadedMessage(hit.term, hit.sentence), at(b.line));
	checkVoice(
		c,
		path,
		[
			[['title'], fm.title],
			[['summary'], fm.summary],
			...fm.objectives.map((o, i): [Path, string] => [['objectives', i], o]),
			...fm.teacher.plan.map((p, i): [Path, string] => [['teacher', 'plan', i, 'activity'], p.activity]),
			[['teacher', 'exit_ticket'], fm.teacher.exit_ticket],
			...fm.teacher.notes.map((n, i): [Path, string] => [['teacher', 'notes', i], n])
		],
		(f) => doc.lineOf(f)
	);

	return {
		...fm,
		slug: base(path),
		file: path,
		uses,
		discuss,
		checks,
		sections: sectionsOf(body),
		readingGrade: r.grade
	};
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
