/**
 * The quiz bank as shipped (content/quizzes/): its shape, and that its scoring rewards telling reliable
 * from unreliable rather than doubting (or trusting) everything.
 */
import { describe, expect, it } from 'vitest';
import { content } from '$lib/content';
import { gradeItem, gradeQuiz } from './grade';
import { keyAnswer } from './key';
import { itemTypes } from './schema';
import { itemView, quizView, quizSummaries, type ItemView } from './view';

const c = content();
const quizzes = c.quizzes.map((q) => quizView(c, q.id)!);
const items = quizzes.flatMap((q) => q.items);

describe('the bank', () => {
	it('has at least eight quizzes of 8 to 12 items', () => {
		expect(quizzes.length).toBeGreaterThanOrEqual(8);
		for (const q of quizzes) {
			expect(q.items.length, q.id).toBeGreaterThanOrEqual(8);
			expect(q.items.length, q.id).toBeLessThanOrEqual(12);
		}
	});
	it('covers all ten question types', () => {
		expect(new Set(items.map((i) => i.type))).toEqual(new Set(itemTypes));
	});
	it('has unique item ids, each with an objective, a rationale and a link to a passage', () => {
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
		for (const it of items) {
			expect(it.objective.length, it.id).toBeGreaterThan(10);
			expect(it.rationale.length, it.id).toBeGreaterThan(20);
			expect(it.cite.href, it.id).toMatch(/^\/(sources\/\d{3}_[0-9a-f]{16}#(p\d+|fig-|note-)|reference#)/);
		}
	});
	it('points feedback at passages that exist', () => {
		for (const it of items) {
			const m = /^\/sources\/([^#]+)#(.+)$/.exec(it.cite.href);
			if (!m) continue;
			const [, source, anchor] = m;
			const s = c.source(source!);
			expect(s, it.id).toBeDefined();
			if (anchor!.startsWith('p')) expect(s!.paragraphs.some((p) => p.id === anchor)).toBe(true);
			if (anchor!.startsWith('fig-')) expect(c.figure(anchor!.slice(4))?.source).toBe(source);
			if (anchor!.startsWith('note-')) expect(c.claims.some((n) => n.id === anchor!.slice(5))).toBe(true);
		}
	});
	it('every answer key grades as fully right', () => {
		for (const it of items)
			expect(gradeItem(it, keyAnswer(it)), it.id).toMatchObject({ score: 1, correct: true });
		for (const q of quizzes) {
			const r = gradeQuiz(q, Object.fromEntries(q.items.map((it) => [it.id, keyAnswer(it)])));
			expect(r.percent).toBe(100);
			expect(r.review).toEqual([]);
		}
	});
	it('mark-the-words phrases resolve to words of their paragraph', () => {
		for (const it of items)
			if (it.type === 'mark') {
				expect(it.targets.length, it.id).toBeGreaterThan(0);
				for (const t of it.targets)
					expect(it.tokens.slice(t.first, t.last + 1).join(' '), it.id).toContain(
						t.quote.split(' ')[0]!.slice(0, 3)
					);
			}
	});
	it('numeric estimates never ask for a number of deaths', () => {
		for (const it of items)
			if (it.type === 'numeric') {
				expect(['date', 'year', 'days', 'percent', 'sources']).toContain(it.measure);
				expect(it.prompt).not.toMatch(/how many [^?]*(killed|died|dead|deaths)/i);
			}
	});
	it('lessons can place any item by id, and unknown ids are undefined', () => {
		const it = items[5]!;
		expect(itemView(c, it.id)).toEqual(it);
		expect(itemView(c, 'no-such-99')).toBeUndefined();
		expect(quizView(c, 'no-such-quiz')).toBeUndefined();
		expect(JSON.parse(JSON.stringify(quizzes[0]))).toEqual(quizzes[0]);
	});
	it('summaries list every quiz with its counts and articles', () => {
		const s = quizSummaries(c);
		expect(s.map((x) => x.id)).toEqual(quizzes.map((q) => q.id));
		for (const x of s) {
			expect(x.count).toBe(x.ids.length);
			expect(x.sources.length).toBeGreaterThan(0);
		}
	});
});

/**
 * A student with a fixed attitude gives the same kind of answer to every judgement item: always "unreliable" /
 * "false" / the most doubtful category (doubt), always "cannot tell" where it is offered (cannot-tell), or always
 * "reliable" / "true" / the most trusting category (trust). Chance is the mean over every fixed choice.
 */
type Attitude = 'doubt' | 'cannot-tell' | 'trust';
const justified = {
	justification: 'I checked who is behind it, the evidence and what other sources say.',
	rubric: [0, 1, 2]
};

/** The choices a student can make on a judgement item, each as a whole answer sheet for that item. */
function choicesOf(it: ItemView): { choice: string; answer: unknown }[] {
	switch (it.type) {
		case 'truefalse':
			return it.choices.map((ch) => ({ choice: ch, answer: ch }));
		case 'rate':
			return (['reliable', 'mixed', 'unreliable', 'cannot-tell'] as const).map((l) => ({
				choice: l,
				answer: { level: l, ...justified }
			}));
		case 'compare':
			return it.choices.map((ch) => ({
				choice: ch,
				answer: { pick: ch, reasons: it.reasons.map((r) => r.id) }
			}));
		case 'categorize':
			return it.categories.map((cat) => ({
				choice: cat.id,
				answer: Object.fromEntries(it.statements.map((s) => [s.id, cat.id]))
			}));
		default:
			return [];
	}
}
const prefer: Record<Attitude, string[]> = {
	doubt: ['unreliable', 'false', 'cannot-tell', 'unsupported', 'cannot', 'none', 'unnamed', 'vague'],
	'cannot-tell': ['cannot-tell', 'cannot', 'false', 'unreliable'],
	trust: [
		'reliable',
		'true',
		'a',
		'fact',
		'supported',
		'can',
		'named',
		'exact',
		'writing',
		'outlet',
		'lateral'
	]
};
function attitudeScore(it: ItemView, a: Attitude): number {
	const options = choicesOf(it);
	const pick = prefer[a].map((p) => options.find((o) => o.choice === p)).find(Boolean) ?? options[0]!;
	return gradeItem(it, pick.answer).score;
}
const chanceScore = (it: ItemView) => {
	const options = choicesOf(it);
	return options.reduce((s, o) => s + gradeItem(it, o.answer).score, 0) / options.length;
};

describe('scoring rewards telling reliable from unreliable', () => {
	const judged = items.filter((it) => ['truefalse', 'rate', 'compare', 'categorize'].includes(it.type));
	const rates = items.filter((it) => it.type === 'rate');
	const mean = (f: (it: ItemView) => number, list = judged) =>
		list.reduce((s, it) => s + f(it), 0) / list.length;
	const chance = mean(chanceScore);

	it('the bank has enough judgement items to measure this', () => {
		expect(judged.length).toBeGreaterThanOrEqual(30);
		expect(rates.length).toBeGreaterThanOrEqual(8);
	});
	it('keys are balanced: "reliable" as common as "unreliable", "true" about as common as "false"', () => {
		const n = (l: string) => rates.filter((r) => r.type === 'rate' && r.answer === l).length;
		expect(n('reliable')).toBeGreaterThanOrEqual(n('unreliable'));
		expect(n('mixed')).toBeGreaterThan(0);
		expect(n('cannot-tell')).toBeLessThan(rates.length / 3);
		const tf = items.filter((it) => it.type === 'truefalse');
		const t = tf.filter((it) => it.type === 'truefalse' && it.answer === 'true').length;
		const f = tf.filter((it) => it.type === 'truefalse' && it.answer === 'false').length;
		expect(Math.abs(t - f)).toBeLessThanOrEqual(1);
	});
	for (const a of ['doubt', 'cannot-tell', 'trust'] as const)
		it(`answering with fixed "${a}" scores no better than guessing, and low`, () => {
			const m = mean((it) => attitudeScore(it, a));
			expect(m).toBeLessThanOrEqual(chance + 0.05);
			expect(m).toBeLessThan(0.4);
			const onRates = mean((it) => attitudeScore(it, a), rates);
			expect(onRates).toBeLessThanOrEqual(mean(chanceScore, rates) + 0.05);
			// the warning from inoculation research: blanket doubt must not pay on source ratings
			if (a !== 'trust') expect(onRates).toBeLessThan(0.3);
		});
	it('the key scores 1 on every judgement item, far above any fixed attitude', () => {
		expect(mean((it) => gradeItem(it, keyAnswer(it)).score)).toBe(1);
		for (const a of ['doubt', 'cannot-tell', 'trust'] as const)
			expect(1 - mean((it) => attitudeScore(it, a))).toBeGreaterThan(0.6);
	});
});
