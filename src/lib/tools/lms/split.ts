/**
 * Items split in two: rating (a rating as multiple choice, partial credit kept for GIFT only, then an essay
 * for the justification with the rubric and model answer) and comparing (a pick between the two passages,
 * then the reasons as multiple answers).
 */
import { t, type MessageKey } from '$lib/i18n';
import { choicesOf, note, type Converted, type Ctx, type ItemOf } from './base';
import { passage } from './text';
import type { LmsNote, LmsQuestion } from './types';

const level = (l: string) => t(`quiz.level.${l}` as MessageKey);
const criterion = (c: string) => t(`quiz.criterion.${c}` as MessageKey);

export function rate(it: ItemOf<'rate'>, { base, target }: Ctx): Converted {
	const notes: LmsNote[] = [note(it, 'split', 'tools.note.rate')];
	if (target === 'qti' && Object.keys(it.partial).length)
		notes.push(note(it, 'simplified', 'tools.note.partialQti'));
	const choices = (['reliable', 'mixed', 'unreliable', 'cannot-tell'] as const).map((l) => {
		const w = l === it.answer ? 100 : target === 'gift' ? Math.round((it.partial[l] ?? 0) * 100) : 0;
		return { id: l, text: level(l), correct: l === it.answer, weight: w, feedback: it.feedback[l] };
	});
	const rubric = it.rubric.map((r) => `${criterion(r.criterion)} ${r.lookFor}`).join(' ');
	const essay: LmsQuestion = {
		...base,
		id: `${it.id}-why`,
		title: `${it.id} (2): ${it.objective}`,
		stem: {
			prompt: t('tools.lms.justify'),
			lines: it.rubric.map((r) => criterion(r.criterion)),
			passages: []
		},
		kind: 'essay',
		general: `${t('quiz.rate.model')}: ${it.modelAnswer} ${t('tools.lms.rubric')}: ${rubric}`
	};
	return {
		questions: [
			{ ...base, stem: { ...base.stem, lines: [t('quiz.rate.rating')] }, kind: 'mc', choices },
			essay
		],
		notes
	};
}

export function compare(it: ItemOf<'compare'>, { base, origin }: Ctx): Converted {
	const sides = [
		passage(it.sides.a.passage, origin, t('quiz.compare.a', { label: it.sides.a.label })),
		passage(it.sides.b.passage, origin, t('quiz.compare.b', { label: it.sides.b.label }))
	];
	const pickText = (c: 'a' | 'b' | 'equal' | 'cannot-tell') =>
		c === 'a'
			? t('quiz.compare.a', { label: it.sides.a.label })
			: c === 'b'
				? t('quiz.compare.b', { label: it.sides.b.label })
				: t(`quiz.compare.${c}`);
	const choices = it.choices.map((c) => ({
		id: c,
		text: pickText(c),
		correct: c === it.answer,
		weight: c === it.answer ? 100 : 0,
		feedback: it.feedback[c]
	}));
	const stem = {
		...base.stem,
		lines: [t('quiz.compare.pick')],
		passages: [...sides, ...base.stem.passages]
	};
	const reasons: LmsQuestion = {
		...base,
		id: `${it.id}-reasons`,
		title: `${it.id} (2): ${it.objective}`,
		stem: {
			prompt: t('quiz.compare.reasons'),
			lines: [t('tools.lms.compareRef', { id: it.id })],
			passages: []
		},
		kind: 'ma',
		choices: choicesOf(it.reasons),
		general: `${t('quiz.compare.model')}: ${it.modelAnswer} ${base.general}`
	};
	return {
		questions: [{ ...base, stem, kind: 'mc', choices }, reasons],
		notes: [note(it, 'split', 'tools.note.compare')]
	};
}
