/**
 * Reading a lesson's Markdown body for the content check, without rendering it: the tags it places
 * (charts, figures, quiz items, glossary terms …) with their lines, the prose a student reads (for the
 * readability limit), and the site's own voice with quotes removed (for the loaded-terms check).
 * Pure string work; mdsvex renders the same file for the page.
 */
import readability from 'text-readability';

export interface Tag {
	name: string;
	attrs: Record<string, string>;
	kind: 'open' | 'close' | 'self';
	/** offsets in the body */
	start: number;
	end: number;
	/** 1-based line within the body */
	line: number;
}

const TAG = /<(\/?)([A-Za-z][\w.:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>/=`]+))?)*)\s*(\/?)>/g;
const ATTR = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/=`]+)))?/g;

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
	let n = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
	return n;
}

/** Replace every match with spaces, keeping line breaks, so offsets and lines still hold. */
const blank = (s: string, re: RegExp) => s.replace(re, (m) => m.replace(/[^\n]/g, ' '));
const blankComments = (s: string) => blank(s, /<!--[\s\S]*?-->/g);

export function parseAttrs(src: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of src.matchAll(ATTR)) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? 'true';
	return out;
}

/** Every tag in the body (comments skipped), in order. */
export function scanTags(body: string): Tag[] {
	const s = blankComments(body);
	return [...s.matchAll(TAG)].map((m) => ({
		name: m[2]!,
		attrs: parseAttrs(m[3] ?? ''),
		kind: m[1] ? 'close' : m[4] ? 'self' : 'open',
		start: m.index!,
		end: m.index! + m[0].length,
		line: lineAt(s, m.index!)
	}));
}

/** Things that would make a lesson file code rather than Markdown: Svelte expressions, scripts, styles. */
export function codeProblems(body: string): { line: number; message: string }[] {
	const s = blankComments(body);
	const out: { line: number; message: string }[] = [];
	const rules: [RegExp, string][] = [
		[/[{}]/g, 'curly braces are Svelte code: a lesson holds Markdown and tags only'],
		[/<script\b/gi, 'a <script> block: a lesson holds Markdown and tags only'],
		[/<style\b/gi, 'a <style> block: styles belong in src/lib/lessons'],
		[/<svelte:/gi, 'a <svelte:…> element: a lesson holds Markdown and tags only']
	];
	for (const [re, message] of rules)
		for (const m of s.matchAll(re)) out.push({ line: lineAt(s, m.index!), message });
	return out.sort((a, b) => a.line - b.line);
}

/** The inner text of each `<name>…</name>` element (not nested), tags inside removed. */
export function innerTexts(body: string, name: string): { text: string; line: number }[] {
	const s = blankComments(body);
	const re = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'g');
	return [...s.matchAll(re)].map((m) => ({
		text: inlineMarkdown(m[1]!.replace(TAG, ' ')).replace(/\s+/g, ' ').trim(),
		line: lineAt(s, m.index!)
	}));
}

export interface Block {
	text: string;
	/** 1-based line in the body where the block starts */
	line: number;
}

