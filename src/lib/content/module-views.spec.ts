import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { lessonFiles } from './fixtures/lessons';
import { moduleCards, moduleNavs, moduleView } from './module-views';

const c = buildContent(lessonFiles());

describe('previous and next inside modules', () => {
	const files = lessonFiles();
	files['content/modules/second.yaml'] = files['content/modules/test-module.yaml']!.replace(
		'title: A test module',
		'title: Backwards'
	)
		.replace('order: 1', 'order: 2')
		.replace(
			'  - lesson: test-lesson\n  - lesson: test-lesson-2\n',
			'  - lesson: test-lesson-2\n  - lesson: test-lesson\n'
		);
	const c2 = buildContent(files);
	it('gives each module containing the lesson its own position, previous and next', () => {
		const navs = moduleNavs(c2, 'test-lesson');
		expect(navs.map((n) => [n.id, n.position, n.total, n.prev?.id, n.next?.id])).toEqual([
			['test-module', 1, 2, undefined, 'test-lesson-2'],
			['second', 2, 2, 'test-lesson-2', undefined]
		]);
		expect(navs[0]?.next).toEqual({
			kind: 'lesson',
			id: 'test-lesson-2',
			title: 'A second lesson',
			href: '/lessons/test-lesson-2',
			minutes: 10
		});
	});
	it('links quiz steps to the quiz page with its title from the quiz domain', () => {
		const m = c2.modules[0]!;
		m.steps.splice(1, 0, { kind: 'quiz', id: 'q1', minutes: 12 });
		const navs = moduleNavs(c2, 'test-lesson', { quizTitle: (id) => (id === 'q1' ? 'Quiz one' : undefined) });
		expect(navs[0]?.next).toEqual({
			kind: 'quiz',
			id: 'q1',
			title: 'Quiz one',
			href: '/quizzes/q1',
			minutes: 12
		});
	});
});

describe('module and module list views', () => {
	it('module view: steps with summaries, merged advisories and standards', () => {
		const v = moduleView(c, 'test-module')!;
		expect(v.steps.map((s) => s.title)).toEqual(['A test lesson', 'A second lesson']);
		expect(v.steps[0]?.summary).toBe('What the test gazette reported, and who said so.');
		expect(v.advisory).toEqual(['deaths']);
		expect(v.standards.map((s) => s.code)).toEqual(['CCSS RH.9-10.6']);
		expect(moduleView(c, 'nope')).toBeUndefined();
	});
	it('cards count lessons and quizzes', () => {
		expect(moduleCards(c)[0]).toMatchObject({
			id: 'test-module',
			lessonCount: 2,
			quizCount: 0,
			minutes: 20,
			href: '/modules/test-module'
		});
	});
});
