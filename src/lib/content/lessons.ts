/**
 * The lessons domain of the content loader: lessons (content/lessons/*.md, mdsvex with YAML frontmatter),
 * modules (content/modules/*.yaml), the glossary (content/glossary.yaml) and the list of teaching standards
 * (content/standards.yaml). This file reads them in order and checks what spans lessons (prerequisites,
 * unique order); the parts are beside it: schemas and types in lesson-schema.ts, one lesson's checks in
 * lesson-check.ts (its tags in lesson-tags.ts), modules.ts, glossary.ts, and the site's-own-voice rule in
 * voice.ts. Every problem goes to the Collector with file, line and field.
 */
import { parseFrontmatter, parseYaml, validate, type Located } from './parse';
import { base, under, type Collector, type ContentFiles } from './collector';
import {
	lessonFrontmatter,
	standardsFile,
	type KnownIds,
	type Lesson,
	type LessonContent,
	type Standard
} from './lesson-schema';
import { checkLesson } from './lesson-check';
import { glossaryUsage, loadGlossary } from './glossary';
import { loadModules } from './modules';

export * from './lesson-schema';
export { lessonTags } from './lesson-tags';
export { sectionsOf } from './lesson-check';

export function buildLessons(c: Collector, files: ContentFiles, known: KnownIds): LessonContent {
	const standards = loadStandards(c, files);
	const standardCodes = new Set(standards.map((s) => s.code));
	const glossaryDoc = loadGlossary(c, files);
	const termIds = new Set(glossaryDoc.terms.map((t) => t.id));

	const lessons: Lesson[] = [];
	const docs = new Map<string, Located & { body: string; bodyLine: number }>();
	for (const path of under(files, 'content/lessons/', '.md')) {
		const doc = c.try(() => parseFrontmatter(path, files[path]!));
		if (!doc) continue;
		const fm = c.try(() => validate(lessonFrontmatter, doc));
		if (!fm) continue;
		const bodyLine = files[path]!.slice(0, files[path]!.length - doc.body.length).split('\n').length;
		docs.set(base(path), { ...doc, bodyLine });
		lessons.push(
			checkLesson(c, path, doc, bodyLine, fm, { ...known, term: (id) => termIds.has(id) }, standardCodes)
		);
	}
	const slugs = new Set(lessons.map((l) => l.slug));
	const orders = new Map<number, string>();
	for (const l of lessons) {
		const doc = docs.get(l.slug)!;
		l.prerequisites.forEach((p, i) => {
			if (!slugs.has(p) || p === l.slug)
				c.add(l.file, ['prerequisites', i], `unknown lesson "${p}"`, doc.lineOf(['prerequisites', i]));
		});
		if (orders.has(l.order))
			c.add(
				l.file,
				['order'],
				`order ${l.order} is also used by ${orders.get(l.order)}`,
				doc.lineOf(['order'])
			);
		orders.set(l.order, l.slug);
	}
	lessons.sort((a, b) => a.order - b.order);

	const modules = loadModules(c, files, new Map(lessons.map((l) => [l.slug, l])), known);
	const glossary = glossaryUsage(c, glossaryDoc, lessons);
	return { lessons, modules, glossary, standards };
}

function loadStandards(c: Collector, files: ContentFiles): Standard[] {
	const path = 'content/standards.yaml';
	if (files[path] === undefined) return [];
	const doc = c.try(() => parseYaml(path, files[path]!));
	const sf = doc && c.try(() => validate(standardsFile, doc));
	if (!doc || !sf) return [];
	const seen = new Set<string>();
	sf.standards.forEach((s, i) => {
		if (seen.has(s.code))
			c.add(
				path,
				['standards', i, 'code'],
				`duplicate code "${s.code}"`,
				doc.lineOf(['standards', i, 'code'])
			);
		seen.add(s.code);
	});
	return sf.standards;
}
