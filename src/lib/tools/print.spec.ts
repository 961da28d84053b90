import { describe, expect, it } from 'vitest';
import { content } from '$lib/content';
import { quizView } from '$lib/quiz/view';
import * as fx from '$lib/quiz/fixtures';
import {
	keyLines,
	numericKey,
	paperCategories,
	paperChoices,
	paperEntries,
	paperOptions,
	pdfHref,
	pdfsFor
} from './print';
import { exportQuizIds } from './exports';

// built once, outside the timed tests (it validates every content file)
const c = content();

describe('items on paper', () => {
	it('letters options in a fixed shuffled order, the same every time', () => {
		const a = paperOptions(fx.multiple);
		expect(a.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
		expect(new Set(a.map((o) => o.id))).toEqual(new Set(['a', 'b', 'c', 'd']));
		expect(paperOptions(fx.multiple)).toEqual(a);
	});
	it('never prints an ordering task in its answer order', () => {
		expect(paperEntries(fx.order).map((e) => e.id)).not.toEqual(fx.order.entries.map((e) => e.id));
	});
	it('does not always put the right answer first across the bank', () => {
		const singles = c.quizzes.flatMap((q) => quizView(c, q.id)!.items).filter((i) => i.type === 'single');
		const firstRight = singles.filter((i) => paperOptions(i)[0]!.correct).length;
		expect(firstRight).toBeLessThan(singles.length);
	});
});

describe('keyLines', () => {
	it('names the right options by the letters printed on the sheet', () => {
		const letters = paperOptions(fx.multiple)
			.filter((o) => o.correct)
			.map((o) => `${o.letter}. ${o.text}`);
		expect(keyLines(fx.multiple)).toEqual(letters);
	});
	it('gives the order by the sheet’s letters', () => {
		const paper = paperEntries(fx.order);
		expect(keyLines(fx.order)).toEqual(
			fx.order.entries.map((e, i) => `${i + 1}. ${paper.find((p) => p.id === e.id)!.letter}. ${e.text}`)
		);
	});
	it('gives matches and categories by letter', () => {
		const x = paperChoices(fx.match).find((c) => c.id === 'x')!;
		expect(keyLines(fx.match)[0]).toBe(`one → ${x.letter}. X`);
		const cats = paperCategories(fx.categorize);
		expect(keyLines(fx.categorize)[1]).toBe(`2. ${cats[1]!.letter}. ${cats[1]!.text}`);
	});
	it('states numeric ranges and dates', () => {
		expect(numericKey(fx.numeric)).toBe('69 %; 67 to 71 accepted; 64 to 74 half credit');
		expect(keyLines(fx.numericDate)).toEqual(['2025-10-28; accepted within 1 days either side']);
	});
	it('states the rating with part credit, and the pick with its reasons', () => {
		expect(keyLines(fx.rate)).toEqual([
			'A. Reliable for this question',
			'Part credit (0.5) for B. Partly reliable: check further'
		]);
		expect(keyLines(fx.compare)[1]).toMatch(/^Reasons: [A-F](, [A-F])*$/);
	});
});

describe('PDF addresses and manifest', () => {
	it('maps print pages to PDF files', () => {
		expect(pdfHref('/print/quizzes/numbers', 'a4')).toBe('/pdf/quizzes/numbers.a4.pdf');
		expect(pdfHref('/print/modules/full-unit/key', 'letter')).toBe('/pdf/modules/full-unit-key.letter.pdf');
		expect(pdfHref('/print/../etc', 'a4')).toBeUndefined();
	});
	it('reads only well-formed entries from the manifest', () => {
		const m = {
			pages: {
				'/print/quizzes/x': {
					a4: { href: '/pdf/quizzes/x.a4.pdf', pages: 3, bytes: 9 },
					letter: { href: 'http://evil/x.pdf', pages: 3 }
				}
			}
		};
		expect(pdfsFor(m, '/print/quizzes/x')).toEqual([{ size: 'a4', href: '/pdf/quizzes/x.a4.pdf', pages: 3 }]);
		expect(pdfsFor(undefined, '/print/quizzes/x')).toEqual([]);
		expect(pdfsFor({ pages: 'no' }, '/print/quizzes/x')).toEqual([]);
	});
});

describe('exportQuizIds', () => {
	it('gives a quiz alone, a module’s quizzes in order, and nothing for unknown ids', () => {
		const m = c.modules[0]!;
		expect(exportQuizIds(c, 'quizzes', c.quizzes[0]!.id)).toEqual([c.quizzes[0]!.id]);
		expect(exportQuizIds(c, 'modules', m.id)).toEqual(
			m.steps.flatMap((s) => (s.kind === 'quiz' ? [s.id] : []))
		);
		expect(exportQuizIds(c, 'quizzes', 'nope')).toBeUndefined();
		expect(exportQuizIds(c, 'modules', 'nope')).toBeUndefined();
	});
});
