/**
 * Modules (content/modules/*.yaml): ordered steps, each a checked lesson or a known quiz, with the module's
 * minutes computed from its steps (a declared total must agree) and its words in the site's own voice.
 * Teachers assign these (`content().modules`).
 */
import { parseYaml, validate, type Path } from './parse';
import { base, under, type Collector, type ContentFiles } from './collector';
import { moduleFile, type KnownIds, type Lesson, type Module, type ModuleStep } from './lesson-schema';
import { checkVoice } from './voice';

export function loadModules(
	c: Collector,
	files: ContentFiles,
	lessons: Map<string, Lesson>,
	known: KnownIds
): Module[] {
	const modules: Module[] = [];
	for (const path of under(files, 'content/modules/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		const m = doc && c.try(() => validate(moduleFile, doc));
		if (!doc || !m) continue;
		const steps: ModuleStep[] = [];
		const seen = new Set<string>();
		m.steps.forEach((s, i) => {
			const line = doc.lineOf(['steps', i]);
			const key = 'lesson' in s ? `lesson:${s.lesson}` : `quiz:${s.quiz}`;
			if (seen.has(key)) c.add(path, ['steps', i], `${key} appears twice`, line);
			seen.add(key);
			if ('lesson' in s) {
				const l = lessons.get(s.lesson);
				if (!l) c.add(path, ['steps', i, 'lesson'], `unknown lesson "${s.lesson}"`, line);
				else steps.push({ kind: 'lesson', slug: s.lesson, minutes: l.minutes });
			} else {
				if (!known.quiz(s.quiz)) c.add(path, ['steps', i, 'quiz'], `unknown quiz "${s.quiz}"`, line);
				else steps.push({ kind: 'quiz', id: s.quiz, minutes: s.minutes });
			}
		});
		const minutes = steps.reduce((n, s) => n + s.minutes, 0);
		if (m.minutes !== undefined && m.minutes !== minutes)
			c.add(
				path,
				['minutes'],
				`the steps add up to ${minutes} minutes, not ${m.minutes}`,
				doc.lineOf(['minutes'])
			);
		checkVoice(
			c,
			path,
			[
				[['title'], m.title],
				[['summary'], m.summary],
				...m.objectives.map((o, i): [Path, string] => [['objectives', i], o])
			],
			(f) => doc.lineOf(f)
		);
		const { minutes: _declared, steps: _in, ...rest } = m;
		modules.push({ id: base(path), ...rest, steps, minutes });
	}
	return modules.sort((a, b) => a.order - b.order);
}
