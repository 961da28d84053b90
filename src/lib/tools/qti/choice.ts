/**
 * The QTI body of the choice questions (response_lid): multiple choice, multiple answers and true/false,
 * with feedback per choice; and matching, one response_lid per pair with one scored condition each.
 */
import { t } from '$lib/i18n';
import type { LmsQuestion } from '../lms/types';
import { feedback, ident, para, show, varequal, type BodyStart, type ItemBody } from './xml';

type Choice = Extract<LmsQuestion, { kind: 'mc' | 'ma' | 'tf' }>;

function choiceIds(q: Extract<LmsQuestion, { kind: 'mc' | 'ma' }>) {
	return q.choices.map((c) => ({ ...c, ident: ident(q.id, c.id) }));
}

export function choiceBody(q: Choice, { stem, generalFb, feedbacks }: BodyStart): ItemBody {
	const choices =
		q.kind === 'tf'
			? [
					{
						id: 'true',
						ident: ident(q.id, 'true'),
						text: t('quiz.tf.true'),
						correct: q.answer,
						weight: q.answer ? 100 : 0,
						feedback: q.feedbackTrue
					},
					{
						id: 'false',
						ident: ident(q.id, 'false'),
						text: t('quiz.tf.false'),
						correct: !q.answer,
						weight: q.answer ? 0 : 100,
						feedback: q.feedbackFalse
					}
				]
			: choiceIds(q);
	const perChoice = choices
		.filter((c) => c.feedback)
		.map((c) => ({
			'@_continue': 'Yes',
			conditionvar: { varequal: varequal('response1', c.ident) },
			displayfeedback: show(`${c.ident}_fb`)
		}));
	for (const c of choices) if (c.feedback) feedbacks.push(feedback(`${c.ident}_fb`, para(c.feedback)));
	const right = choices.filter((c) => c.correct);
	const scoring =
		q.kind === 'ma'
			? [
					{
						'@_continue': 'No',
						conditionvar: {
							and: {
								varequal: right.map((c) => varequal('response1', c.ident)),
								not: choices
									.filter((c) => !c.correct)
									.map((c) => ({ varequal: varequal('response1', c.ident) }))
							}
						},
						setvar: { '@_action': 'Set', '@_varname': 'SCORE', '#text': '100' }
					}
				]
			: right.map((c) => ({
					'@_continue': 'No',
					conditionvar: { varequal: varequal('response1', c.ident) },
					setvar: { '@_action': 'Set', '@_varname': 'SCORE', '#text': '100' }
				}));
	const type =
		q.kind === 'mc'
			? 'multiple_choice_question'
			: q.kind === 'ma'
				? 'multiple_answers_question'
				: 'true_false_question';
	return {
		type,
		answerIds: choices.map((c) => c.ident),
		presentation: {
			material: stem,
			response_lid: {
				'@_ident': 'response1',
				'@_rcardinality': q.kind === 'ma' ? 'Multiple' : 'Single',
				render_choice: {
					response_label: choices.map((c) => ({
						'@_ident': c.ident,
						material: { mattext: { '@_texttype': 'text/plain', '#text': c.text } }
					}))
				}
			}
		},
		conditions: [generalFb, ...perChoice, ...scoring],
		feedbacks
	};
}

export function matchingBody(
	q: Extract<LmsQuestion, { kind: 'matching' }>,
	{ stem, generalFb, feedbacks }: BodyStart
): ItemBody {
	const rights = [...new Set([...q.pairs.map((p) => p.answer), ...q.distractors])];
	const rightId = (text: string) => ident(q.id, 'm', String(rights.indexOf(text) + 1));
	const share = Math.round((100 / q.pairs.length) * 100) / 100;
	return {
		type: 'matching_question',
		answerIds: q.pairs.map((p) => ident(q.id, p.id)),
		presentation: {
			material: stem,
			response_lid: q.pairs.map((p) => ({
				'@_ident': `response_${ident(q.id, p.id)}`,
				material: { mattext: { '@_texttype': 'text/plain', '#text': p.prompt } },
				render_choice: {
					response_label: rights.map((r) => ({
						'@_ident': rightId(r),
						material: { mattext: { '@_texttype': 'text/plain', '#text': r } }
					}))
				}
			}))
		},
		conditions: [
			generalFb,
			...q.pairs.map((p) => ({
				conditionvar: { varequal: varequal(`response_${ident(q.id, p.id)}`, rightId(p.answer)) },
				setvar: { '@_varname': 'SCORE', '@_action': 'Add', '#text': String(share) }
			}))
		],
		feedbacks
	};
}
