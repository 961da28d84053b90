/**
 * The answer key of an item, as an answer: what a student who gets everything right would submit.
 * Used by tests (unit and end-to-end) and by teachers' answer keys; grading it must give full marks.
 */
import type { Answer } from './grade';
import type { ItemView } from './view';

export function keyAnswer(item: ItemView): Answer {
	switch (item.type) {
		case 'single':
			return item.options.find((o) => o.correct)!.id;
		case 'multiple':
			return item.options.filter((o) => o.correct).map((o) => o.id);
		case 'truefalse':
			return item.answer;
		case 'mark':
			return item.targets.flatMap((t) => Array.from({ length: t.last - t.first + 1 }, (_, i) => t.first + i));
		case 'order':
			return item.entries.map((e) => e.id);
		case 'match':
			return Object.fromEntries(item.pairs.map((p) => [p.id, p.answer]));
		case 'numeric':
			return item.answer;
		case 'categorize':
			return Object.fromEntries(item.statements.map((s) => [s.id, s.category]));
		case 'rate':
			return { level: item.answer, justification: item.modelAnswer, rubric: item.rubric.map((_, i) => i) };
		case 'compare':
			return {
				pick: item.answer,
				reasons: item.reasons.filter((o) => o.correct).map((o) => o.id),
				why: item.modelAnswer
			};
	}
}
