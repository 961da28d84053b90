import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { lessonFiles } from './fixtures/lessons';
import { edit, problems } from './fixtures/problems';

describe('the glossary on valid content', () => {
	const c = buildContent(lessonFiles());
	it('works out where each glossary term is used', () => {
		expect(c.glossary.find((t) => t.id === 'alleged')?.usedIn).toEqual(['test-lesson', 'test-lesson-2']);
		expect(c.glossary.find((t) => t.id === 'attribution')?.usedIn).toEqual([]);
	});
});

describe('the content check rejects a bad glossary', () => {
	it('a loaded term in a glossary definition', () => {
		const out = problems(
			edit('content/glossary.yaml', 'Saying who a claim comes from.', 'What the regime never does.')
		);
		expect(out.join('\n')).toMatch(/content\/glossary\.yaml:\d+ terms\[1\]\.definition: "regime"/);
	});
	it('a duplicate term id, and a "see also" naming no term, at their lines', () => {
		const files = edit(
			'content/glossary.yaml',
			'see_also: [attribution]',
			'see_also: [attribution, nowhere]'
		);
		files['content/glossary.yaml'] = files['content/glossary.yaml']!.replace(
			'id: attribution',
			'id: alleged'
		);
		const out = problems(files);
		expect(out).toContain('content/glossary.yaml:5 terms[0].see_also[1]: unknown term "nowhere"');
		expect(out).toContain('content/glossary.yaml:6 terms[1].id: duplicate term id "alleged"');
	});
});
