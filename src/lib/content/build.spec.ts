import { describe, expect, it } from 'vitest';
import { buildContent, type ContentFiles } from './build';
import { problems } from './fixtures/problems';
import { minimalFiles, SID } from './fixtures/minimal';

const FIG = `content/figures/${SID}.yaml`;
const SRC = `content/sources/${SID}.yaml`;

function edit(path: string, from: string | RegExp, to: string): ContentFiles {
	const files = minimalFiles();
	const before = files[path]!;
	files[path] = before.replace(from, to);
	if (files[path] === before) throw new Error(`fixture edit did not apply: ${String(from)}`);
	return files;
}

describe('buildContent on valid content', () => {
	it('loads sources, figures, exclusions, claims and reference rows', () => {
		const c = buildContent(minimalFiles());
		expect(c.sources.map((s) => s.id)).toEqual([SID]);
		expect(c.figures.map((f) => f.id)).toEqual(['t-officials', 't-boats', 't-monday', 't-killed']);
		expect(c.excluded).toHaveLength(1);
		expect(c.claims[0]?.verdict).toBe('accurate at the time');
		expect(c.reference.byRef.has('strikes:2025-09-02')).toBe(true);
		expect(c.figure('t-killed')?.source).toBe(SID);
	});
	it('marks each quote in its paragraph for the reader', () => {
		const marks = buildContent(minimalFiles()).marks.get(`${SID}/p03`) ?? [];
		expect(marks.map((m) => m.id).sort()).toEqual([
			'fig-t-boats',
			'fig-t-killed',
			'fig-t-monday',
			'fig-t-officials'
		]);
	});
});

describe('buildContent rejects bad content, naming file, line and field', () => {
	it('bad YAML', () => {
		const out = problems(edit(FIG, 'figures:\n', 'figures: [\n'));
		expect(out[0]).toMatch(new RegExp(`^${FIG}:\\d+: not valid YAML`));
	});

	it('a missing field', () => {
		const out = problems(edit(FIG, / {4}subject: boats hit\n/, ''));
		expect(out).toContainEqual(
			expect.stringMatching(new RegExp(`^${FIG}:\\d+ figures\\[1\\]\\.subject: missing`))
		);
	});

	it('a wrong value for an enumerated field', () => {
		const out = problems(edit(FIG, 'qualifier: at least', 'qualifier: at most'));
		expect(out.join('\n')).toMatch(/figures\[3\]\.qualifier: expected one of: exact, at least/);
	});

	it('a quote that is not in its paragraph', () => {
		const out = problems(edit(FIG, 'quote: killing at least 11 people', 'quote: killing at least 12 people'));
		expect(out).toContainEqual(
			expect.stringMatching(/figures\[3\]\.quote: quote not found verbatim in .* p03/)
		);
	});

	it("a figure's words that are not inside its quote", () => {
		const out = problems(edit(FIG, 'text: at least 11', 'text: at least 11 people killed'));
		expect(out).toContainEqual(expect.stringMatching(/figures\[3\]\.text: .* is not inside the quote/));
	});

	it('an unknown source id', () => {
		const out = problems(edit(FIG, `source: ${SID}\nfigures`, 'source: 901_0000000000000000\nfigures'));
		expect(out).toContainEqual(expect.stringMatching(new RegExp(`^${FIG}:1 source: unknown source id`)));
	});

	it('a duplicate figure id', () => {
		const out = problems(edit(FIG, 'id: t-boats', 'id: t-officials'));
		expect(out).toContainEqual(expect.stringMatching(/figures\[1\]\.id: duplicate figure id "t-officials"/));
	});

	it('a number in an article that is neither a figure nor excluded', () => {
		const out = problems(edit(FIG, /excluded:\n[\s\S]*$/, 'excluded: []\n'));
		expect(out).toContainEqual(
			expect.stringMatching(/"35" in .* p04 .* is neither a figure's text nor excluded/)
		);
	});

	it('a paragraph that is not the capture verbatim', () => {
		const out = problems(edit(SRC, 'killing at least 11 people.', 'killing at least 11 people'));
		expect(out).toContainEqual(
			expect.stringMatching(/paragraphs\[2\]\.text: expected line 3 of the capture verbatim/)
		);
	});

	it('quotes that cross instead of nesting', () => {
		const out = problems(edit(FIG, 'quote: 3 boats were hit on Monday', 'quote: on Monday, killing'));
		expect(out).toContainEqual(expect.stringMatching(/quotes of fig-t-monday and fig-t-killed cross/));
	});

	it('a claim note citing an unknown reference row or figure', () => {
		const files = edit(
			'content/claims/claims.yaml',
			"refs: ['strikes:2025-09-02']",
			"refs: ['strikes:2025-09-03']"
		);
		expect(problems(files)).toContainEqual(
			expect.stringMatching(/claims\[0\]\.refs\[0\]: unknown reference row/)
		);
		const files2 = edit('content/claims/claims.yaml', 'figure: t-killed', 'figure: t-nope');
		expect(problems(files2)).toContainEqual(
			expect.stringMatching(/claims\[0\]\.figure: unknown figure id "t-nope"/)
		);
	});

	it('a bad row in a reference table', () => {
		const out = problems(
			edit(
				'content/reference/strikes.csv',
				'2025-09-02,2025-09-02,Caribbean,11',
				'2025-09-02,2025-09-02,Caribbean,eleven'
			)
		);
		expect(out).toContainEqual(expect.stringMatching(/^content\/reference\/strikes\.csv:2 row 1\.killed/));
	});

	it('reports every problem at once, not just the first', () => {
		const files = edit(FIG, 'quote: killing at least 11 people', 'quote: killing at least 12 people');
		files[SRC] = files[SRC]!.replace('headline: Boats hit, officials say', 'headline: Boats were hit');
		expect(problems(files).length).toBeGreaterThanOrEqual(2);
	});
});
