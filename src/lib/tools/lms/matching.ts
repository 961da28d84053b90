/**
 * Items that become matching questions: ordering (each entry matched to its position), matching (unused
 * choices kept as distractors) and categorizing (each statement matched to its category's label). The
 * per-pair feedback an LMS cannot show goes into the general feedback.
 */
import { t, type MessageKey } from '$lib/i18n';
import { note, type Converted, type Ctx, type ItemOf } from './base';

const category = (id: string, label?: string) => label ?? t(`quiz.category.${id}` as MessageKey);

export function order(it: ItemOf<'order'>, { base }: Ctx): Converted {
	const n = it.entries.length;
	const position = (i: number) =>
		i === 0
			? t('tools.lms.positionFirst', { n: 1, label: it.firstLabel })
			: i === n - 1
				? t('tools.lms.positionLast', { n, label: it.lastLabel })
				: String(i + 1);
	const pairs = it.entries.map((e, i) => ({ id: e.id, prompt: e.text, answer: position(i) }));
	const why = it.entries.map((e, i) => `${i + 1}. ${e.text}: ${e.feedback}`).join(' ');
	const lines = [t('tools.lms.orderHow', { first: it.firstLabel, last: it.lastLabel })];
	return {
		questions: [
			{
				...base,
				stem: { ...base.stem, lines },
				kind: 'matching',
				pairs,
				distractors: [],
				general: `${why} ${base.general}`
			}
		],
		notes: [note(it, 'converted', 'tools.note.order')]
	};
}

export function match(it: ItemOf<'match'>, { base }: Ctx): Converted {
	const text = (id: string) => it.choices.find((c) => c.id === id)?.text ?? id;
	const used = new Set(it.pairs.map((p) => p.answer));
	const pairs = it.pairs.map((p) => ({ id: p.id, prompt: p.prompt, answer: text(p.answer) }));
	const why = it.pairs.map((p) => `${p.prompt} → ${text(p.answer)}: ${p.feedback}`).join(' ');
	const distractors = it.choices.filter((c) => !used.has(c.id)).map((c) => c.text);
	return {
		questions: [{ ...base, kind: 'matching', pairs, distractors, general: `${why} ${base.general}` }],
		notes: [note(it, 'simplified', 'tools.note.pairFeedback')]
	};
}

export function categorize(it: ItemOf<'categorize'>, { base }: Ctx): Converted {
	const label = (id: string) => category(id, it.categories.find((c) => c.id === id)?.label);
	const used = new Set(it.statements.map((s) => s.category));
	const pairs = it.statements.map((s) => ({
		id: s.id,
		prompt: `“${s.text}”`,
		answer: label(s.category)
	}));
	const why = it.statements.map((s) => `“${s.text}” → ${label(s.category)}: ${s.feedback}`).join(' ');
	const distractors = it.categories.filter((c) => !used.has(c.id)).map((c) => label(c.id));
	return {
		questions: [{ ...base, kind: 'matching', pairs, distractors, general: `${why} ${base.general}` }],
		notes: [note(it, 'converted', 'tools.note.categorize')]
	};
}
