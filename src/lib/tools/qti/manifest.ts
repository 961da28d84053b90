/**
 * The package-level files of a QTI package: imsmanifest.xml (each quiz's assessment and its
 * assessment_meta.xml as resources) and notes.txt (what each LMS keeps and drops, then every item that
 * changed and how).
 */
import { t } from '$lib/i18n';
import { noteLines } from '../lms/text';
import type { LmsQuiz } from '../lms/types';
import { ident, xml } from './xml';

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
