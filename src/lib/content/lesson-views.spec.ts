import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { lessonFiles, SID } from './fixtures/lessons';
import { glossaryView, lessonCards, lessonView, moduleCards, moduleNavs, moduleView } from './lesson-views';

const c = buildContent(lessonFiles());

describe('lessonView', () => {
	it('collects exactly the data the lesson body places, with links', () => {
		const v = lessonView(c, 'test-lesson')!;
		expect(Object.keys(v.figures)).toEqual(['t-killed']);
		expect(v.figures['t-killed']?.href).toBe(`/sources/${SID}#fig-t-killed`);
		expect(v.refs['events:2025-11-21']).toMatchObject({ date: '2025-11-21', claimant: 'FAA', href: '/reference#events-2025-11-21' });
		expect(v.passages['900/p03']).toEqual({ href: `/sources/${SID}#p03`, sourceTitle: 'Test article', paragraph: 'p03' });
		expect(Object.keys(v.terms)).toEqual(['alleged']);
		expect(v.vocabulary.map((t) => t.term)).toEqual(['alleged']);
		expect(v.standards.map((s) => s.code)).toEqual(['CCSS RH.9-10.6']);
		expect(v.lesson).not.toHaveProperty('file');
	});
	it('is undefined for an unknown slug', () => {
		expect(lessonView(c, 'nope')).toBeUndefined();
	});
	it('asks the other domains for chart and item views, leaving null where they have none', () => {
		const withItem = buildContent({ ...lessonFiles() });
		withItem.lessons[0]!.uses.items.push('x-1');
		withItem.lessons[0]!.uses.charts.push('same-story');
		const v = lessonView(withItem, 'test-lesson', { item: (id) => ({ id }), chart: () => undefined });
		expect(v?.items).toEqual({ 'x-1': { id: 'x-1' } });
		expect(v?.charts).toEqual({ 'same-story': null });
	});
	it('lists the prerequisites with titles', () => {
		expect(lessonView(c, 'test-lesson-2')?.prerequisites).toEqual([{ slug: 'test-lesson', title: 'A test lesson', href: '/lessons/test-lesson' }]);
	});
});

describe('previous and next inside modules', () => {
	const files = lessonFiles();
	files['content/modules/second.yaml'] = files['content/modules/test-module.yaml']!
		.replace('title: A test module', 'title: Backwards')
		.replace('order: 1', 'order: 2')
		.replace('  - lesson: test-lesson\n  - lesson: test-lesson-2\n', '  - lesson: test-lesson-2\n  - lesson: test-lesson\n');
	const c2 = buildContent(files);
	it('gives each module containing the lesson its own position, previous and next', () => {
		const navs = moduleNavs(c2, 'test-lesson');
		expect(navs.map((n) => [n.id, n.position, n.total, n.prev?.id, n.next?.id])).toEqual([
			['test-module', 1, 2, undefined, 'test-lesson-2'],
			['second', 2, 2, 'test-lesson-2', undefined]
		]);
		expect(navs[0]?.next).toEqual({ kind: 'lesson', id: 'test-lesson-2', title: 'A second lesson', href: '/lessons/test-lesson-2', minutes: 10 });
	});
	it('links quiz steps to the quiz page with its title from the quiz domain', () => {
		const m = c2.modules[0]!;
		m.steps.splice(1, 0, { kind: 'quiz', id: 'q1', minutes: 12 });
		const navs = moduleNavs(c2, 'test-lesson', { quizTitle: (id) => (id === 'q1' ? 'Quiz one' : undefined) });
		expect(navs[0]?.next).toEqual({ kind: 'quiz', id: 'q1', title: 'Quiz one', href: '/quizzes/q1', minutes: 12 });
	});
});

describe('module, list and glossary views', () => {
	it('module view: steps with summaries, merged advisories and standards', () => {
		const v = moduleView(c, 'test-module')!;
		expect(v.steps.map((s) => s.title)).toEqual(['A test lesson', 'A second lesson']);
		expect(v.steps[0]?.summary).toBe('What the test gazette reported, and who said so.');
		expect(v.advisory).toEqual(['deaths']);
		expect(v.standards.map((s) => s.code)).toEqual(['CCSS RH.9-10.6']);
		expect(moduleView(c, 'nope')).toBeUndefined();
	});
	it('cards count lessons and quizzes', () => {
		expect(moduleCards(c)[0]).toMatchObject({ id: 'test-module', lessonCount: 2, quizCount: 0, minutes: 20, href: '/modules/test-module' });
		expect(lessonCards(c).map((l) => l.href)).toEqual(['/lessons/test-lesson', '/lessons/test-lesson-2']);
	});
	it('glossary: sorted by term, with where each is used and its related terms', () => {
		const g = glossaryView(c);
		expect(g.map((x) => x.id)).toEqual(['alleged', 'attribution']);
		expect(g[0]?.usedIn.map((u) => u.href)).toEqual(['/lessons/test-lesson', '/lessons/test-lesson-2']);
		expect(g[0]?.seeAlso).toEqual([{ id: 'attribution', term: 'attribution', anchor: 'term-attribution' }]);
	});
});
