/**
 * Quiz items → questions an LMS can hold. Canvas (QTI 1.2) and Moodle (GIFT) know multiple choice,
 * multiple answers, true/false, matching, numerical, short answer and essay; the bank has ten item types.
 * Each item becomes the nearest question(s) an LMS can represent, and every change is written down as a
 * note that travels inside the export (a comment in GIFT, notes.txt and the quiz description in QTI).
 *
 * Pure: from a QuizView (quiz/view.ts, which carries the key) to plain data. The two writers (qti.ts,
 * gift.ts) only format it. Partial credit is kept where the target can hold it (GIFT weights) and noted
 * where it cannot (Canvas classic quizzes: one right answer set per question).
 */
import { t, type MessageKey } from '$lib/i18n';
import type { ItemType } from '$lib/quiz/schema';
import type { CiteView, ItemView, PassageView, QuizView } from '$lib/quiz/view';

export type LmsTarget = 'qti' | 'gift';

/** A passage shown with a question: the paragraph with the quoted words picked out, and where it is from. */
export interface LmsPassage {
	label?: string;
	before: string;
	quote: string;
	after: string;
	from: string;
	href?: string;
}

export interface LmsStem {
	prompt: string;
	/** further lines under the prompt (a statement to judge, a hint on how to answer) */
	lines: string[];
	passages: LmsPassage[];
}

export interface LmsChoice {
	id: string;
	text: string;
	correct: boolean;
	/** credit in percent (100 for a right answer); partial credit where the item gives it */
	weight: number;
	feedback?: string;
}

interface Common {
	/** unique in the quiz: the item id, with a suffix for the second part of a split item */
	id: string;
	itemId: string;
	itemType: ItemType;
	title: string;
	stem: LmsStem;
	points: number;
	/** shown after answering, whatever the answer: the rationale and where to read more */
	general: string;
	href?: string;
}

export type LmsQuestion = Common &
	(
		| { kind: 'mc'; choices: LmsChoice[] }
		| { kind: 'ma'; choices: LmsChoice[] }
		| { kind: 'tf'; answer: boolean; feedbackTrue: string; feedbackFalse: string }
		| { kind: 'matching'; pairs: { id: string; prompt: string; answer: string }[]; distractors: string[] }
		| {
				kind: 'numerical';
				answer: number;
				tolerance: number;
				near?: number;
				correct: string;
				nearFeedback?: string;
				incorrect: string;
		  }
		| { kind: 'short'; answers: { text: string; weight: number }[]; correct: string; incorrect: string }
		| { kind: 'essay' }
	);

export type NoteAction = 'converted' | 'split' | 'simplified' | 'omitted';

/** What happened to one item on its way into an LMS, in words a teacher reads. */
export interface LmsNote {
	itemId: string;
	itemType: ItemType;
	action: NoteAction;
	text: string;
}

export interface LmsQuiz {
	id: string;
	title: string;
	summary: string;
	questions: LmsQuestion[];
	notes: LmsNote[];
	/** the quiz page on the site, absolute */
	href: string;
}

// ---------------------------------------------------------------- words

const tf = (c: 'true' | 'false' | 'cannot-tell') => t(`quiz.tf.${c}`);
const level = (l: string) => t(`quiz.level.${l}` as MessageKey);
const category = (id: string, label?: string) => label ?? t(`quiz.category.${id}` as MessageKey);

/** "Report: U.S. to launch…, paragraph p06" or "Reference record, 2025-11-15". */
export function citeText(c: CiteView | PassageView): string {
	if (c.kind === 'ref') return t('tools.lms.fromRecord', { ref: c.ref ?? '' });
	if (c.sourceTitle && c.paragraph)
		return t('tools.lms.fromSource', { source: c.sourceTitle, paragraph: c.paragraph });
	return c.sourceTitle ?? '';
}

const absolute = (origin: string, href: string) => (/^https?:/.test(href) ? href : `${origin}${href}`);

function passage(p: PassageView, origin: string, label?: string): LmsPassage {
	if (p.kind === 'ref') {
		const bits = [
			p.date ? t('quiz.passage.record', { date: p.date }) : citeText(p),
			p.claimant ? t('quiz.passage.claimant', { who: p.claimant }) : '',
			p.measure ? t('quiz.passage.measure', { what: p.measure }) : '',
			p.reporter ? t('quiz.passage.reporter', { who: p.reporter }) : ''
		].filter(Boolean);
		return {
			label,
			before: '',
			quote: p.quote,
			after: '',
			from: bits.join('. '),
			href: absolute(origin, p.href)
		};
	}
	return {
		label,
		before: p.before,
		quote: p.quote,
		after: p.after,
		from: citeText(p),
		href: absolute(origin, p.href)
	};
}

