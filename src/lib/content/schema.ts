/**
 * The content model: what every file under content/ must look like.
 * Each schema here is the contract between editors (who write YAML/CSV/Markdown) and the site.
 * Validation errors name the file and the field (see parse.ts), so keep `describe()` texts plain.
 */
import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD (YAML dates arrive as strings or Date objects). */
export const isoDate = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
);
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
/** "unknown" is a real answer: record only what is known. */
export const UNKNOWN = 'unknown' as const;
const unknownOr = <T extends z.ZodTypeAny>(t: T) => z.union([z.literal(UNKNOWN), t]);
const text = z.string().trim().min(1, 'a non-empty text');

/** A pointer to one row of the reference record, e.g. `strikes:2025-09-02` or `overdoses:1`. */
export const refId = z
	.string()
	.regex(
		/^(strikes|events|deployments|official-tallies|overdoses):[0-9a-z-]+$/,
		'a reference row id such as strikes:2025-09-02'
	);

// ---------------------------------------------------------------- sources

export const paragraphKinds = [
	'masthead', // outlet name / logo text at the top of the page
	'headline',
	'dek', // standfirst under the headline
	'label', // section label, timestamp line ("World 3 months ago")
	'heading', // subheading inside the article
	'body',
	'caption', // photo caption
	'credit', // photo or wire credit line
	'artefact' // page debris: form captions, empty headings, alt text of logos
] as const;

export const paragraph = z.strictObject({
	id: z.string().regex(/^p\d{2,3}$/, 'a paragraph id like p07'),
	kind: z.enum(paragraphKinds),
	text: z.string().min(1)
});

/** Where a statement about the page comes from: a paragraph and the exact words in it. */
export const passageRef = z.strictObject({
	paragraph: z.string(),
	quote: text.describe('exact words found in that paragraph')
});

export const dateLabels = [
	'masthead date', // the date printed in the page header: the day the page was rendered, not published
	'relative timestamp', // "3 months ago": relative to a moment we cannot see
	'photo caption date', // when the photo was taken
	'event date', // a date in the text for something that happened
	'relative date in text', // "last week", "earlier this month"
	'publication date' // only when the page labels it as such
] as const;

const windowBound = z.strictObject({
	date: isoDate,
	evidence: text.describe('why the article cannot be earlier/later than this date, in plain words'),
	/** figure ids from this article and reference rows that support the bound */
	figures: z.array(z.string()).default([]),
	refs: z.array(refId).default([])
});

export const source = z.strictObject({
	id: z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'the seed file name without .txt'),
	title: text.describe('a short neutral name for the page, for lists'),
	outlet: z.strictObject({
		name: unknownOr(text),
		evidence: text.describe('what on the page names (or fails to name) the outlet')
	}),
	headline: unknownOr(text).describe('the headline as printed, or "unknown" when the page prints none'),
	byline: unknownOr(text),
	credit: unknownOr(
		z.strictObject({ text: text, paragraph: z.string(), note: text.describe('what the credit may mean') })
	),
	cites: z.array(passageRef.extend({ outlet: text })).default([]),
	dates: z.array(
		passageRef.extend({
			label: z.enum(dateLabels),
			note: text.describe('what this date does and does not tell a reader')
		})
	),
	origin_url: unknownOr(z.string().url()),
	captured: unknownOr(isoDate),
	artefacts: z.array(passageRef.extend({ kind: text, note: text })).default([]),
	publication_window: z.strictObject({
		earliest: windowBound,
		latest: windowBound,
		summary: text.describe('one or two sentences a student can follow')
	}),
	paragraphs: z.array(paragraph).min(1)
});

// ---------------------------------------------------------------- figures

export const metrics = [
	'strikes',
	'deaths',
	'ships',
	'submarines',
	'aircraft',
	'troops',
	'money',
	'sites',
	'airlines',
	'officials', // officials or sources cited (usually anonymous)
	'overdose-deaths',
	'percent',
	'people', // other counts of people
	'date', // an event date or period stated in the text
	'year',
	'duration'
] as const;
export type Metric = (typeof metrics)[number];

export const qualifiers = [
	'exact',
	'at least',
	'more than',
	'over',
	'roughly',
	'nearly',
	'about',
	'several',
	'multiple',
	'unspecified'
] as const;

const figureBase = z.strictObject({
	id: slug,
	metric: z.enum(metrics),
	/** the figure's own words, exactly as printed, inside the quote: "at least 17" */
	text: text,
	qualifier: z.enum(qualifiers),
	/** what is being counted or dated, in neutral words */
	subject: text,
	/** who the article says the number comes from; "unattributed" when it does not say */
	attributed_to: text,
	as_of: z.strictObject({ from: isoDate, to: isoDate, note: z.string().optional() }),
	source: z.string(),
	paragraph: z.string(),
	quote: text
});

export const figure = z.discriminatedUnion('kind', [
	figureBase.extend({
		kind: z.literal('quantity'),
		value: z.number(),
		unit: text
	}),
	figureBase.extend({
		kind: z.literal('date'),
		/** the span of days the words denote: "October" = 1–31 Oct */
		when: z.strictObject({ from: isoDate, to: isoDate })
	})
]);

export const exclusion = z.strictObject({
	paragraph: z.string(),
	/** the number-like words that are deliberately not a figure, as printed */
	text: text,
	reason: text
});

export const figureFile = z.strictObject({
	source: z.string(),
	figures: z.array(figure),
	excluded: z.array(exclusion).default([])
});

// ---------------------------------------------------------------- claim notes

export const verdicts = ['accurate at the time', 'superseded later', 'imprecise', 'unsupported'] as const;

export const claimNote = z.strictObject({
	id: slug,
	/** a figure id, or a passage in a source */
	figure: z.string().optional(),
	passage: passageRef.extend({ source: z.string() }).optional(),
	verdict: z.enum(verdicts),
	claim: text.describe('what the article says, in a few words'),
	record_shows: text.describe('what the reference record shows, attributed'),
	refs: z.array(refId).min(1, 'at least one reference row')
});
export const claimFile = z.strictObject({ claims: z.array(claimNote) });

export type Source = z.infer<typeof source>;
export type Paragraph = z.infer<typeof paragraph>;
export type Figure = z.infer<typeof figure>;
export type Exclusion = z.infer<typeof exclusion>;
export type FigureFile = z.infer<typeof figureFile>;
export type ClaimNote = z.infer<typeof claimNote>;
export type Verdict = (typeof verdicts)[number];
