import { describe, expect, it } from 'vitest';
import { tokenize, tokenRange } from './tokens';

const p = 'Four U.S. officials, speaking on condition of anonymity, said the plan was ready.';

describe('tokenize', () => {
	it('splits on spaces and keeps punctuation with its word, with offsets into the text', () => {
		const tokens = tokenize(p);
		expect(tokens.map((t) => t.text).slice(0, 4)).toEqual(['Four', 'U.S.', 'officials,', 'speaking']);
		for (const t of tokens) expect(p.slice(t.start, t.end)).toBe(t.text);
	});
	it('ignores leading, trailing and repeated spaces', () => {
		expect(tokenize('  a   b ').map((t) => t.text)).toEqual(['a', 'b']);
		expect(tokenize('')).toEqual([]);
	});
});

describe('tokenRange', () => {
	const tokens = tokenize(p);
	it('maps a quote to the tokens it touches, even mid-word', () => {
		expect(tokenRange(tokens, p, 'Four U.S. officials')).toEqual({ first: 0, last: 2 });
		expect(tokenRange(tokens, p, 'condition of anonym')).toEqual({ first: 5, last: 7 });
	});
	it('reports a quote that is missing or appears twice', () => {
		expect(tokenRange(tokens, p, 'five officials')).toEqual({ error: 'missing' });
		expect(tokenRange(tokenize('said it, said it'), 'said it, said it', 'said')).toEqual({
			error: 'ambiguous'
		});
	});
});
