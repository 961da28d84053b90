/**
 * A Svelte preprocessor for lesson files (content/lessons/*.md), run before mdsvex (see svelte.config.js).
 * It removes the YAML frontmatter, which the content loader validates and serves to the page (left in,
 * mdsvex would also emit it as a deprecated `<script context="module">`), keeping the line count so that
 * compiler messages point at the right line, and it adds the imports of the lesson components, so that
 * a lesson file holds only Markdown and tags such as `<Chart id="deaths-over-time" />`.
 * Plain JavaScript: svelte.config.js imports it directly.
 */

/** The components a lesson may place (src/lib/lessons/tags/<Name>.svelte). Keep in step with lessonTags in src/lib/content/lessons.ts. */
export const lessonComponents = [
	'Chart',
	'Fig',
	'Quote',
	'Item',
	'Term',
	'Check',
	'Discuss',
	'Teacher',
	'Facts',
	'Known',
	'Disputed',
	'Later',
	'Said',
	'Row'
];

/** True for a lesson file path (either separator). */
export const isLessonFile = (/** @type {string | undefined} */ filename) =>
	!!filename && /[/\\]content[/\\]lessons[/\\][^/\\]+\.md$/.test(filename);

/**
 * The lesson file as mdsvex should see it: frontmatter blanked, imports added on the first line.
 * @param {string} source
 */
export function prepareLesson(source) {
	const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(source);
	const body = fm ? fm[0].replace(/[^\n]/g, '') + source.slice(fm[0].length) : source;
	const imports = lessonComponents.map((n) => `import ${n} from '$lib/lessons/tags/${n}.svelte';`).join(' ');
	return `<script>${imports}</script>${body}`;
}

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function lessonPreprocess() {
	return {
		name: 'sourcebook-lessons',
		markup({ content, filename }) {
			if (!isLessonFile(filename)) return;
			return { code: prepareLesson(content) };
		}
	};
}

/**
 * The id of a lesson section heading, from its text: "Two ways to count" → "sec-two-ways-to-count".
 * Shared by the remark plugin below (ids in the page) and the content loader (the lesson's contents list).
 * @param {string} text
 * @param {Map<string, number>} seen ids used so far in the lesson (a repeat gets -2, -3 …)
 */
export function headingId(text, seen) {
	const base =
		'sec-' +
		(text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'section');
	const n = (seen.get(base) ?? 0) + 1;
	seen.set(base, n);
	return n === 1 ? base : `${base}-${n}`;
}

/**
 * A remark plugin: give each level-2 heading of a lesson an id (headingId), so a section can be linked,
 * listed in the lesson's contents and remembered as the reader's place.
 */
export function remarkHeadingIds() {
	/** @param {any} node @returns {string} */
	const text = (node) =>
		node.type === 'text' || node.type === 'inlineCode'
			? node.value
			: (node.children ?? []).map(text).join('');
	/** @param {any} tree */
	return (tree) => {
		const seen = new Map();
		for (const node of tree.children ?? []) {
			if (node.type !== 'heading' || node.depth !== 2) continue;
			node.data = {
				...node.data,
				hProperties: { ...node.data?.hProperties, id: headingId(text(node), seen) }
			};
		}
	};
}
