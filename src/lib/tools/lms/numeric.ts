/**
 * Numeric estimates: a number stays a numerical question with its tolerance (the "near" band kept for
 * GIFT, noted as dropped for Canvas); a date becomes short answer accepting every day within the tolerance
 * (days within "near" at half credit in GIFT).
 */
import { t } from '$lib/i18n';
import { note, type Converted, type Ctx, type ItemOf } from './base';
import type { LmsNote } from './types';

/** YYYY-MM-DD moved by n days (UTC). */
export function shiftDay(iso: string, n: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

export function numeric(it: ItemOf<'numeric'>, { base, target }: Ctx): Converted {
	const notes: LmsNote[] = [];
	const incorrect = t('tools.lms.lowHigh', { low: it.feedback.low, high: it.feedback.high });
	if (typeof it.answer === 'string') {
		notes.push(note(it, 'converted', 'tools.note.date'));
		const days = (span: number) =>
			Array.from({ length: span * 2 + 1 }, (_, i) => shiftDay(it.answer as string, i - span));
		const full = days(it.tolerance);
		const half =
			target === 'gift' && it.near !== undefined ? days(it.near).filter((d) => !full.includes(d)) : [];
		if (it.near !== undefined && target === 'qti') notes.push(note(it, 'simplified', 'tools.note.nearQti'));
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
