import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { LESSON, lessonFiles, lesson } from './fixtures/lessons';
import { edit, problems } from './fixtures/problems';
import { readingLimits } from './lessons';

/** The 1-based line of the first line containing `text` in the fixture lesson. */
const lineOf = (text: string) => lesson.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('lessons on valid content', () => {
	const c = buildContent(lessonFiles());
	it('loads lessons in order with what their bodies place', () => {
		expect(c.lessons.map((l) => l.slug)).toEqual(['test-lesson', 'test-lesson-2']);
		const l = c.lessons[0]!;
		expect(l.uses.figures).toEqual(['t-killed']);
		expect(l.uses.terms).toEqual(['alleged']);
		expect(l.uses.refs).toEqual(['events:2025-11-21']);
		expect(l.uses.passages).toEqual(['900/p03']);
		expect(l.checks).toEqual(['Who gave the number?', 'Is the number exact?']);
		expect(l.discuss).toEqual(['Would you trust the count? Why?']);
		expect(l.sections).toEqual([{ id: 'sec-the-count', title: 'The count' }]);
		expect(l.readingGrade).toBeLessThan(readingLimits['8-10']);
	});
});

describe('the content check rejects a bad lesson, naming file, line and field', () => {
	it('a lesson missing objectives', () => {
		const out = problems(edit(LESSON, /objectives:\n {2}- Say who reported the count.\n/, ''));
		expect(out).toContainEqual(expect.stringMatching(new RegExp(`^${LESSON}(:\\d+)? objectives: missing`)));
	});
	it('a lesson with an empty objectives list', () => {
		const out = problems(
			edit(LESSON, /objectives:\n {2}- Say who reported the count.\n/, 'objectives: []\n')
		);
		expect(out.join('\n')).toMatch(
			new RegExp(`${LESSON}:${lineOf('objectives')} objectives: expected at least one objective`)
		);
	});
	it('a lesson citing an unknown figure', () => {
		const out = problems(edit(LESSON, '<Fig id="t-killed" />', '<Fig id="t-nonexistent" />'));
		expect(out).toContain(`${LESSON}:${lineOf('<Fig id')} body.<Fig>.id: unknown figure id "t-nonexistent"`);
	});
	it('a lesson placing an unknown chart, quiz item or glossary term', () => {
		const files = edit(
			LESSON,
			'## The count\n',
			'## The count\n\n<Chart id="no-such-chart" />\n\n<Item id="no-such-item" />\n'
		);
		files[LESSON] = files[LESSON]!.replace('<Term id="alleged">', '<Term id="no-such-term">');
		const out = problems(files).join('\n');
		expect(out).toMatch(/body\.<Chart>\.id: unknown chart id "no-such-chart"/);
		expect(out).toMatch(/body\.<Item>\.id: unknown quiz item id "no-such-item"/);
		expect(out).toMatch(/body\.<Term>\.id: unknown glossary term "no-such-term"/);
	});
	it('a lesson above its band’s readability limit', () => {
		const dense =
			'Consequently, the administration’s characterisation of extraterritorial counternarcotics operations necessitated unprecedented reinterpretations of constitutional authorisations, international humanitarian obligations and institutional accountability mechanisms, notwithstanding considerable congressional apprehension regarding proportionality, transparency and evidentiary justification.\n\n';
		const out = problems(edit(LESSON, '## The count\n\n', `## The count\n\n${dense.repeat(4)}`));
		expect(out).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^${LESSON}:${lineOf('grade_band')} grade_band: lesson prose reads at grade [\\d.]+ .* above 9 for band 8-10`
				)
			)
		);
	});
	it('the same dense text inside a quote does not count against readability', () => {
		const dense =
			'> Consequently, the administration’s characterisation of extraterritorial counternarcotics operations necessitated unprecedented reinterpretations of constitutional authorisations.\n\n';
		expect(() =>
			buildContent(edit(LESSON, '## The count\n\n', `## The count\n\n${dense.repeat(4)}`))
		).not.toThrow();
	});
	it('a flagged term in the site’s own voice', () => {
		const out = problems(
			edit(LESSON, 'We do not know their names.', 'The regime sent the narco-terrorists.')
		);
		expect(out).toContain(
			`${LESSON}:${lineOf('We do not know their names.')} body: "regime" is used in the site's own voice: quote it or say who uses it ("…The regime sent the narco-terrorists.…")`
		);
		expect(out.join('\n')).toMatch(/"narco-terrorists" is used in the site's own voice/);
	});
	it('the same terms quoted, or attributed, pass', () => {
		const files = edit(
			LESSON,
			'We do not know their names.',
			'Officials called them “narco-terrorists”. Critics say the regime is to blame.'
		);
		expect(() => buildContent(files)).not.toThrow();
	});
	it('a flagged term in frontmatter text', () => {
		const out = problems(edit(LESSON, /summary: .*\n/, 'summary: What the cartel did next.\n'));
		expect(out.join('\n')).toMatch(
			new RegExp(`${LESSON}:${lineOf('summary')} summary: "cartel" is used in the site's own voice`)
		);
	});
	it('words quoted from an article that are not in it verbatim', () => {
		const out = problems(
			edit(LESSON, '3 boats were hit on Monday</Said>', '3 boats were struck on Monday</Said>')
		);
		expect(out).toContain(
			`${LESSON}:${lineOf('<Said')} body.<Said>: "3 boats were struck on Monday" is not in 900_0123456789abcdef p03 verbatim`
		);
	});
	it('a record link or a later note pointing at a row that does not exist', () => {
		const files = edit(
			LESSON,
			'We do not know their names.',
			'We know <Row ref="strikes:1999-01-01">nothing</Row> more.'
		);
		files[LESSON] = files[LESSON]!.replace('<Later ref="events:2025-11-21">', '<Later ref="overdoses:1">');
		const out = problems(files).join('\n');
		expect(out).toMatch(/body\.<Row>\.ref: unknown reference row "strikes:1999-01-01"/);
		expect(out).toMatch(/body\.<Later>\.ref: unknown or undated reference row "overdoses:1"/);
	});
	it('a record link to a real row passes', () => {
		expect(() =>
			buildContent(
				edit(
					LESSON,
					'We do not know their names.',
					'The FAA <Row ref="events:2025-11-21">warned</Row> airlines.'
				)
			)
		).not.toThrow();
	});
	it('code in a lesson body', () => {
		const out = problems(
			edit(LESSON, 'We do not know their names.', 'We do not know {names}.\n\n<script>alert(1)</script>')
		);
		expect(out.join('\n')).toMatch(/body: curly braces are Svelte code/);
		expect(out.join('\n')).toMatch(/body: a <script> block/);
	});
	it('an unknown tag, a missing attribute and an unclosed tag', () => {
		const out = problems(edit(LESSON, '<Discuss>\n', '<Widget />\n\n<Later>\n\n<Discuss>\n')).join('\n');
		expect(out).toMatch(/body\.<Widget>: unknown tag/);
		expect(out).toMatch(/body\.<Later>\.ref: missing/);
	});
	it('fewer than two quick checks, or no discussion prompt', () => {
		const files = edit(LESSON, /<Check q="Is the number exact\?">[\s\S]*?<\/Check>/, '');
		files[LESSON] = files[LESSON]!.replace(/<Discuss>[\s\S]*?<\/Discuss>/, '');
		const out = problems(files).join('\n');
		expect(out).toMatch(/expected at least two quick checks .* found 1/);
		expect(out).toMatch(/expected at least one discussion prompt/);
	});
	it('a class plan that does not fill 45 minutes', () => {
		const out = problems(
			edit(
				LESSON,
				'minutes: 15\n      activity: Talk about it.',
				'minutes: 5\n      activity: Talk about it.'
			)
		);
		expect(out.join('\n')).toMatch(
			new RegExp(
				`${LESSON}:\\d+ teacher\\.plan: the plan's minutes add up to 35, expected a 45-minute period`
			)
		);
	});
	it('a lesson showing deaths without the deaths advisory', () => {
		const out = problems(edit(LESSON, 'advisory: [deaths]', 'advisory: []'));
		expect(out).toContain(
			`${LESSON}:${lineOf('advisory')} advisory: the lesson shows deaths: expected "deaths" in the advisory`
		);
	});
	it('unknown standards, vocabulary and prerequisites', () => {
		const files = edit(LESSON, 'standards: [CCSS RH.9-10.6]', 'standards: [CCSS RH.99]');
		files[LESSON] = files[LESSON]!.replace('vocabulary: [alleged]', 'vocabulary: [nope]').replace(
			'prerequisites: []',
			'prerequisites: [nowhere]'
		);
		const out = problems(files).join('\n');
		expect(out).toMatch(/standards\[0\]: unknown standard "CCSS RH\.99"/);
		expect(out).toMatch(/vocabulary\[0\]: unknown glossary term "nope"/);
		expect(out).toMatch(/prerequisites\[0\]: unknown lesson "nowhere"/);
	});
	it('a lesson longer than 15 minutes', () => {
		expect(problems(edit(LESSON, 'minutes: 10', 'minutes: 25')).join('\n')).toMatch(
			/minutes: expected at most 15 minutes/
		);
	});
});
