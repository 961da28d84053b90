import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { lessonFiles } from './fixtures/lessons';
import { glossaryView } from './glossary-views';

const c = buildContent(lessonFiles());

describe('glossary view', () => {
	it('glossary: sorted by term, with where each is used and its related terms', () => {
		const g = glossaryView(c);
		expect(g.map((x) => x.id)).toEqual(['alleged', 'attribution']);
		expect(g[0]?.usedIn.map((u) => u.href)).toEqual(['/lessons/test-lesson', '/lessons/test-lesson-2']);
		expect(g[0]?.seeAlso).toEqual([{ id: 'attribution', term: 'attribution', anchor: 'term-attribution' }]);
	});
});
