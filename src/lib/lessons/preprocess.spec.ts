import { describe, expect, it } from 'vitest';
import { headingId, isLessonFile, lessonComponents, prepareLesson, remarkHeadingIds } from './preprocess.js';
import { lessonTags } from '$lib/content/lessons';

const components = import.meta.glob('./tags/*.svelte');

describe('the lesson preprocessor', () => {
	it('recognises lesson files only', () => {
		expect(isLessonFile('/work/main/content/lessons/what-happened.md')).toBe(true);
		expect(isLessonFile('C:\\site\\content\\lessons\\a.md')).toBe(true);
		expect(isLessonFile('/work/main/src/routes/about.md')).toBe(false);
		expect(isLessonFile(undefined)).toBe(false);
	});
	it('blanks the frontmatter, keeping the line count, and adds the component imports', () => {
		const out = prepareLesson('---\ntitle: x\nminutes: 9\n---\n## Hello\n');
		const [first, ...rest] = out.split('\n');
		expect(first).toMatch(/^<script>import Chart from '\$lib\/lessons\/tags\/Chart\.svelte';.*<\/script>$/);
		expect(rest.join('\n')).toBe('\n\n\n## Hello\n');
		expect(out.split('\n')).toHaveLength('---\ntitle: x\nminutes: 9\n---\n## Hello\n'.split('\n').length);
		expect(out).not.toContain('title: x');
	});
	it('imports exactly the tags the content check accepts, and each has a component', () => {
		expect([...lessonComponents].sort()).toEqual(Object.keys(lessonTags).sort());
		for (const name of lessonComponents) expect(components[`./tags/${name}.svelte`], name).toBeDefined();
	});
});

describe('section ids', () => {
	it('makes stable, unique ids from heading text', () => {
		const seen = new Map<string, number>();
		expect(headingId('Two ways to count', seen)).toBe('sec-two-ways-to-count');
		expect(headingId('Who’s who?', seen)).toBe('sec-who-s-who');
		expect(headingId('Two ways to count', seen)).toBe('sec-two-ways-to-count-2');
		expect(headingId('¿Qué pasó?', seen)).toBe('sec-que-paso');
	});
	it('gives level-2 headings their id in the Markdown tree', () => {
		const tree = {
			type: 'root',
			children: [
				{
					type: 'heading',
					depth: 2,
					children: [
						{ type: 'text', value: 'Where ' },
						{ type: 'emphasis', children: [{ type: 'text', value: 'it' }] }
					]
				},
				{ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Sub' }] }
			]
		};
		remarkHeadingIds()(tree);
		expect((tree.children[0] as { data?: { hProperties?: { id?: string } } }).data?.hProperties?.id).toBe(
			'sec-where-it'
		);
		expect((tree.children[1] as { data?: unknown }).data).toBeUndefined();
	});
});
