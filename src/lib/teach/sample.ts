/**
 * Answers for benchmarks and tests: for any item, a valid answer — the key itself, or a plausible
 * wrong one — drawn with a seeded generator so runs repeat. Never used to grade anything.
 */
import { mulberry32 } from '$lib/quiz/shuffle';
import type { ItemView } from '$lib/quiz/view';

export function sampleAnswer(item: ItemView, right: boolean, rand: () => number): unknown {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
	switch (item.type) {
		case 'single': {
			const ok = item.options.filter((o) => o.correct === right);
			return pick(ok.length ? ok : item.options).id;
		}
		case 'multiple':
			return item.options.filter((o) => (right ? o.correct : !o.correct)).map((o) => o.id);
		case 'truefalse':
			return right ? item.answer : pick(item.choices.filter((c) => c !== item.answer));
		case 'mark': {
			if (right && item.targets.length)
				return item.targets.flatMap((t) =>
					Array.from({ length: t.last - t.first + 1 }, (_, i) => t.first + i)
				);
			return [Math.floor(rand() * item.tokens.length)];
		}
		case 'order': {
			const ids = item.entries.map((e) => e.id);
			return right ? ids : [...ids].reverse();
		}
		case 'match':
			return Object.fromEntries(item.pairs.map((p) => [p.id, right ? p.answer : pick(item.choices).id]));
		case 'categorize':
			return Object.fromEntries(
				item.statements.map((s) => [s.id, right ? s.category : pick(item.categories).id])
			);
		case 'numeric':
			if (typeof item.answer === 'string') return right ? item.answer : '2020-01-01';
			return right ? item.answer : item.answer + (item.near ?? item.tolerance) * 3 + 10;
		case 'rate':
			return {
				level: right
					? item.answer
					: pick(
							(['reliable', 'mixed', 'unreliable', 'cannot-tell'] as const).filter((l) => l !== item.answer)
						),
				justification: 'The outlet names its sources and other reports agree with it.',
				rubric: item.rubric.map((_, i) => i)
			};
		case 'compare':
			return {
				pick: right ? item.answer : pick(item.choices.filter((c) => c !== item.answer)),
				reasons: item.reasons.filter((r) => r.correct === right).map((r) => r.id),
				why: ''
			};
	}
}

/** Answers to every item of a quiz, each right with probability `skill`. */
export function sampleAnswers(items: ItemView[], skill: number, seed: number): Record<string, unknown> {
	const rand = mulberry32(seed);
	return Object.fromEntries(items.map((it) => [it.id, sampleAnswer(it, rand() < skill, rand)]));
}
