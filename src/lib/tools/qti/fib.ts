/**
 * The QTI body of the typed-answer questions (response_str with render_fib): numerical (the answer or
 * anything within the tolerance), short answer (any of the full-credit texts) and essay (not scored).
 */
import type { LmsQuestion } from '../lms/types';
import { feedback, ident, para, show, varequal, type BodyStart, type ItemBody } from './xml';

const incorrectFb = {
	'@_continue': 'Yes',
	conditionvar: { other: '' },
	displayfeedback: show('general_incorrect_fb')
};

export function numericalBody(
	q: Extract<LmsQuestion, { kind: 'numerical' }>,
	{ stem, generalFb, feedbacks }: BodyStart
): ItemBody {
	feedbacks.push(
		feedback('correct_fb', para(q.correct)),
		feedback('general_incorrect_fb', para(q.incorrect))
	);
	return {
		type: 'numerical_question',
		answerIds: [ident(q.id, 'answer')],
		presentation: {
			material: stem,
			response_str: {
				'@_ident': 'response1',
				'@_rcardinality': 'Single',
				render_fib: { '@_fibtype': 'Decimal', response_label: { '@_ident': 'answer1' } }
			}
		},
		conditions: [
			generalFb,
			{
				'@_continue': 'No',
				conditionvar: {
					or: {
						varequal: varequal('response1', q.answer),
						and: {
							vargte: varequal('response1', q.answer - q.tolerance),
							varlte: varequal('response1', q.answer + q.tolerance)
						}
					}
				},
				setvar: { '@_action': 'Set', '@_varname': 'SCORE', '#text': '100' },
				displayfeedback: show('correct_fb')
			},
			incorrectFb
		],
		feedbacks
	};
}

export function shortBody(
	q: Extract<LmsQuestion, { kind: 'short' }>,
	{ stem, generalFb, feedbacks }: BodyStart
): ItemBody {
	feedbacks.push(
		feedback('correct_fb', para(q.correct)),
		feedback('general_incorrect_fb', para(q.incorrect))
	);
	const full = q.answers.filter((a) => a.weight === 100);
	return {
		type: 'short_answer_question',
		answerIds: full.map((a) => ident(q.id, a.text)),
		presentation: {
			material: stem,
			response_str: {
				'@_ident': 'response1',
				'@_rcardinality': 'Single',
				render_fib: { response_label: { '@_ident': 'answer1', '@_rshuffle': 'No' } }
			}
		},
		conditions: [
			generalFb,
			{
				'@_continue': 'No',
				conditionvar: { varequal: full.map((a) => varequal('response1', a.text)) },
				setvar: { '@_action': 'Set', '@_varname': 'SCORE', '#text': '100' },
				displayfeedback: show('correct_fb')
			},
			incorrectFb
		],
		feedbacks
	};
}

export function essayBody({ stem, generalFb, feedbacks }: BodyStart): ItemBody {
	return {
		type: 'essay_question',
		answerIds: [],
		presentation: {
			material: stem,
			response_str: {
				'@_ident': 'response1',
				'@_rcardinality': 'Single',
				render_fib: { response_label: { '@_ident': 'answer1', '@_rshuffle': 'No' } }
			}
		},
		conditions: [generalFb, { '@_continue': 'No', conditionvar: { other: '' } }],
		feedbacks
	};
}
