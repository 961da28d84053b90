/**
 * The quiz bank loader: content/quizzes/<id>.yaml → validated quizzes. Beyond the schema
 * (src/lib/quiz/schema.ts) it refuses anything that does not exist: a passage (source, paragraph,
 * exact quote), figure, claim note or record row an item points at; an answer that is not among the
 * options; a "mark the words" phrase that is not in its paragraph; an order entry or match answer
 * that is not in its list; a numeric estimate that asks about deaths. Every problem names file, line, field.
 */
import { parseYaml, validate, type Path } from './parse';
import { Collector, base, under, type ContentFiles } from './collector';
import type { ClaimNote, Figure, Source } from './schema';
import {
	asksForDeathToll,
	defaultCategories,
	quizFile,
	type Item,
	type Pointer,
	type QuizFile
} from '../quiz/schema';

export interface QuizLookup {
	source(id: string): Source | undefined;
	figure(id: string): Figure | undefined;
	claim(id: string): ClaimNote | undefined;
	hasRef(ref: string): boolean;
}

/** Why a pointer does not resolve, or undefined when it does. */
export function pointerProblem(p: Pointer, look: QuizLookup): string | undefined {
	const forms = [
		p.source !== undefined || p.paragraph !== undefined || p.quote !== undefined,
		!!p.figure,
		!!p.claim,
		!!p.ref
	];
	if (forms.filter(Boolean).length !== 1)
		return 'expected exactly one of: source + paragraph (+ quote), figure, claim, ref';
	if (p.figure) return look.figure(p.figure) ? undefined : `unknown figure id "${p.figure}"`;
	if (p.claim) return look.claim(p.claim) ? undefined : `unknown claim note id "${p.claim}"`;
	if (p.ref) return look.hasRef(p.ref) ? undefined : `unknown reference row "${p.ref}"`;
	if (!p.source || !p.paragraph) return 'expected both source and paragraph';
	const s = look.source(p.source);
	if (!s) return `unknown source id "${p.source}"`;
	const para = s.paragraphs.find((x) => x.id === p.paragraph);
	if (!para) return `no paragraph "${p.paragraph}" in source ${p.source}`;
	if (p.quote !== undefined && !para.text.includes(p.quote))
		return `quote "${p.quote}" not found verbatim in ${p.source} ${p.paragraph}`;
	return undefined;
}

const dupes = (ids: string[]) => ids.filter((x, i) => ids.indexOf(x) !== i);

