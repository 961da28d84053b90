/**
 * npm run check:content — validate everything under content/ and print what was checked,
 * or every problem with its file, line and field (exit code 1).
 */
import { content } from '../src/lib/content/index';
import { ContentError } from '../src/lib/content/parse';

try {
	const c = content();
	const items = c.quizzes.reduce((n, q) => n + q.items.length, 0);
	console.log(
		`content ok: ${c.sources.length} sources, ${c.figures.length} figures, ${c.excluded.length} exclusions, ` +
			`${c.claims.length} claim notes, ${c.reference.byRef.size} reference rows, ` +
			`${c.quizzes.length} quizzes (${items} items), ${c.lessons.length} lessons, ${c.modules.length} modules, ` +
			`${c.glossary.length} glossary terms, ${c.charts.definitions.length} charts (${c.charts.snapshots.length} snapshots)`
	);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
