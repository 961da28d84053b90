/**
 * The XML pieces every QTI file shares: fast-xml-parser's builder (it escapes text and attributes), QTI
 * identifiers from our ids, and the small nodes Canvas's own export uses (material, metadata fields,
 * feedback and the conditions that show it).
 */
import { XMLBuilder } from 'fast-xml-parser';
import { esc } from '../lms/text';

export type Node = Record<string, unknown>;

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	indentBy: '  ',
	suppressEmptyNode: true
});
export const xml = (root: Node) => `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root)}`;

/** A QTI identifier from our ids: letters, digits, _ and - only, not starting with a digit. */
export const ident = (...parts: string[]) => `sb_${parts.join('_').replace(/[^A-Za-z0-9_-]/g, '_')}`;

const html = (s: string) => ({ '@_texttype': 'text/html', '#text': s });
export const material = (s: string) => ({ mattext: html(s) });
export const field = (label: string, entry: string | number) => ({
	fieldlabel: label,
	fieldentry: String(entry)
});
export const para = (s: string) => `<p>${esc(s)}</p>`;
export const feedback = (id: string, s: string) => ({ '@_ident': id, flow_mat: { material: material(s) } });
export const show = (id: string) => ({ '@_feedbacktype': 'Response', '@_linkrefid': id });
export const varequal = (resp: string, value: string | number) => ({
	'@_respident': resp,
	'#text': String(value)
});

/** What an item's XML needs from its question type: presentation, response processing and feedback. */
export interface ItemBody {
	type: string;
	answerIds: string[];
	presentation: Node;
	conditions: Node[];
	feedbacks: Node[];
}

/** What every question type starts from: the stem's material, the general feedback and its condition. */
export interface BodyStart {
	stem: Node;
	generalFb: Node;
	feedbacks: Node[];
}
