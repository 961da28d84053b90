import { describe, expect, it } from 'vitest';
import {
	codeProblems,
	innerTexts,
	loadedTermHits,
	measure,
	scanTags,
	sentences,
	stripQuotes,
	studentProse,
	textBlocks
} from './lesson-text';

describe('scanTags', () => {
	it('finds tags with attributes, kinds and lines, skipping comments', () => {
		const body =
			'One <Fig id="a-1" /> two.\n<!-- <Chart id="hidden" /> -->\n<Check q="Why?">\nBecause.\n</Check>';
		const tags = scanTags(body);
		expect(tags.map((t) => [t.name, t.kind, t.line, t.attrs])).toEqual([
			['Fig', 'self', 1, { id: 'a-1' }],
			['Check', 'open', 3, { q: 'Why?' }],
			['Check', 'close', 5, {}]
		]);
	});
});

describe('codeProblems', () => {
	it('flags braces, scripts, styles and svelte elements with their lines', () => {
		const out = codeProblems(
			'Fine.\nA {value} here.\n<script>x</script>\n<style>p{}</style>\n<svelte:head />'
		);
		expect(out.map((p) => p.line)).toEqual([2, 2, 3, 4, 4, 4, 5]);
	});
	it('accepts plain Markdown with tags', () => {
		expect(codeProblems('## Title\n\nText with <Term id="x">a term</Term>.\n')).toEqual([]);
	});
});

describe('stripQuotes and sentences', () => {
	it('removes curly, straight and single quotes but keeps apostrophes', () => {
		expect(stripQuotes('He said “go now” and "stop". It’s ‘fine’ here.')).toBe('He said and. It’s here.');
	});
	it('does not split sentences at U.S. or initials', () => {
		expect(sentences('The U.S. Navy sent ships. Then J. R. Smith left.')).toEqual([
			'The US Navy sent ships.',
			'Then J R Smith left.'
		]);
	});
});

describe('what counts as student prose', () => {
	const body = [
		'## A heading that is not prose',
		'',
		'Plain words here.',
		'',
		'> A blockquote is a quote.',
		'',
		'He said “quoted words” today.',
		'',
		'<Check q="What is the question?">',
		'',
		'The answer.',
		'',
		'</Check>',
		'',
		'<Teacher>',
		'',
		'Teacher words only.',
		'',
		'</Teacher>',
		'',
		'The paper wrote <Said s="004" p="p05">words from the article</Said> once.',
		'- a list item without a stop'
	].join('\n');
	it('keeps paragraphs, list items and quick-check questions; drops headings, quotes and teacher notes', () => {
		const prose = studentProse(body);
		expect(prose).toContain('Plain words here.');
		expect(prose).toContain('What is the question?');
		expect(prose).toContain('The answer.');
		expect(prose).toContain('a list item without a stop.');
		expect(prose).not.toMatch(/heading|blockquote|quoted words|Teacher words|words from the article/);
	});
	it('keeps teacher notes and headings in the voice check', () => {
		const blocks = textBlocks(body, { teacher: true, headings: true });
		expect(blocks.find((b) => b.text === 'Teacher words only.')?.line).toBe(17);
		expect(blocks[0]).toEqual({ text: 'A heading that is not prose', line: 1 });
	});
	it('reads the inner text of prompts', () => {
		expect(innerTexts('<Discuss>\n\nWhy **this**?\n\n</Discuss>', 'Discuss')).toEqual([
			{ text: 'Why this?', line: 1 }
		]);
	});
});

describe('measure (Flesch–Kincaid through text-readability)', () => {
	it('scores short plain sentences well below long technical ones', () => {
		const plain = measure(
			'The boat was hit. Eleven people died. The count came from the army. No one else checked it.'
		);
		const dense = measure(
			'Notwithstanding considerable congressional apprehension, the administration’s characterisation of extraterritorial counternarcotics operations necessitated unprecedented constitutional reinterpretation.'
		);
		expect(plain.grade).toBeLessThan(5);
		expect(dense.grade).toBeGreaterThan(15);
		expect(plain.sentences).toBe(4);
	});
	it('names the longest sentence', () => {
		expect(measure('Short one. This sentence is clearly the longest of them all here.').longest[0]).toBe(
			'This sentence is clearly the longest of them all here.'
		);
	});
});

describe('loadedTermHits', () => {
	it('flags loaded terms in the site’s own voice', () => {
		expect(
			loadedTermHits('The regime hid the drug boats. The cartel runs the ports.').map((h) => h.term)
		).toEqual(['regime', 'drug boats (without "alleged")', 'cartel']);
	});
	it('accepts them quoted, attributed, or qualified', () => {
		expect(loadedTermHits('Rubio called it a “narco-state”.')).toEqual([]);
		expect(loadedTermHits('The U.S. government calls them narco-terrorists.')).toEqual([]);
		expect(loadedTermHits('Critics say the strikes are murder.')).toEqual([]);
		expect(loadedTermHits('The U.S. struck alleged drug boats.')).toEqual([]);
	});
	it('treats the names of U.S. legal lists as names', () => {
		expect(
			loadedTermHits('The group was put on the list of Foreign Terrorist Organizations in November.')
		).toEqual([]);
		expect(loadedTermHits('The group are terrorists.').map((h) => h.term)).toEqual(['terrorists']);
	});
	it('checks each sentence on its own', () => {
		expect(loadedTermHits('Officials said it was over. The regime fell.').map((h) => h.sentence)).toEqual([
			'The regime fell.'
		]);
	});
});
