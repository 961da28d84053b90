import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { content } from '$lib/content';
import { quizView } from '$lib/quiz/view';
import * as fx from '$lib/quiz/fixtures';
import type { QuizView } from '$lib/quiz/view';
import { lmsQuiz } from './lms';
import { assessmentXml, ident, qtiFiles, qtiZip } from './qti';

// built once, outside the timed tests (it validates every content file)
const c = content();

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	isArray: (name) =>
		[
			'item',
			'response_label',
			'response_lid',
			'respcondition',
			'varequal',
			'qtimetadatafield',
			'itemfeedback',
			'resource'
		].includes(name)
});
const origin = 'https://example.org';
const quiz = (items: QuizView['items']): QuizView => ({
	id: 'fx',
	title: 'Fixtures & <tests>',
	summary: 's',
	standards: [],
	items
});

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const items = (xml: string): Obj[] => parser.parse(xml).questestinterop.assessment.section.item;
const meta = (item: Obj, label: string) =>
	item.itemmetadata.qtimetadata.qtimetadatafield.find((f: Obj) => f.fieldlabel === label)?.fieldentry;
const text = (v: Obj | string) => (typeof v === 'string' ? v : v['#text']);
/** the ids a response processing gives SCORE 100 for */
const fullScore = (item: Obj) =>
	item.resprocessing.respcondition
		.filter((r: Obj) => r.setvar && text(r.setvar) === '100')
		.flatMap((r: Obj) => (r.conditionvar.varequal ?? r.conditionvar.and?.varequal ?? []).map(text));

describe('assessment XML', () => {
	const xml = assessmentXml(
		lmsQuiz(quiz([fx.single, fx.multiple, fx.trueFalse, fx.match, fx.numeric, fx.rate]), 'qti', origin)
	);
	it('is well-formed and escapes text', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(parser.parse(xml).questestinterop.assessment['@_title']).toBe('Fixtures & <tests>');
	});
	it('marks each question with the Canvas question type', () => {
		expect(items(xml).map((i) => meta(i, 'question_type'))).toEqual([
			'multiple_choice_question',
			'multiple_answers_question',
			'true_false_question',
			'matching_question',
			'numerical_question',
			'multiple_choice_question',
			'essay_question'
		]);
	});
	it('scores the right answers', () => {
		const [single, multiple, tf] = items(xml);
		expect(fullScore(single!)).toEqual([ident('t-01', 'a')]);
		expect(fullScore(multiple!)).toEqual([ident('t-02', 'a'), ident('t-02', 'b')]);
		const falseLabel = tf!.presentation.response_lid[0].render_choice.response_label.find(
			(l: Obj) => l.material.mattext['#text'] === 'False'
		);
		expect(fullScore(tf!)).toEqual([falseLabel['@_ident']]);
	});
	it('gives matching one scored condition per pair, pointing at the right answer text', () => {
		const m = items(xml)[3]!;
		const lids = m.presentation.response_lid;
		const adds = m.resprocessing.respcondition.filter((r: Obj) => r.setvar?.['@_action'] === 'Add');
		expect(adds).toHaveLength(4);
		const answerText = (i: number) => {
			const chosen = text(adds[i].conditionvar.varequal[0]);
			return lids[i].render_choice.response_label.find((l: Obj) => l['@_ident'] === chosen).material.mattext[
				'#text'
			];
		};
		expect([0, 1, 2, 3].map(answerText)).toEqual(['X', 'Y', 'Z', 'X']);
	});
	it('accepts the numeric answer within its tolerance', () => {
		const n = items(xml)[4]!;
		const cond = n.resprocessing.respcondition.find((r: Obj) => r.setvar);
		expect(text(cond.conditionvar.or.varequal[0])).toBe('69');
		expect(text(cond.conditionvar.or.and.vargte)).toBe('67');
		expect(text(cond.conditionvar.or.and.varlte)).toBe('71');
	});
	it('carries per-answer and general feedback', () => {
		const single = items(xml)[0]!;
		const fbs = single.itemfeedback.map((f: Obj) => [f['@_ident'], f.flow_mat.material.mattext['#text']]);
		expect(fbs).toContainEqual([`${ident('t-01', 'b')}_fb`, '<p>fb b</p>']);
		expect(fbs.find(([id]: string[]) => id === 'general_fb')[1]).toContain('r Read it in context');
	});
});

describe('the package', () => {
	const quizzes = c.quizzes.slice(0, 2).map((q) => lmsQuiz(quizView(c, q.id)!, 'qti', origin));
	it('lists each assessment and its meta file in the manifest, and every listed file exists', () => {
		const files = qtiFiles('pkg', 'Title', quizzes, '2026-01-01');
		const manifest = parser.parse(files['imsmanifest.xml']!).manifest;
		const hrefs = manifest.resources.resource.map((r: Obj) => r.file['@_href']);
		expect(hrefs).toHaveLength(4);
		for (const h of hrefs) expect(files[h], h).toBeDefined();
		for (const [path, body] of Object.entries(files))
			if (path.endsWith('.xml')) expect(XMLValidator.validate(body), path).toBe(true);
		expect(files['notes.txt']).toContain(quizzes[0]!.title);
	});
	it('zips to the same bytes for the same content', async () => {
		const a = await qtiZip('pkg', 'Title', quizzes, '2026-01-01');
		const b = await qtiZip('pkg', 'Title', quizzes, '2026-01-01');
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
		const zip = await JSZip.loadAsync(a);
		expect(Object.keys(zip.files)).toContain('imsmanifest.xml');
	});
});