/** Percent weights that Moodle accepts for k right answers out of a multiple-answer question. */
export function shareOf(k: number): number {
	return Math.round((100 / k) * 100000) / 100000;
}

// ---------------------------------------------------------------- items

function note(
	it: ItemView,
	action: NoteAction,
	key: MessageKey,
	params?: Record<string, string | number>
): LmsNote {
	return { itemId: it.id, itemType: it.type, action, text: t(key, params) };
}

/** The questions for one item, and the notes on what changed. */
export function convertItem(
	it: ItemView,
	target: LmsTarget,
	origin: string
): { questions: LmsQuestion[]; notes: LmsNote[] } {
	const notes: LmsNote[] = [];
	const href = absolute(origin, it.cite.href);
	const readMore = t('tools.lms.readMore', { where: citeText(it.cite) });
	const base = {
		id: it.id,
		itemId: it.id,
		itemType: it.type,
		title: `${it.id}: ${it.objective}`,
		stem: { prompt: it.prompt, lines: [] as string[], passages: it.passages.map((p) => passage(p, origin)) },
		points: 1,
		general: `${it.rationale} ${readMore}`,
		href
	};
	const options = (
		list: { id: string; text: string; correct: boolean; feedback: string }[],
		k = list.filter((o) => o.correct).length
	) =>
		list.map((o) => ({
			id: o.id,
			text: o.text,
			correct: o.correct,
			weight: o.correct ? shareOf(k) : 0,
			feedback: o.feedback
		}));

	switch (it.type) {
		case 'single':
			return { questions: [{ ...base, kind: 'mc', choices: options(it.options, 1) }], notes };
		case 'multiple':
			return { questions: [{ ...base, kind: 'ma', choices: options(it.options) }], notes };
		case 'truefalse': {
			const stem = { ...base.stem, lines: [`${t('quiz.tf.statement')}: ${it.statement}`] };
			if (it.choices.length === 2)
				return {
					questions: [
						{
							...base,
							stem,
							kind: 'tf',
							answer: it.answer === 'true',
							feedbackTrue: it.feedback.true ?? '',
							feedbackFalse: it.feedback.false ?? ''
						}
					],
					notes
				};
			notes.push(note(it, 'converted', 'tools.note.cannotTell'));
			const choices = it.choices.map((c) => ({
				id: c,
				text: tf(c),
				correct: c === it.answer,
				weight: c === it.answer ? 100 : 0,
				feedback: it.feedback[c]
			}));
			return { questions: [{ ...base, stem, kind: 'mc', choices }], notes };
		}
		case 'mark': {
			const p = passage(it.passage, origin);
			const stem = { ...base.stem, passages: [p, ...base.stem.passages.filter((x) => x.href !== p.href)] };
			if (!it.decoys.length) {
				notes.push(note(it, 'converted', 'tools.note.markEssay'));
				const key = it.targets.map((x) => `“${x.quote}”`).join('; ');
				return {
					questions: [
						{
							...base,
							stem: { ...stem, lines: [t('tools.lms.markWrite')] },
							kind: 'essay',
							general: `${t('tools.lms.key', { answer: key })} ${base.general}`
						}
					],
					notes
				};
			}
			notes.push(note(it, 'converted', 'tools.note.mark'));
			const phrases = [
				...it.targets.map((x) => ({ ...x, correct: true })),
				...it.decoys.map((x) => ({ ...x, correct: false }))
			].sort((a, b) => a.first - b.first);
			const k = it.targets.length;
			const choices = phrases.map((x, i) => ({
				id: `p${i + 1}`,
				text: `“${x.quote}”`,
				correct: x.correct,
				weight: x.correct ? shareOf(k) : 0,
				feedback: x.feedback
			}));
			return {
				questions: [{ ...base, stem: { ...stem, lines: [t('tools.lms.markChoose')] }, kind: 'ma', choices }],
				notes
			};
		}
		case 'order': {
			notes.push(note(it, 'converted', 'tools.note.order'));
			const n = it.entries.length;
			const position = (i: number) =>
				i === 0
					? t('tools.lms.positionFirst', { n: 1, label: it.firstLabel })
					: i === n - 1
						? t('tools.lms.positionLast', { n, label: it.lastLabel })
						: String(i + 1);
			const pairs = it.entries.map((e, i) => ({ id: e.id, prompt: e.text, answer: position(i) }));
			const why = it.entries.map((e, i) => `${i + 1}. ${e.text}: ${e.feedback}`).join(' ');
			const lines = [t('tools.lms.orderHow', { first: it.firstLabel, last: it.lastLabel })];
			return {
				questions: [
					{
						...base,
						stem: { ...base.stem, lines },
						kind: 'matching',
						pairs,
						distractors: [],
						general: `${why} ${base.general}`
					}
				],
				notes
			};
		}
		case 'match': {
			notes.push(note(it, 'simplified', 'tools.note.pairFeedback'));
			const text = (id: string) => it.choices.find((c) => c.id === id)?.text ?? id;
			const used = new Set(it.pairs.map((p) => p.answer));
			const pairs = it.pairs.map((p) => ({ id: p.id, prompt: p.prompt, answer: text(p.answer) }));
			const why = it.pairs.map((p) => `${p.prompt} → ${text(p.answer)}: ${p.feedback}`).join(' ');
			const distractors = it.choices.filter((c) => !used.has(c.id)).map((c) => c.text);
			return {
				questions: [{ ...base, kind: 'matching', pairs, distractors, general: `${why} ${base.general}` }],
				notes
			};
		}
		case 'categorize': {
			notes.push(note(it, 'converted', 'tools.note.categorize'));
			const label = (id: string) => category(id, it.categories.find((c) => c.id === id)?.label);
			const used = new Set(it.statements.map((s) => s.category));
			const pairs = it.statements.map((s) => ({
				id: s.id,
				prompt: `“${s.text}”`,
				answer: label(s.category)
			}));
			const why = it.statements.map((s) => `“${s.text}” → ${label(s.category)}: ${s.feedback}`).join(' ');
			const distractors = it.categories.filter((c) => !used.has(c.id)).map((c) => label(c.id));
			return {
				questions: [{ ...base, kind: 'matching', pairs, distractors, general: `${why} ${base.general}` }],
				notes
			};
		}
		case 'numeric': {
			const incorrect = t('tools.lms.lowHigh', { low: it.feedback.low, high: it.feedback.high });
			if (typeof it.answer === 'string') {
				notes.push(note(it, 'converted', 'tools.note.date'));
				const days = (span: number) =>
					Array.from({ length: span * 2 + 1 }, (_, i) => shiftDay(it.answer as string, i - span));
				const full = days(it.tolerance);
				const half =
					target === 'gift' && it.near !== undefined ? days(it.near).filter((d) => !full.includes(d)) : [];
				if (it.near !== undefined && target === 'qti')
					notes.push(note(it, 'simplified', 'tools.note.nearQti'));
				const answers = [
					...full.map((text) => ({ text, weight: 100 })),
					...half.map((text) => ({ text, weight: 50 }))
				];
				const lines = [t('tools.lms.dateFormat')];
				return {
					questions: [
						{
							...base,
							stem: { ...base.stem, lines },
							kind: 'short',
							answers,
							correct: it.feedback.correct,
							incorrect: `${it.feedback.near ?? ''} ${incorrect}`.trim()
						}
					],
					notes
				};
			}
			if (it.near !== undefined && target === 'qti') notes.push(note(it, 'simplified', 'tools.note.nearQti'));
			const lines = it.unit ? [t('quiz.numeric.unit', { unit: it.unit })] : [];
			return {
				questions: [
					{
						...base,
						stem: { ...base.stem, lines },
						kind: 'numerical',
						answer: it.answer,
						tolerance: it.tolerance,
						...(it.near !== undefined ? { near: it.near } : {}),
						correct: it.feedback.correct,
						...(it.feedback.near ? { nearFeedback: it.feedback.near } : {}),
						incorrect
					}
				],
				notes
			};
		}
		case 'rate': {
			notes.push(note(it, 'split', 'tools.note.rate'));
			if (target === 'qti' && Object.keys(it.partial).length)
				notes.push(note(it, 'simplified', 'tools.note.partialQti'));
			const choices = (['reliable', 'mixed', 'unreliable', 'cannot-tell'] as const).map((l) => {
				const w = l === it.answer ? 100 : target === 'gift' ? Math.round((it.partial[l] ?? 0) * 100) : 0;
				return { id: l, text: level(l), correct: l === it.answer, weight: w, feedback: it.feedback[l] };
			});
			const rubric = it.rubric
				.map((r) => `${t(`quiz.criterion.${r.criterion}` as MessageKey)} ${r.lookFor}`)
				.join(' ');
			const essay: LmsQuestion = {
				...base,
				id: `${it.id}-why`,
				title: `${it.id} (2): ${it.objective}`,
				stem: {
					prompt: t('tools.lms.justify'),
					lines: it.rubric.map((r) => t(`quiz.criterion.${r.criterion}` as MessageKey)),
					passages: []
				},
				kind: 'essay',
				general: `${t('quiz.rate.model')}: ${it.modelAnswer} ${t('tools.lms.rubric')}: ${rubric}`
			};
			return {
				questions: [
					{ ...base, stem: { ...base.stem, lines: [t('quiz.rate.rating')] }, kind: 'mc', choices },
					essay
				],
				notes
			};
		}
		case 'compare': {
			notes.push(note(it, 'split', 'tools.note.compare'));
			const sides = [
				passage(it.sides.a.passage, origin, t('quiz.compare.a', { label: it.sides.a.label })),
				passage(it.sides.b.passage, origin, t('quiz.compare.b', { label: it.sides.b.label }))
			];
			const pickText = (c: 'a' | 'b' | 'equal' | 'cannot-tell') =>
				c === 'a'
					? t('quiz.compare.a', { label: it.sides.a.label })
					: c === 'b'
						? t('quiz.compare.b', { label: it.sides.b.label })
						: t(`quiz.compare.${c}`);
			const choices = it.choices.map((c) => ({
				id: c,
				text: pickText(c),
				correct: c === it.answer,
				weight: c === it.answer ? 100 : 0,
				feedback: it.feedback[c]
			}));
			const stem = {
				...base.stem,
				lines: [t('quiz.compare.pick')],
				passages: [...sides, ...base.stem.passages]
			};
			const reasons: LmsQuestion = {
				...base,
				id: `${it.id}-reasons`,
				title: `${it.id} (2): ${it.objective}`,
				stem: {
					prompt: t('quiz.compare.reasons'),
					lines: [t('tools.lms.compareRef', { id: it.id })],
					passages: []
				},
				kind: 'ma',
				choices: options(it.reasons),
				general: `${t('quiz.compare.model')}: ${it.modelAnswer} ${base.general}`
			};
			return { questions: [{ ...base, stem, kind: 'mc', choices }, reasons], notes };
		}
	}
}

