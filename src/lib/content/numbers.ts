/**
 * Finds every number-like expression in a text: numerals, number words, month and weekday names and
 * relative time phrases. Used to prove that every quantity or date in an article is either a figure
 * or a deliberate, explained exclusion.
 */

export interface Span {
	start: number;
	end: number;
	text: string;
}

const numberWords = [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety',
	'hundreds?',
	'thousands?',
	'millions?',
	'billions?',
	'dozens?',
	'half',
	'once',
	'twice',
	'single',
	'couple'
];
const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
	'Jan\\.',
	'Feb\\.',
	'Mar\\.',
	'Apr\\.',
	'Aug\\.',
	'Sept?\\.',
	'Oct\\.',
	'Nov\\.?',
	'Dec\\.'
];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const relative = [
	'\\d+ (?:days?|weeks?|months?|years?) ago',
	'(?:last|this|next|coming|recent|past|earlier this|later this) (?:days?|weeks?|months?|years?)',
	'(?:in )?recent (?:days|weeks|months|years)',
	'within (?:days|weeks|hours)',
	'a day (?:after|before|earlier|later)',
	'yesterday',
	'today',
	'tomorrow'
];

const patterns = [
	...relative,
	// numerals, with thousands separators, decimals, currency and percent signs
	'\\$?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?',
	// "thirty-five", "twenty one"
	`(?:${numberWords.slice(19, 27).join('|')})[- ](?:${numberWords.slice(0, 9).join('|')})`,
	`(?:${numberWords.join('|')})`,
	`(?:${months.join('|')})`,
	`(?:${weekdays.join('|')})`
];

/** Case-insensitive for words, whole words only; the leftmost-longest alternative wins. */
const detector = new RegExp(`(?<![\\w])(?:${patterns.join('|')})(?![\\w])`, 'gi');

export function findNumbers(text: string): Span[] {
	const spans: Span[] = [];
	for (const m of text.matchAll(detector)) {
		// "May" and "march" are also ordinary words: count them only when capitalised and followed by a day or year
		if (/^(may|march)$/i.test(m[0]) && !/^ \d/.test(text.slice(m.index + m[0].length))) continue;
		spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
	}
	return spans;
}

/** Every place `needle` occurs in `haystack`, as spans. */
export function occurrences(haystack: string, needle: string): Span[] {
	const out: Span[] = [];
	if (!needle) return out;
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
		out.push({ start: i, end: i + needle.length, text: needle });
	}
	return out;
}

/**
 * The number-like spans in `text` that no covering span contains. A covering span is the place of a
 * figure's own words (or an exclusion's words) in the paragraph.
 */
export function uncovered(text: string, covering: Span[]): Span[] {
	return findNumbers(text).filter((n) => !covering.some((c) => c.start <= n.start && n.end <= c.end));
}
