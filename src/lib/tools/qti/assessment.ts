/**
 * One quiz's two files in a QTI package: the assessment (questestinterop, one item per question) and
 * Canvas's assessment_meta.xml (title, description with the conversion notes, points, attempts).
 */
import { t } from '$lib/i18n';
import { esc, noteLines } from '../lms/text';
import type { LmsQuiz } from '../lms/types';
import { itemXml } from './item';
import { field, ident, para, xml } from './xml';

/** The description Canvas shows on the quiz: its summary, a link back, and the conversion notes. */
export function description(quiz: LmsQuiz): string {
	const notes = noteLines(quiz.notes);
	return [
		para(quiz.summary),
		`<p>${esc(t('tools.export.fromSite'))} <a href="${esc(quiz.href)}">${esc(quiz.href)}</a></p>`,
		notes.length
			? `<p>${esc(t('tools.export.notesHeading'))}</p><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`
			: ''
	].join('');
}

export function assessmentXml(quiz: LmsQuiz): string {
	return xml({
		questestinterop: {
			'@_xmlns': 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation':
				'http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd',
			assessment: {
				'@_ident': ident(quiz.id),
				'@_title': quiz.title,
				qtimetadata: { qtimetadatafield: [field('cc_maxattempts', 'unlimited')] },
				section: { '@_ident': 'root_section', item: quiz.questions.map(itemXml) }
			}
		}
	});
}

/** Canvas's quiz settings file (title, description, points): without it Canvas still imports, with defaults. */
export function assessmentMetaXml(quiz: LmsQuiz): string {
	const points = quiz.questions.reduce((s, q) => s + q.points, 0);
	return xml({
		quiz: {
			'@_identifier': ident(quiz.id),
			'@_xmlns': 'http://canvas.instructure.com/xsd/cccv1p0',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation':
				'http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd',
			title: quiz.title,
			description: description(quiz),
			shuffle_answers: 'true',
			scoring_policy: 'keep_highest',
			quiz_type: 'assignment',
			points_possible: points.toFixed(1),
			show_correct_answers: 'true',
			allowed_attempts: '-1',
			one_question_at_a_time: 'false',
			cant_go_back: 'false',
			available: 'false',
			assignment: {
				'@_identifier': ident(quiz.id, 'assignment'),
				title: quiz.title,
				workflow_state: 'unpublished',
				quiz_identifierref: ident(quiz.id),
				points_possible: points.toFixed(1),
				grading_type: 'points',
				submission_types: 'online_quiz'
			}
		}
	});
}
