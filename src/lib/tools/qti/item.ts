/**
 * One question as a QTI item: Canvas's metadata (question_type, points_possible, original_answer_ids),
 * the presentation and response processing of its type (choice.ts, fib.ts) and its feedback, starting
 * with the general feedback (general_fb: the rationale and a link back) that every answer shows.
 */
import { esc, stemHtml } from '../lms/text';
import type { LmsQuestion } from '../lms/types';
import { choiceBody, matchingBody } from './choice';
import { essayBody, numericalBody, shortBody } from './fib';
import { feedback, field, ident, material, para, show, type ItemBody, type Node } from './xml';

/** The presentation, response processing and feedback of one question. */
function body(q: LmsQuestion): ItemBody {
	const stem = material(stemHtml(q.stem));
	const general = `${para(q.general)}${q.href ? `<p><a href="${esc(q.href)}">${esc(q.href)}</a></p>` : ''}`;
	const generalFb = { '@_continue': 'Yes', conditionvar: { other: '' }, displayfeedback: show('general_fb') };
	const start = { stem, generalFb, feedbacks: [feedback('general_fb', general)] as Node[] };
	switch (q.kind) {
		case 'mc':
		case 'ma':
		case 'tf':
			return choiceBody(q, start);
		case 'matching':
			return matchingBody(q, start);
		case 'numerical':
			return numericalBody(q, start);
		case 'short':
			return shortBody(q, start);
		case 'essay':
			return essayBody(start);
	}
}

export function itemXml(q: LmsQuestion): Node {
	const b = body(q);
	return {
		'@_ident': ident(q.id),
		'@_title': q.title,
		itemmetadata: {
			qtimetadata: {
				qtimetadatafield: [
					field('question_type', b.type),
					field('points_possible', q.points.toFixed(1)),
					field('original_answer_ids', b.answerIds.join(',')),
					field('assessment_question_identifierref', ident(q.id, 'ref'))
				]
			}
		},
		presentation: b.presentation,
		resprocessing: {
			outcomes: {
				decvar: { '@_maxvalue': '100', '@_minvalue': '0', '@_varname': 'SCORE', '@_vartype': 'Decimal' }
			},
			respcondition: b.conditions
		},
		itemfeedback: b.feedbacks
	};
}