export function loadQuizzes(c: Collector, files: ContentFiles, look: QuizLookup): QuizFile[] {
	const quizzes: QuizFile[] = [];
	const itemIds = new Map<string, string>();
	for (const path of under(files, 'content/quizzes/', '.yaml')) {
		const doc = c.try(() => parseYaml(path, files[path]!));
		const q = doc && c.try(() => validate(quizFile, doc));
		if (!doc || !q) continue;
		if (q.id !== base(path))
			c.add(path, ['id'], `expected "${base(path)}" (the file name), got "${q.id}"`, doc.lineOf(['id']));
		const before = c.issues.length;
		q.items.forEach((it, i) => {
			const add = (field: Path, message: string) =>
				c.add(path, ['items', i, ...field], message, doc.lineOf(['items', i, ...field]));
			if (itemIds.has(it.id)) add(['id'], `duplicate item id "${it.id}" (also in ${itemIds.get(it.id)})`);
			itemIds.set(it.id, path);
			checkItem(it, add, look);
		});
		if (c.issues.length === before) quizzes.push(q);
	}
	return quizzes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function checkItem(it: Item, add: (field: Path, message: string) => void, look: QuizLookup) {
	const ptr = (p: Pointer | undefined, field: Path) => {
		const problem = p && pointerProblem(p, look);
		if (problem) add(field, problem);
	};
	it.passages.forEach((p, j) => ptr(p, ['passages', j]));
	ptr(it.cite, ['cite']);
	const own =
		it.type === 'mark' ||
		it.type === 'compare' ||
		(it.type === 'categorize' && it.statements.every((s) => s.cite || (s.source && s.paragraph)));
	if (!own && !it.passages.length && !it.cite)
		add(['passages'], 'expected a passage or a cite for the feedback to point at');
	const unique = (ids: string[], field: string) =>
		dupes(ids).forEach((d) => add([field], `duplicate id "${d}"`));

	switch (it.type) {
		case 'single':
		case 'multiple': {
			unique(
				it.options.map((o) => o.id),
				'options'
			);
			it.options.forEach((o, j) => ptr(o.cite, ['options', j, 'cite']));
			const right = it.options.filter((o) => o.correct).length;
			if (it.type === 'single' && right !== 1)
				add(['options'], `expected exactly one option with correct: true, found ${right}`);
			if (it.type === 'multiple' && (right < 1 || right === it.options.length))
				add(['options'], 'expected at least one correct and one incorrect option');
			break;
		}
		case 'truefalse':
			if (it.answer === 'cannot-tell' && !it.offer_cannot_tell)
				add(['answer'], '"cannot-tell" is the answer but offer_cannot_tell is false');
			if (it.offer_cannot_tell && !it.feedback['cannot-tell'])
				add(['feedback', 'cannot-tell'], 'missing (cannot-tell is offered)');
			break;
		case 'mark': {
			const problem = pointerProblem(it.passage, look);
			if (problem) {
				add(['passage'], problem);
				break;
			}
			const text = look
				.source(it.passage.source)!
				.paragraphs.find((p) => p.id === it.passage.paragraph)!.text;
			const spans: [number, number, string][] = [];
			for (const field of ['targets', 'decoys'] as const)
				it[field].forEach((x, j) => {
					const at = text.indexOf(x.quote);
					if (at === -1)
						add(
							[field, j, 'quote'],
							`"${x.quote}" is not a phrase in ${it.passage.source} ${it.passage.paragraph}`
						);
					else if (text.indexOf(x.quote, at + 1) !== -1)
						add([field, j, 'quote'], `"${x.quote}" occurs more than once in the paragraph: quote more words`);
					else {
						const clash = spans.find(([s, e]) => at < e && at + x.quote.length > s);
						if (clash) add([field, j, 'quote'], `"${x.quote}" overlaps "${clash[2]}"`);
						spans.push([at, at + x.quote.length, x.quote]);
					}
				});
			break;
		}
		case 'order':
			unique(
				it.entries.map((e) => e.id),
				'entries'
			);
			it.entries.forEach((e, j) => ptr(e.cite, ['entries', j, 'cite']));
			break;
		case 'match': {
			unique(
				it.pairs.map((p) => p.id),
				'pairs'
			);
			unique(
				it.choices.map((x) => x.id),
				'choices'
			);
			const ids = new Set(it.choices.map((x) => x.id));
			it.pairs.forEach((p, j) => {
				if (!ids.has(p.answer)) add(['pairs', j, 'answer'], `"${p.answer}" is not among the choices`);
				ptr(p.cite, ['pairs', j, 'cite']);
			});
			break;
		}
		case 'numeric': {
			const isDate = it.measure === 'date';
			if (isDate !== (typeof it.answer === 'string'))
				add(
					['answer'],
					isDate ? 'expected a date written YYYY-MM-DD' : `expected a number (measure ${it.measure})`
				);
			if (it.measure === 'percent' && typeof it.answer === 'number' && (it.answer < 0 || it.answer > 100))
				add(['answer'], 'expected a percentage from 0 to 100');
			if (it.near !== undefined && it.near <= it.tolerance)
				add(['near'], 'expected near to be wider than tolerance');
			if (asksForDeathToll(it.measure, it.prompt))
				add(
					['prompt'],
					'numeric estimates never ask for a number of deaths (dates, years, days, percentages and counts of sources only)'
				);
			break;
		}
		case 'categorize': {
			const cats = it.categories?.map((x) => x.id) ?? [...defaultCategories];
			unique(cats, 'categories');
			unique(
				it.statements.map((s) => s.id),
				'statements'
			);
			it.statements.forEach((s, j) => {
				const quoted = s.source !== undefined || s.paragraph !== undefined || s.quote !== undefined;
				if (quoted === (s.text !== undefined))
					add(['statements', j], 'expected either text, or source + paragraph + quote');
				else if (quoted) {
					if (s.quote === undefined)
						add(['statements', j, 'quote'], 'missing (a quoted statement needs its exact words)');
					const problem = pointerProblem({ source: s.source, paragraph: s.paragraph, quote: s.quote }, look);
					if (problem) add(['statements', j], problem);
				}
				if (!cats.includes(s.category))
					add(['statements', j, 'category'], `"${s.category}" is not one of: ${cats.join(', ')}`);
				ptr(s.cite, ['statements', j, 'cite']);
			});
			break;
		}
		case 'rate':
			dupes(it.rubric.map((r) => r.criterion)).forEach((d) =>
				add(['rubric'], `criterion "${d}" appears twice`)
			);
			if (it.partial[it.answer] !== undefined)
				add(['partial', it.answer], 'the answer itself gets full credit: remove it from partial');
			break;
		case 'compare':
			ptr(it.sources.a.pointer, ['sources', 'a', 'pointer']);
			ptr(it.sources.b.pointer, ['sources', 'b', 'pointer']);
			if (it.answer === 'equal' && !it.offer_equal)
				add(['answer'], '"equal" is the answer but offer_equal is false');
			if (it.offer_equal && !it.feedback.equal) add(['feedback', 'equal'], 'missing (equal is offered)');
			unique(
				it.reasons.map((o) => o.id),
				'reasons'
			);
			it.reasons.forEach((o, j) => ptr(o.cite, ['reasons', j, 'cite']));
			if (!it.reasons.some((o) => o.correct))
				add(['reasons'], 'expected at least one reason with correct: true');
			break;
	}
}
