import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { lessonFiles, SID } from './fixtures/lessons';
import { lessonCards, lessonView } from './lesson-views';

const c = buildContent(lessonFiles());

describe('lessonView', () => {
	it('collects exactly the data the lesson body places, with links', () => {
		const v = lessonView(c, 'test-lesson')!;
		expect(Object.keys(v.figures)).toEqual(['t-killed']);
		expect(v.figures['t-killed']?.href).toBe(`/sources/${SID}#fig-t-killed`);
		expect(v.refs['events:2025-11-21']).toMatchObject({
			date: '2025-11-21',
			claimant: 'FAA',
			href: '/reference#events-2025-11-21'
		});
		expect(v.passages['900/p03']).toEqual({
			href: `/sources/${SID}#p03`,
			sourceTitle: 'Test article',
			paragraph: 'p03'
		});
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
		expect(lessonView(c, 'test-lesson-2')?.prerequisites).toEqual([
			{ slug: 'test-lesson', title: 'A test lesson', href: '/lessons/test-lesson' }
		]);
	});
});

describe('lesson list', () => {
	it('lesson cards link to the lesson pages', () => {
		expect(lessonCards(c).map((l) => l.href)).toEqual(['/lessons/test-lesson', '/lessons/test-lesson-2']);
	});
});
