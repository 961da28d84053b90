/**
 * Moodle GIFT text (docs.moodle.org/en/GIFT_format): one question per block, separated by a blank line;
 * `::title::`, `[html]` question text, answers in braces with `=` right, `~` wrong, `%n%` weights,
 * `#` feedback per answer and `####` general feedback; `//` comments carry the conversion notes; each quiz
 * goes in its own `$CATEGORY:`. Special characters (~ = # { } : and \) are escaped with a backslash.
 * What GIFT cannot hold (matching with fewer than three pairs, distractors on matching) is noted.
 */
import { t, type MessageKey } from '$lib/i18n';
import {
	esc,
	noteLines,
	stemHtml,
	type LmsChoice,
	type LmsNote,
	type LmsQuestion,
	type LmsQuiz
} from './lms';

/** Escape GIFT's special characters; line breaks become spaces (a blank line would end the question). */
export function giftEscape(s: string): string {
	return s.replace(/\s*\r?\n\s*/g, ' ').replace(/([\\~=#{}:])/g, '\\$1');
}

/** Text for a GIFT `[html]` question: HTML-escaped, then GIFT-escaped. */
const text = (s: string) => giftEscape(esc(s));
const fb = (s: string | undefined) => (s ? `#${text(s)}` : '');
const weight = (w: number) => (w === 100 ? '' : `%${w}%`);
const comment = (s: string) => `// ${s.replace(/\s*\r?\n\s*/g, ' ')}`;

function general(q: LmsQuestion): string {
	const link = q.href ? ` <a href="${esc(q.href)}">${esc(q.href)}</a>` : '';
	return `####${giftEscape(`${esc(q.general)}${link}`)}`;
}

/** Multiple answers: right ones share 100%, each wrong one takes it all back (Moodle's documented pattern). */
function multiple(list: LmsChoice[]): string[] {
	return list.map((c) => `~%${c.correct ? c.weight : -100}%${text(c.text)}${fb(c.feedback)}`);
}

/** The answer block of one question, or undefined when GIFT cannot hold it (with the reason's key). */
export function answerBlock(q: LmsQuestion): { lines: string[] } | { omit: MessageKey } {
	switch (q.kind) {
		case 'mc':
			return {
				lines: q.choices.map((c) =>
					c.correct
						? `=${text(c.text)}${fb(c.feedback)}`
						: `~${c.weight > 0 ? `%${c.weight}%` : ''}${text(c.text)}${fb(c.feedback)}`
				)
			};
		case 'ma':
			return { lines: multiple(q.choices) };
		case 'tf': {
			// the first feedback is shown for a wrong answer, the second for a right one
			const wrong = q.answer ? q.feedbackFalse : q.feedbackTrue;
			const right = q.answer ? q.feedbackTrue : q.feedbackFalse;
			return { lines: [`${q.answer ? 'TRUE' : 'FALSE'}${fb(wrong)}${fb(right)}`] };
		}
		case 'matching':
			if (q.pairs.length < 3) return { omit: 'tools.note.giftFewPairs' };
			return { lines: q.pairs.map((p) => `=${text(p.prompt)} -> ${text(p.answer)}`) };
		case 'numerical': {
			const lines = [`=${q.answer}:${q.tolerance}${fb(q.correct)}`];
			if (q.near !== undefined) lines.push(`=%50%${q.answer}:${q.near}${fb(q.nearFeedback ?? q.incorrect)}`);
			return { lines: ['#', ...lines] };
		}
		case 'short':
			return {
				lines: q.answers.map(
					(a) => `=${weight(a.weight)}${text(a.text)}${fb(a.weight === 100 ? q.correct : q.incorrect)}`
				)
			};
		case 'essay':
			return { lines: [] };
	}
}

/** One question as a GIFT block (with its notes as comments), or a comment saying why it was left out. */
export function questionGift(q: LmsQuestion, notes: LmsNote[]): { gift: string; omitted?: LmsNote } {
	const head = notes
		.filter((n) => n.itemId === q.itemId && q.id === q.itemId)
		.map((n) => comment(`${q.itemId}: ${n.text}`));
	const block = answerBlock(q);
	if ('omit' in block) {
		const omitted: LmsNote = {
			itemId: q.itemId,
			itemType: q.itemType,
			action: 'omitted',
			text: t(block.omit)
		};
		return { gift: [...head, comment(`${q.itemId}: ${omitted.text}`)].join('\n'), omitted };
	}
	const stem = `::${giftEscape(q.title)}::[html]${giftEscape(stemHtml(q.stem))}`;
	const body =
		q.kind === 'numerical' ? [`{${block.lines[0]}`, ...block.lines.slice(1)] : ['{', ...block.lines];
	const extra =
		q.kind === 'matching' && q.distractors.length
			? [comment(`${q.itemId}: ${t('tools.note.giftDistractors', { list: q.distractors.join('; ') })}`)]
			: [];
	return { gift: [...head, ...extra, stem, ...body, general(q), '}'].join('\n') };
}

/** A whole quiz (or several, each in its own category) as one GIFT file. */
export function giftText(title: string, quizzes: LmsQuiz[]): string {
	const out = [comment(title), comment(t('tools.export.giftKeeps'))];
	for (const quiz of quizzes) {
		out.push('', `$CATEGORY: $course$/Sourcebook/${quiz.id}`, '', comment(`${quiz.title}: ${quiz.href}`));
		const blocks = quiz.questions.map((q) => questionGift(q, quiz.notes));
		const omitted = blocks.flatMap((b) => (b.omitted ? [b.omitted] : []));
		const lines = noteLines([...quiz.notes, ...omitted]);
		if (lines.length)
			out.push(comment(t('tools.export.notesHeading')), ...lines.map((l) => comment(`- ${l}`)));
		for (const b of blocks) out.push('', b.gift);
	}
	return `${out.join('\n')}\n`;
}
