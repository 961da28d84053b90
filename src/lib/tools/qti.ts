/**
 * QTI 1.2 packages as Canvas imports them ("Import existing content" → "QTI .zip file"): imsmanifest.xml,
 * and for each quiz a folder with the assessment (questestinterop) and Canvas's assessment_meta.xml.
 * Question types and the metadata Canvas reads (question_type, points_possible, original_answer_ids),
 * response processing and feedback ids (general_fb, correct_fb, general_incorrect_fb, <answer>_fb) follow
 * Canvas's own QTI export. XML is written with fast-xml-parser's builder (it escapes), the zip with JSZip.
 */
import JSZip from 'jszip';
import { XMLBuilder } from 'fast-xml-parser';
import { t } from '$lib/i18n';
import { esc, noteLines, stemHtml, type LmsChoice, type LmsQuestion, type LmsQuiz } from './lms';

type Node = Record<string, unknown>;

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	indentBy: '  ',
	suppressEmptyNode: true
});
const xml = (root: Node) => `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root)}`;

/** A QTI identifier from our ids: letters, digits, _ and - only, not starting with a digit. */
export const ident = (...parts: string[]) => `sb_${parts.join('_').replace(/[^A-Za-z0-9_-]/g, '_')}`;

const html = (s: string) => ({ '@_texttype': 'text/html', '#text': s });
const material = (s: string) => ({ mattext: html(s) });
const field = (label: string, entry: string | number) => ({ fieldlabel: label, fieldentry: String(entry) });
const para = (s: string) => `<p>${esc(s)}</p>`;
const feedback = (id: string, s: string) => ({ '@_ident': id, flow_mat: { material: material(s) } });
const show = (id: string) => ({ '@_feedbacktype': 'Response', '@_linkrefid': id });
const varequal = (resp: string, value: string | number) => ({ '@_respident': resp, '#text': String(value) });

function choiceIds(q: LmsQuestion & { choices: LmsChoice[] }) {
	return q.choices.map((c) => ({ ...c, ident: ident(q.id, c.id) }));
}

/** The presentation, response processing and feedback of one question. */
function body(q: LmsQuestion): {
	type: string;
	answerIds: string[];
	presentation: Node;
	conditions: Node[];
	feedbacks: Node[];
} {
	const stem = material(stemHtml(q.stem));
	const general = `${para(q.general)}${q.href ? `<p><a href="${esc(q.href)}">${esc(q.href)}</a></p>` : ''}`;
	const generalFb = { '@_continue': 'Yes', conditionvar: { other: '' }, displayfeedback: show('general_fb') };
	const feedbacks: Node[] = [feedback('general_fb', general)];
	switch (q.kind) {
		case 'mc':
		case 'ma':
		case 'tf': {
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
		case 'matching': {
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
		case 'numerical': {
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
					{ '@_continue': 'Yes', conditionvar: { other: '' }, displayfeedback: show('general_incorrect_fb') }
				],
				feedbacks
			};
		}
		case 'short': {
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
					{ '@_continue': 'Yes', conditionvar: { other: '' }, displayfeedback: show('general_incorrect_fb') }
				],
				feedbacks
			};
		}
		case 'essay':
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

export function manifestXml(packageId: string, title: string, quizzes: LmsQuiz[], date: string): string {
	const resources = quizzes.flatMap((q) => [
		{
			'@_identifier': ident(q.id),
			'@_type': 'imsqti_xmlv1p2',
			file: { '@_href': `${ident(q.id)}/${ident(q.id)}.xml` },
			dependency: { '@_identifierref': ident(q.id, 'meta') }
		},
		{
			'@_identifier': ident(q.id, 'meta'),
			'@_type': 'associatedcontent/imscc_xmlv1p1/learning-application-resource',
			'@_href': `${ident(q.id)}/assessment_meta.xml`,
			file: { '@_href': `${ident(q.id)}/assessment_meta.xml` }
		}
	]);
	return xml({
		manifest: {
			'@_identifier': ident(packageId, 'manifest'),
			'@_xmlns': 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
			'@_xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_v1p2',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation':
				'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd',
			metadata: {
				schema: 'IMS Content',
				schemaversion: '1.1.3',
				'imsmd:lom': {
					'imsmd:general': { 'imsmd:title': { 'imsmd:string': title } },
					'imsmd:lifeCycle': { 'imsmd:contribute': { 'imsmd:date': { 'imsmd:dateTime': date } } }
				}
			},
			organizations: '',
			resources: { resource: resources }
		}
	});
}

/** notes.txt: what each LMS keeps and drops, then every item that changed and how. */
export function notesText(title: string, quizzes: LmsQuiz[]): string {
	const lines = [title, '', t('tools.export.qtiKeeps'), '', t('tools.export.notesHeading')];
	for (const q of quizzes) {
		const n = noteLines(q.notes);
		lines.push(
			'',
			`${q.title} (${q.href})`,
			...(n.length ? n.map((l) => `- ${l}`) : [`- ${t('tools.export.noNotes')}`])
		);
	}
	return `${lines.join('\n')}\n`;
}

/** The files of a QTI package, by path in the zip. */
export function qtiFiles(
	packageId: string,
	title: string,
	quizzes: LmsQuiz[],
	date: string
): Record<string, string> {
	const files: Record<string, string> = {
		'imsmanifest.xml': manifestXml(packageId, title, quizzes, date),
		'notes.txt': notesText(title, quizzes)
	};
	for (const q of quizzes) {
		files[`${ident(q.id)}/${ident(q.id)}.xml`] = assessmentXml(q);
		files[`${ident(q.id)}/assessment_meta.xml`] = assessmentMetaXml(q);
	}
	return files;
}

/** The zip, with a fixed date on every entry so the same content gives the same bytes. */
export async function qtiZip(
	packageId: string,
	title: string,
	quizzes: LmsQuiz[],
	date: string
): Promise<Uint8Array> {
	const zip = new JSZip();
	const when = new Date(`${date}T00:00:00Z`);
	for (const [path, text] of Object.entries(qtiFiles(packageId, title, quizzes, date)))
		zip.file(path, text, { date: when, createFolders: false });
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
