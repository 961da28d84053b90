/**
 * Words of a paragraph for "mark the words": tokens are runs of non-space characters (punctuation
 * stays attached, as a reader sees it), and a quote maps to the range of tokens it touches.
 */

export interface Token {
	text: string;
	start: number;
	end: number;
}

export function tokenize(text: string): Token[] {
	return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Token range [first, last] (inclusive) covering the single occurrence of `quote`, or a reason it has none. */
export function tokenRange(
	tokens: Token[],
	text: string,
	quote: string
): { first: number; last: number } | { error: 'missing' | 'ambiguous' } {
	const at = text.indexOf(quote);
	if (at === -1) return { error: 'missing' };
	if (text.indexOf(quote, at + 1) !== -1) return { error: 'ambiguous' };
	const end = at + quote.length;
	const inside = tokens.map((t, i) => (t.end > at && t.start < end ? i : -1)).filter((i) => i >= 0);
	return { first: inside[0]!, last: inside[inside.length - 1]! };
}
