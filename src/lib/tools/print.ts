/**
 * Worksheets and answer keys: items as they go on paper (options in a fixed shuffled order with letters,
 * so the right answer is not always first and the key's letters match the sheet), the key's lines, and the
 * addresses of print pages and their PDFs. Pure; no DOM, no content loading. Safe in the browser.
 */
import { t, type MessageKey } from '$lib/i18n';
import { hash, shuffle } from '$lib/quiz/shuffle';
import type { ItemView } from '$lib/quiz/view';

export type PrintKind = 'quizzes' | 'lessons' | 'modules';
export type PaperSize = 'a4' | 'letter';
export const paperSizes: PaperSize[] = ['a4', 'letter'];

export const letter = (i: number) => String.fromCharCode(65 + i);

export interface Lettered {
	letter: string;
	id: string;
	text: string;
	correct: boolean;
	feedback?: string;
}

const seed = (item: { id: string }, part = '') => hash(`print:${item.id}:${part}`);

function lettered<T extends { id: string; text: string; correct?: boolean; feedback?: string }>(
	list: readonly T[],
	s?: number,
	moveAll = false
): Lettered[] {
	const order = s === undefined ? [...list] : shuffle(list, s, moveAll);
	return order.map((o, i) => ({
		letter: letter(i),
		id: o.id,
		text: o.text,
		correct: o.correct ?? false,
		...(o.feedback ? { feedback: o.feedback } : {})
	}));
}

/** Options of a single or multiple choice item (and a comparison's reasons), shuffled once for paper. */
export function paperOptions(item: ItemView): Lettered[] {
	if (item.type === 'single' || item.type === 'multiple') return lettered(item.options, seed(item));
	if (item.type === 'compare') return lettered(item.reasons, seed(item, 'reasons'));
	return [];
}

/** The entries of an ordering item in an order that is never the answer. */
export function paperEntries(item: ItemView): Lettered[] {
	return item.type === 'order' ? lettered(item.entries, seed(item), true) : [];
}

/** The choices of a matching item, shuffled, with letters. */
export function paperChoices(item: ItemView): Lettered[] {
	return item.type === 'match' ? lettered(item.choices, seed(item)) : [];
}

const categoryLabel = (c: { id: string; label?: string }) =>
	c.label ?? t(`quiz.category.${c.id}` as MessageKey);

/** The categories of a sorting item, lettered in their own order. */
export function paperCategories(item: ItemView): Lettered[] {
	return item.type === 'categorize'
		? lettered(item.categories.map((c) => ({ id: c.id, text: categoryLabel(c) })))
		: [];
}

export const levels = ['reliable', 'mixed', 'unreliable', 'cannot-tell'] as const;

/** The choices for a rating, a comparison's pick or a true/false statement, in their fixed order. */
export function paperPicks(item: ItemView): Lettered[] {
	if (item.type === 'truefalse')
		return lettered(
			item.choices.map((c) => ({ id: c, text: t(`quiz.tf.${c}`), correct: c === item.answer }))
		);
	if (item.type === 'rate')
		return lettered(levels.map((l) => ({ id: l, text: t(`quiz.level.${l}`), correct: l === item.answer })));
	if (item.type === 'compare')
		return lettered(
			item.choices.map((c) => ({
				id: c,
				text:
					c === 'a'
						? t('quiz.compare.a', { label: item.sides.a.label })
						: c === 'b'
							? t('quiz.compare.b', { label: item.sides.b.label })
							: t(`quiz.compare.${c}`),
				correct: c === item.answer
			}))
		);
	return [];
}

const fmt = (n: number) => new Intl.NumberFormat('en').format(n);

