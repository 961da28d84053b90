import { describe, expect, it } from 'vitest';
import { buildContent, type ContentFiles } from './build';
import { ContentError } from './parse';
import { minimalFiles, SID } from './fixtures/minimal';
import { quizView } from '../quiz/view';
import { gradeItem } from '../quiz/grade';

const QUIZ = 'content/quizzes/test-quiz.yaml';
const P = `{ source: ${SID}, paragraph: p03 }`;

/** A valid quiz of eight items on the fixture article ("Two officials said 3 boats were hit on Monday, killing at least 11 people."). */
const quiz = `id: test-quiz
title: Test quiz
summary: For the loader tests.
items:
  - id: tq-01
    type: single
    objective: o
    prompt: Who said so?
    passages: [${P}]
    options:
      - { id: a, text: Two officials, correct: true, feedback: yes }
      - { id: b, text: The President, feedback: no }
    rationale: Two officials, unnamed.
  - id: tq-02
    type: multiple
    objective: o
    prompt: Which are counts?
    passages: [{ figure: t-boats }]
    options:
      - { id: a, text: 3 boats, correct: true, feedback: yes }
      - { id: b, text: at least 11, correct: true, feedback: yes }
      - { id: c, text: Monday, feedback: no }
    rationale: Two counts and a day.
  - id: tq-03
    type: truefalse
    objective: o
    prompt: True or false?
    passages: [{ claim: t-note }]
    statement: The officials are named.
    answer: false
    feedback: { true: no, false: yes }
    rationale: They are not named.
  - id: tq-04
    type: mark
    objective: o
    prompt: Mark the attribution.
    passage: ${P}
    targets:
      - { quote: Two officials, feedback: the attribution }
    decoys:
      - { quote: on Monday, feedback: a day }
    rationale: Two officials.
  - id: tq-05
    type: order
    objective: o
    prompt: Order these.
    cite: { ref: 'strikes:2025-09-02' }
    first_label: first
    last_label: last
    entries:
      - { id: a, text: one, feedback: f }
      - { id: b, text: two, feedback: f }
      - { id: c, text: three, feedback: f }
    rationale: In order.
  - id: tq-06
    type: match
    objective: o
    prompt: Match.
    passages: [${P}]
    pairs:
      - { id: p1, prompt: boats, answer: x, feedback: f }
      - { id: p2, prompt: day, answer: y, feedback: f }
    choices:
      - { id: x, text: X }
      - { id: y, text: Y }
    rationale: Matched.
  - id: tq-07
    type: numeric
    objective: o
    prompt: How many officials are cited?
    passages: [${P}]
    measure: sources
    answer: 2
    tolerance: 0
    feedback: { correct: c, low: l, high: h }
    rationale: Two.
  - id: tq-08
    type: categorize
    objective: o
    prompt: Sort.
    statements:
      - { id: s1, source: ${SID}, paragraph: p03, quote: Two officials said, category: attributed, feedback: f }
      - { id: s2, text: A plain statement, category: fact, feedback: f, cite: ${P} }
      - { id: s3, text: Who knows, category: cannot-tell, feedback: f, cite: ${P} }
    rationale: Sorted.
`;

const files = (q = quiz): ContentFiles => ({ ...minimalFiles(), [QUIZ]: q });

function problems(q: string): string[] {
	try {
		buildContent(files(q));
	} catch (e) {
		if (e instanceof ContentError) return e.issues.map(String);
		throw e;
	}
	throw new Error('expected the quiz to be rejected');
}
function edit(from: string | RegExp, to: string): string {
	const out = quiz.replace(from, to);
	if (out === quiz) throw new Error(`fixture edit did not apply: ${String(from)}`);
	return out;
}

describe('quiz loader on a valid quiz', () => {
	it('loads the quiz, and the view resolves passages and mark-the-words phrases', () => {
		const c = buildContent(files());
		expect(c.quizzes.map((q) => q.id)).toEqual(['test-quiz']);
		const v = quizView(c, 'test-quiz')!;
		expect(v.items).toHaveLength(8);
		const mark = v.items[3]!;
		if (mark.type !== 'mark') throw new Error('expected mark');
		expect(mark.tokens.slice(mark.targets[0]!.first, mark.targets[0]!.last + 1)).toEqual([
			'Two',
			'officials'
		]);
		expect(gradeItem(mark, [0, 1]).score).toBe(1);
		expect(v.items[0]!.passages[0]).toMatchObject({
			href: `/sources/${SID}#p03`,
			paragraph: 'p03',
			sourceTitle: 'Test article'
		});
		expect(v.items[1]!.passages[0]).toMatchObject({
			kind: 'figure',
			href: `/sources/${SID}#fig-t-boats`,
			quote: 'Two officials said 3 boats were hit on Monday, killing at least 11 people.',
			before: ''
		});
		expect(v.items[2]!.cite.href).toBe(`/sources/${SID}#note-t-note`);
		expect(v.items[4]!.cite.href).toBe('/reference#strikes-2025-09-02');
	});
	it('a missing quizzes folder is fine', () => {
		expect(buildContent(minimalFiles()).quizzes).toEqual([]);
	});
});

