import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { MODULE, lessonFiles } from './fixtures/lessons';
import { edit, problems } from './fixtures/problems';

describe('modules on valid content', () => {
	const c = buildContent(lessonFiles());
	it('computes module minutes from the steps and keeps step order', () => {
		const m = c.modules[0]!;
		expect(m.steps.map((s) => (s.kind === 'lesson' ? s.slug : s.id))).toEqual([
			'test-lesson',
			'test-lesson-2'
		]);
		expect(m.minutes).toBe(20);
	});
});

describe('the content check rejects a bad module', () => {
	it('an unknown lesson or quiz step', () => {
		const out = problems(
			edit(
				MODULE,
				'  - lesson: test-lesson-2\n',
				'  - lesson: nowhere\n  - quiz: no-such-quiz\n    minutes: 10\n'
			)
		).join('\n');
		expect(out).toMatch(new RegExp(`${MODULE}:\\d+ steps\\[1\\]\\.lesson: unknown lesson "nowhere"`));
		expect(out).toMatch(/steps\[2\]\.quiz: unknown quiz "no-such-quiz"/);
	});
	it('declared minutes that do not match the steps', () => {
		const out = problems(edit(MODULE, 'grade_band: 9-12\n', 'grade_band: 9-12\nminutes: 90\n'));
		expect(out.join('\n')).toMatch(/minutes: the steps add up to 20 minutes, not 90/);
	});
	it('a module with no objectives', () => {
		expect(
			problems(edit(MODULE, /objectives:\n {2}- Finish the lesson.\n/, 'objectives: []\n')).join('\n')
		).toMatch(/objectives: expected at least one objective/);
	});
});
