/**
 * QTI 1.2 packages as Canvas imports them ("Import existing content" → "QTI .zip file"): imsmanifest.xml,
 * and for each quiz a folder with the assessment (questestinterop) and Canvas's assessment_meta.xml.
 * Question types and the metadata Canvas reads (question_type, points_possible, original_answer_ids),
 * response processing and feedback ids (general_fb, correct_fb, general_incorrect_fb, <answer>_fb) follow
 * Canvas's own QTI export. XML is written with fast-xml-parser's builder (it escapes), the zip with JSZip.
 *
 * This is the entry other modules import: the package's files and the zip. The pieces are in qti/: shared
 * XML nodes (xml.ts), one item (item.ts) with its body per response type (choice.ts, fib.ts), a quiz's
 * assessment and meta files (assessment.ts), the manifest and notes.txt (manifest.ts).
 */
import JSZip from 'jszip';
import type { LmsQuiz } from './lms';
import { assessmentMetaXml, assessmentXml } from './qti/assessment';
import { manifestXml, notesText } from './qti/manifest';
import { ident } from './qti/xml';

export { assessmentMetaXml, assessmentXml, description } from './qti/assessment';
export { itemXml } from './qti/item';
export { manifestXml, notesText } from './qti/manifest';
export { ident } from './qti/xml';

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
