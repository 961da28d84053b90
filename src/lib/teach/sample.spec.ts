import { describe, expect, it } from 'vitest';
import { sampleAnswers } from './sample';
import { answerSchemas, gradeItem } from '$lib/quiz/grade';
import * as fx from '$lib/quiz/fixtures';
import type { ItemView } from '$lib/quiz/view';

const items: ItemView[] = fx.oneOfEach;

describe('sampleAnswers', () => {
	it('makes answers of the right shape that grade as answered', () => {
		for (const skill of [0, 1]) {
			const a = sampleAnswers(items, skill, 42);
			for (const it of items) {
				expect(answerSchemas[it.type].safeParse(a[it.id]).success, it.type).toBe(true);
				expect(gradeItem(it, a[it.id]).answered, it.type).toBe(true);
			}
		}
	});
	it('gets every item right at skill 1 and none fully right at skill 0', () => {
		const right = sampleAnswers(items, 1, 1);
		const wrong = sampleAnswers(items, 0, 1);
		for (const it of items) {
			expect(gradeItem(it, right[it.id]).correct, it.type).toBe(true);
			expect(gradeItem(it, wrong[it.id]).correct, it.type).toBe(false);
		}
	});
	it('repeats for the same seed', () => {
		expect(sampleAnswers(items, 0.5, 7)).toEqual(sampleAnswers(items, 0.5, 7));
	});
});