describe('quiz loader rejects an item whose passage or answer does not exist', () => {
	it('an unknown source, paragraph or quote', () => {
		expect(
			problems(
				edit(
					`passages: [${P}]\n    options:\n      - { id: a, text: Two`,
					`passages: [{ source: ${SID}, paragraph: p99 }]\n    options:\n      - { id: a, text: Two`
				)
			)
		).toContainEqual(
			expect.stringMatching(/test-quiz\.yaml:\d+ items\[0\]\.passages\[0\]: no paragraph "p99"/)
		);
		expect(
			problems(
				edit(
					`passages: [{ figure: t-boats }]`,
					`passages: [{ source: 901_0000000000000000, paragraph: p01 }]`
				)
			)
		).toContainEqual(expect.stringMatching(/items\[1\]\.passages\[0\]: unknown source id/));
		expect(
			problems(
				edit(
					`passages: [{ claim: t-note }]`,
					`passages: [{ source: ${SID}, paragraph: p03, quote: Three officials }]`
				)
			)
		).toContainEqual(
			expect.stringMatching(/items\[2\]\.passages\[0\]: quote "Three officials" not found verbatim/)
		);
	});
	it('an unknown figure, claim note or record row', () => {
		expect(problems(edit('{ figure: t-boats }', '{ figure: t-nope }'))).toContainEqual(
			expect.stringMatching(/unknown figure id "t-nope"/)
		);
		expect(problems(edit('{ claim: t-note }', '{ claim: t-nope }'))).toContainEqual(
			expect.stringMatching(/unknown claim note id "t-nope"/)
		);
		expect(problems(edit("{ ref: 'strikes:2025-09-02' }", "{ ref: 'strikes:2024-01-01' }"))).toContainEqual(
			expect.stringMatching(/items\[4\]\.cite: unknown reference row/)
		);
	});
	it('a pointer that mixes forms', () => {
		expect(
			problems(edit('{ figure: t-boats }', `{ figure: t-boats, source: ${SID}, paragraph: p03 }`))
		).toContainEqual(expect.stringMatching(/expected exactly one of/));
	});
	it('a "mark the words" phrase that is not in the paragraph, or is ambiguous', () => {
		expect(
			problems(
				edit('{ quote: Two officials, feedback: the attribution }', '{ quote: Four officials, feedback: x }')
			)
		).toContainEqual(
			expect.stringMatching(/items\[3\]\.targets\[0\]\.quote: "Four officials" is not a phrase in/)
		);
		expect(
			problems(edit('{ quote: on Monday, feedback: a day }', '{ quote: o, feedback: x }'))
		).toContainEqual(expect.stringMatching(/decoys\[0\]\.quote: "o" occurs more than once/));
		expect(
			problems(edit('{ quote: on Monday, feedback: a day }', '{ quote: officials said, feedback: x }'))
		).toContainEqual(expect.stringMatching(/overlaps "Two officials"/));
	});
	it('an answer that is not among the options', () => {
		expect(
			problems(
				edit(
					'{ id: a, text: Two officials, correct: true, feedback: yes }',
					'{ id: a, text: Two officials, feedback: yes }'
				)
			)
		).toContainEqual(
			expect.stringMatching(/items\[0\]\.options: expected exactly one option with correct: true, found 0/)
		);
		expect(
			problems(edit('{ id: p2, prompt: day, answer: y', '{ id: p2, prompt: day, answer: z'))
		).toContainEqual(expect.stringMatching(/items\[5\]\.pairs\[1\]\.answer: "z" is not among the choices/));
		expect(problems(edit('category: cannot-tell', 'category: rumour'))).toContainEqual(
			expect.stringMatching(
				/statements\[2\]\.category: "rumour" is not one of: fact, opinion, attributed, cannot-tell/
			)
		);
		expect(problems(edit('answer: false', 'answer: cannot-tell'))).toContainEqual(
			expect.stringMatching(/offer_cannot_tell is false/)
		);
	});
	it('duplicate ids: items across the bank, options and order entries', () => {
		expect(problems(edit('id: tq-02', 'id: tq-01'))).toContainEqual(
			expect.stringMatching(/items\[1\]\.id: duplicate item id "tq-01"/)
		);
		expect(problems(edit('{ id: c, text: three', '{ id: b, text: three'))).toContainEqual(
			expect.stringMatching(/items\[4\]\.entries: duplicate id "b"/)
		);
	});
	it('a quoted statement whose quote is not in its paragraph', () => {
		expect(
			problems(edit('quote: Two officials said, category', 'quote: Two officials say, category'))
		).toContainEqual(
			expect.stringMatching(/items\[7\]\.statements\[0\]: quote "Two officials say" not found/)
		);
	});
	it('a numeric estimate that asks for a number of deaths', () => {
		expect(
			problems(
				edit('prompt: How many officials are cited?', 'prompt: How many people were killed on Monday?')
			)
		).toContainEqual(
			expect.stringMatching(/items\[6\]\.prompt: numeric estimates never ask for a number of deaths/)
		);
		expect(
			problems(edit('prompt: How many officials are cited?', 'prompt: Estimate the death toll.'))
		).toHaveLength(1);
		expect(problems(edit('measure: sources', 'measure: people'))).toContainEqual(
			expect.stringMatching(/items\[6\]\.measure: expected one of: date, year/)
		);
	});
	it('a date answer for a number, and a quiz of fewer than eight items', () => {
		expect(problems(edit('answer: 2\n', 'answer: 2025-10-28\n'))).toContainEqual(
			expect.stringMatching(/items\[6\]\.answer: expected a number/)
		);
		const short = quiz.slice(0, quiz.indexOf('  - id: tq-08'));
		expect(problems(short)).toContainEqual(expect.stringMatching(/test-quiz\.yaml:\d+ items: expected .*8/));
	});
	it('a file name that differs from the quiz id', () => {
		expect(problems(edit('id: test-quiz', 'id: other-quiz'))).toContainEqual(
			expect.stringMatching(/test-quiz\.yaml:1 id: expected "test-quiz"/)
		);
	});
});