/** Links to their text, emphasis and code marks dropped, entities to spaces. */
function inlineMarkdown(s: string): string {
	return s
		.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|\*|`)/g, '')
		.replace(/(^|\s)_(\S[^_]*)_(?=\s|[.,;:!?]|$)/g, '$1$2')
		.replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/**
 * The text blocks of a body (paragraphs, list items, optionally headings), tags removed except that a
 * quick check's question (`<Check q="…">`) counts as text. Blockquotes and tables are skipped (quotes and data).
 */
export function textBlocks(body: string, opts: { teacher: boolean; headings: boolean }): Block[] {
	let s = blankComments(body);
	if (!opts.teacher) s = blank(s, /<Teacher\b[^>]*>[\s\S]*?<\/Teacher>/g);
	// words quoted from an article are a quote: neither student prose nor the site's voice
	s = blank(s, /<Said\b[^>]*>[\s\S]*?<\/Said>/g);
	s = s.replace(TAG, (m, slash: string, name: string, attrs: string) => {
		const breaks = '\n'.repeat((m.match(/\n/g) ?? []).length);
		const q = !slash && name === 'Check' ? parseAttrs(attrs).q : undefined;
		// a question is its own sentence; other tags vanish (a figure's words are a quote)
		return q ? ` ${q} ${breaks}` : ` ${breaks}`;
	});
	const out: Block[] = [];
	let cur: { parts: string[]; line: number } | undefined;
	const flush = () => {
		if (cur) out.push({ text: cur.parts.join(' '), line: cur.line });
		cur = undefined;
	};
	s.split('\n').forEach((raw, i) => {
		const line = raw.trim();
		if (!line || /^(-{3,}|\*{3,}|_{3,})$/.test(line) || line.startsWith('>') || line.startsWith('|'))
			return flush();
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		if (heading) {
			flush();
			if (opts.headings) out.push({ text: heading[1]!, line: i + 1 });
			return;
		}
		const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (item) {
			flush();
			cur = { parts: [item[1]!], line: i + 1 };
			return;
		}
		if (!cur) cur = { parts: [], line: i + 1 };
		cur.parts.push(line);
	});
	flush();
	return out
		.map((b) => ({ line: b.line, text: inlineMarkdown(b.text).replace(/\s+/g, ' ').trim() }))
		.filter((b) => /[A-Za-z]/.test(b.text));
}

/** Quoted words removed: “…”, "…" and ‘…’ (an apostrophe inside a word is not a quote). */
export function stripQuotes(s: string): string {
	return s
		.replace(/“[^”]*”/g, ' ')
		.replace(/"[^"]*"/g, ' ')
		.replace(/(^|[\s(—–-])‘[^’]*’(?=[\s.,;:!?)—–]|$)/g, '$1 ')
		.replace(/\s+([.,;:!?])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Abbreviations whose full stops would split sentences in the wrong place. */
function normalise(s: string): string {
	return (
		s
			.replace(/\bU\.S\./g, 'US')
			.replace(/\bU\.N\./g, 'UN')
			.replace(/\be\.g\./g, 'for example')
			.replace(/\bi\.e\./g, 'that is')
			.replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Col|Lt|St|No|vs)\./g, '$1')
			// initials ("J. R. Smith"); a sentence rarely ends in a single capital letter
			.replace(/\b([A-Z])\.(?=\s?[A-Z])/g, '$1')
			.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./g, '$1')
	);
}

export function sentences(s: string): string[] {
	return normalise(s)
		.split(/(?<=[.?!…])\s+(?=[A-Z0-9“"‘(])/)
		.map((x) => x.trim())
		.filter((x) => /[A-Za-z]/.test(x));
}

/** The prose a student reads, quotes excluded, one block per line, each ending a sentence. */
export function studentProse(body: string): string {
	return textBlocks(body, { teacher: false, headings: false })
		.map((b) => stripQuotes(b.text))
		.filter((t) => /[A-Za-z]{2}/.test(t))
		.map((t) => normalise(/[.?!:;…]$/.test(t) ? t.replace(/[:;]$/, '.') : `${t}.`))
		.join('\n');
}

export interface Readability {
	/** Flesch–Kincaid grade level */
	grade: number;
	words: number;
	sentences: number;
	/** the longest sentences, to help an author fix a failing lesson */
	longest: string[];
}

/** Readability of prose (already quote-free): Flesch–Kincaid grade from text-readability. */
export function measure(prose: string): Readability {
	const all = prose.split('\n').flatMap(sentences);
	const words = (x: string) => x.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
	const longest = [...all].sort((a, b) => words(b) - words(a)).slice(0, 2);
	// text-readability splits sentences only before a capital after the stop: rejoin with that shape
	const text = all.map((x) => (/[.?!]$/.test(x) ? x : `${x}.`)).join(' ');
	return {
		grade: all.length ? readability.fleschKincaidGrade(text) : 0,
		words: all.reduce((n, x) => n + words(x), 0),
		sentences: all.length,
		longest
	};
}

// ---------------------------------------------------------------- loaded terms

/** Words that carry a conclusion. The site's own voice may use them only in quotes or attributed. */
export const loadedTerms: { term: string; pattern: RegExp }[] = [
	{ term: 'regime', pattern: /\bregimes?\b/i },
	{ term: 'narco-state', pattern: /\bnarco-?states?\b/i },
	{ term: 'narco-terrorists', pattern: /\bnarco-?terror(?:ists?|ism)\b/i },
	{ term: 'terrorists', pattern: /(?<!narco-?)\bterror(?:ists?|ism)\b/i },
	{ term: 'cartel', pattern: /\bcartels?\b/i },
	{ term: 'narco-traffickers', pattern: /\bnarco-?traffick\w*/i },
	{
		term: 'drug boats (without "alleged")',
		pattern: /(?<!\b(?:alleged|suspected|so-called) )\bdrug[- ](?:smuggling )?(?:boats?|vessels?)\b/i
	},
	{ term: 'dictator', pattern: /\bdictator(?:s|ship)?\b/i },
	{ term: 'thugs', pattern: /\bthugs?\b/i },
	{ term: 'aggression', pattern: /\baggression\b/i },
	{ term: 'piracy', pattern: /\bpiracy\b/i },
	{ term: 'unlawful combatants', pattern: /\bunlawful (?:armed )?combatants?\b/i },
	{ term: 'extrajudicial', pattern: /\bextrajudicial\b/i },
	{ term: 'murder', pattern: /\bmurder(?:s|ed|ing|ous)?\b/i },
	{ term: 'invasion', pattern: /\binva(?:sion|de|ded|ding)\b/i }
];

/**
 * Words that attribute a statement to someone ("the U.S. government calls them …", "critics say …",
 * "the word …"). A loaded term in a sentence with one of these is reported speech, not the site's voice.
 */
const ATTRIBUTION =
	/\b(?:says?|said|saying|calls?|called|calling|according to|describ\w*|label\w*|accus\w*|claim\w*|alleg\w*|argu\w*|names?|named|designat\w*|terms?|termed|words?|phrase|refer\w*|wrote|writes?|told|tells?|insist\w*|den(?:y|ies|ied|ying)|charg\w*|brand\w*|announc\w*|statement|posts?|posted|uses?|used|using|view\w*|consider\w*)\b/i;

export interface TermHit {
	term: string;
	sentence: string;
}

/** Loaded terms used outside quotes in sentences that attribute nothing to anyone. */
export function loadedTermHits(text: string): TermHit[] {
	const hits: TermHit[] = [];
	// names of U.S. legal lists are names, not the site calling anyone a terrorist
	const names = /\b(?:foreign terrorist organi[sz]ations?|specially designated global terrorists?)\b/gi;
	for (const sentence of sentences(stripQuotes(text).replace(names, 'LIST'))) {
		if (ATTRIBUTION.test(sentence)) continue;
		for (const { term, pattern } of loadedTerms) if (pattern.test(sentence)) hits.push({ term, sentence });
	}
	return hits;
}
