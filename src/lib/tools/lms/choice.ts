/**
 * Items that stay (or become) choice questions: single and multiple choice as they are, true/false (three-way
 * multiple choice when "cannot tell" is offered), and "mark the words" (its key phrases and decoys as multiple
 * answers, or an essay with the phrases in the feedback when there are no decoys).
 */
import { t } from '$lib/i18n';
import { choicesOf, note, shareOf, type Converted, type Ctx, type ItemOf } from './base';
import { passage } from './text';

const tf = (c: 'true' | 'false' | 'cannot-tell') => t(`quiz.tf.${c}`);

export function single(it: ItemOf<'single'>, { base }: Ctx): Converted {
	return { questions: [{ ...base, kind: 'mc', choices: choicesOf(it.options, 1) }], notes: [] };
}

export function multiple(it: ItemOf<'multiple'>, { base }: Ctx): Converted {
	return { questions: [{ ...base, kind: 'ma', choices: choicesOf(it.options) }], notes: [] };
}

export function trueFalse(it: ItemOf<'truefalse'>, { base }: Ctx): Converted {
	const stem = { ...base.stem, lines: [`${t('quiz.tf.statement')}: ${it.statement}`] };
	if (it.choices.length === 2)
		return {
			questions: [
				{
					...base,
					stem,
					kind: 'tf',
					answer: it.answer === 'true',
					feedbackTrue: it.feedback.true ?? '',
					feedbackFalse: it.feedback.false ?? ''
				}
			],
			notes: []
		};
	const choices = it.choices.map((c) => ({
		id: c,
		text: tf(c),
		correct: c === it.answer,
		weight: c === it.answer ? 100 : 0,
		feedback: it.feedback[c]
	}));
	return {
		questions: [{ ...base, stem, kind: 'mc', choices }],
		notes: [note(it, 'converted', 'tools.note.cannotTell')]
	};
}

export function mark(it: ItemOf<'mark'>, { base, origin }: Ctx): Converted {
	const p = passage(it.passage, origin);
	const stem = { ...base.stem, passages: [p, ...base.stem.passages.filter((x) => x.href !== p.href)] };
	if (!it.decoys.length) {
		const key = it.targets.map((x) => `“${x.quote}”`).join('; ');
		return {
			questions: [
				{
					...base,
					stem: { ...stem, lines: [t('tools.lms.markWrite')] },
					kind: 'essay',
					general: `${t('tools.lms.key', { answer: key })} ${base.general}`
				}
			],
			notes: [note(it, 'converted', 'tools.note.markEssay')]
		};
	}
	const phrases = [
		...it.targets.map((x) => ({ ...x, correct: true })),
		...it.decoys.map((x) => ({ ...x, correct: false }))
	].sort((a, b) => a.first - b.first);
	const k = it.targets.length;
	const choices = phrases.map((x, i) => ({
		id: `p${i + 1}`,
		text: `“${x.quote}”`,
		correct: x.correct,
		weight: x.correct ? shareOf(k) : 0,
		feedback: x.feedback
	}));
	return {
		questions: [{ ...base, stem: { ...stem, lines: [t('tools.lms.markChoose')] }, kind: 'ma', choices }],
		notes: [note(it, 'converted', 'tools.note.mark')]
	};
}