/** "69 (68 to 70 accepted; 66 to 72 half credit)" */
export function numericKey(item: Extract<ItemView, { type: 'numeric' }>): string {
	const unit = item.unit ? ` ${item.unit}` : '';
	if (typeof item.answer === 'string') {
		const tol = item.tolerance ? t('tools.key.withinDays', { n: item.tolerance }) : '';
		const near = item.near ? t('tools.key.nearDays', { n: item.near }) : '';
		return [item.answer, tol, near].filter(Boolean).join('; ');
	}
	const a = item.answer;
	const range = (d: number) => t('tools.key.range', { low: fmt(a - d), high: fmt(a + d) });
	const parts = [
		`${fmt(a)}${unit}`,
		item.tolerance ? t('tools.key.accepted', { range: range(item.tolerance) }) : '',
		item.near ? t('tools.key.half', { range: range(item.near) }) : ''
	];
	return parts.filter(Boolean).join('; ');
}

/** The key of one item as lines of text, with letters that match the worksheet. */
export function keyLines(item: ItemView): string[] {
	const at = (list: Lettered[], id: string) => list.find((x) => x.id === id);
	const show = (x?: Lettered) => (x ? `${x.letter}. ${x.text}` : '');
	switch (item.type) {
		case 'single':
		case 'multiple':
			return paperOptions(item)
				.filter((o) => o.correct)
				.map(show);
		case 'truefalse':
			return [show(paperPicks(item).find((p) => p.correct))];
		case 'mark':
			return item.targets.map((x) => `“${x.quote}”`);
		case 'order': {
			const paper = paperEntries(item);
			return item.entries.map((e, i) => `${i + 1}. ${show(at(paper, e.id))}`);
		}
		case 'match': {
			const paper = paperChoices(item);
			return item.pairs.map((p) => `${p.prompt} → ${show(at(paper, p.answer))}`);
		}
		case 'numeric':
			return [numericKey(item)];
		case 'categorize': {
			const cats = paperCategories(item);
			return item.statements.map((s, i) => `${i + 1}. ${show(at(cats, s.category))}`);
		}
		case 'rate': {
			const picks = paperPicks(item);
			const partial = Object.entries(item.partial).map(([l, v]) =>
				t('tools.key.partial', { choice: show(at(picks, l)), credit: v ?? 0 })
			);
			return [show(picks.find((p) => p.correct)), ...partial];
		}
		case 'compare':
			return [
				show(paperPicks(item).find((p) => p.correct)),
				t('tools.key.reasons', {
					list: paperOptions(item)
						.filter((o) => o.correct)
						.map((o) => o.letter)
						.join(', ')
				})
			];
	}
}

/** How many ruled lines a written answer gets on the worksheet. */
export const writeLines = { justification: 5, why: 3, check: 3, discuss: 4, exit: 3 } as const;

// ---------------------------------------------------------------- addresses

export const printHref = (kind: PrintKind, id: string, key = false) =>
	`/print/${kind}/${id}${key ? '/key' : ''}`;

/** Where build:pdf writes the PDF of a print page: /print/quizzes/x/key → /pdf/quizzes/x-key.a4.pdf */
export function pdfHref(printPath: string, size: PaperSize): string | undefined {
	const m = /^\/print\/(quizzes|lessons|modules)\/([a-z0-9-]+)(\/key)?$/.exec(printPath);
	return m ? `/pdf/${m[1]}/${m[2]}${m[3] ? '-key' : ''}.${size}.pdf` : undefined;
}

export const PDF_MANIFEST = '/pdf/manifest.json';

/** The manifest build:pdf writes: for each print page, its PDFs by paper size and page counts. */
export interface PdfManifest {
	generated: string;
	pages: Record<string, Partial<Record<PaperSize, { href: string; pages: number; bytes: number }>>>;
}

/** The PDFs listed for one print page, or [] if the manifest is missing or malformed. */
export function pdfsFor(
	manifest: unknown,
	printPath: string
): { size: PaperSize; href: string; pages: number }[] {
	if (!manifest || typeof manifest !== 'object') return [];
	const entry = (manifest as Partial<PdfManifest>).pages?.[printPath];
	if (!entry || typeof entry !== 'object') return [];
	return paperSizes.flatMap((size) => {
		const f = entry[size];
		return f &&
			typeof f.href === 'string' &&
			f.href.startsWith('/pdf/') &&
			typeof f.pages === 'number' &&
			f.pages > 0
			? [{ size, href: f.href, pages: f.pages }]
			: [];
	});
}