/** YYYY-MM-DD moved by n days (UTC). */
export function shiftDay(iso: string, n: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

/** A whole quiz for one LMS. `origin` makes the site's links absolute (they go into another system). */
export function lmsQuiz(quiz: QuizView, target: LmsTarget, origin: string): LmsQuiz {
	const parts = quiz.items.map((it) => convertItem(it, target, origin));
	return {
		id: quiz.id,
		title: quiz.title,
		summary: quiz.summary,
		questions: parts.flatMap((p) => p.questions),
		notes: parts.flatMap((p) => p.notes),
		href: `${origin}/quizzes/${quiz.id}`
	};
}

/** The notes as lines of plain text, one per item ("numbers-01 (order): …"). */
export function noteLines(notes: LmsNote[]): string[] {
	return notes.map((n) => `${n.itemId} (${t(`quiz.type.${n.itemType}` as MessageKey)}): ${n.text}`);
}

/** The HTML of a question's stem: prompt, lines, passages as quotations with where they come from. */
export function stemHtml(stem: LmsStem): string {
	const out = [`<p>${esc(stem.prompt)}</p>`, ...stem.lines.map((l) => `<p>${esc(l)}</p>`)];
	for (const p of stem.passages) {
		const label = p.label ? `<p><strong>${esc(p.label)}</strong></p>` : '';
		const words = `${esc(p.before)}${p.quote ? `<strong>${esc(p.quote)}</strong>` : ''}${esc(p.after)}`;
		const from = p.href ? `<a href="${esc(p.href)}">${esc(p.from)}</a>` : esc(p.from);
		out.push(`<blockquote>${label}<p>${words}</p><p>— ${from}</p></blockquote>`);
	}
	return out.join('');
}

/** Escape text for HTML. */
export function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
