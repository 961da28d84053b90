/** UI wording for quiz data: cite labels, verdicts, part states (all through the message module). */
import { t, type MessageKey } from '$lib/i18n';
import type { ItemResult, PartState } from './grade';
import type { ItemType } from './schema';
import type { CiteView } from './view';

export const typeLabel = (type: ItemType) => t(`quiz.type.${type}` as MessageKey);
export const partLabel = (state: PartState) => t(`quiz.part.${state}` as MessageKey);
export const partIcon = (state: PartState) => ({ right: '✓', wrong: '✗', missed: '→', unchosen: '·' })[state];

/** "See Report: U.S. to launch…, paragraph p06" */
export function citeLabel(c: CiteView): string {
	const source = c.sourceTitle ?? '';
	const where =
		c.kind === 'ref'
			? t('quiz.cite.ref', { ref: c.ref ?? '' })
			: c.kind === 'figure'
				? t('quiz.cite.figure', { source })
				: c.kind === 'claim'
					? t('quiz.cite.claim', { source })
					: c.paragraph
						? t('quiz.cite.paragraph', { source, paragraph: c.paragraph })
						: t('quiz.cite.sources');
	return t('quiz.cite.read', { where });
}

export type Verdict = 'right' | 'partly' | 'wrong' | 'unanswered';

export function verdictOf(r: ItemResult): Verdict {
	if (!r.answered) return 'unanswered';
	if (r.correct) return 'right';
	return r.score > 0 ? 'partly' : 'wrong';
}

/** Scores as people say them: 0.75 → "0.75", 1 → "1". */
export const formatScore = (x: number) => String(Math.round(x * 100) / 100);

export function verdictText(r: ItemResult): string {
	const v = verdictOf(r);
	if (v === 'partly') return t('quiz.verdict.partly', { score: formatScore(r.score), max: 1 });
	return t(`quiz.verdict.${v}` as MessageKey);
}
