/**
 * The lessons domain's schemas (zod) and the types it hands to pages and other domains: lesson frontmatter,
 * modules, glossary terms, standards, grade bands and their readability limits. The loader is lessons.ts.
 */
import { z } from 'zod';
import { isoDate, slug, type Figure } from './schema';
const text = z.string().trim().min(1, 'a non-empty text');

// ---------------------------------------------------------------- grade bands and readability

/** Who a lesson or module is written for. */
export const gradeBands = ['8-10', '9-12', '11-college'] as const;
export type GradeBand = (typeof gradeBands)[number];

/**
 * The highest Flesch–Kincaid grade a lesson's student prose (quotes excluded) may reach, per band.
 * Set a little below the top of each band: readers in a class span several levels, and news vocabulary
 * (Venezuela, administration, Caribbean) already pushes the formula up.
 */
export const readingLimits: Record<GradeBand, number> = { '8-10': 9, '9-12': 10.5, '11-college': 12.5 };

/** Sensitive content a lesson may hold, shown as a content note before it starts. */
export const advisories = ['deaths', 'violence', 'strong-language', 'drugs'] as const;
export type Advisory = (typeof advisories)[number];

/** How long a lesson takes a student, in minutes (issue 4: 8–15). */
export const LESSON_MINUTES = { min: 8, max: 15 } as const;
/** The length of the class period each lesson plan fills. */
export const PERIOD_MINUTES = 45;

// ---------------------------------------------------------------- schemas

export const standard = z.strictObject({
	code: z.string().regex(/^[A-Z0-9][\w .-]*$/, 'a standards code such as CCSS RH.9-10.6'),
	framework: text.describe('the framework the code belongs to'),
	grades: text.describe('the grades it is written for, e.g. 9-10'),
	gist: text.describe('what it asks of students, in a sentence')
});
export const standardsFile = z.strictObject({ standards: z.array(standard).min(1) });

export const glossaryTerm = z.strictObject({
	id: slug,
	term: text.describe('the word or phrase as a reader meets it'),
	definition: text.describe('a plain definition, neutral and attributed where it is a label'),
	/** other terms worth reading next */
	see_also: z.array(slug).default([])
});
export const glossaryFile = z.strictObject({ terms: z.array(glossaryTerm).min(1) });

export const planStep = z.strictObject({
	minutes: z.number().int().positive(),
	activity: text
});

export const lessonFrontmatter = z.strictObject({
	title: text,
	summary: text.describe('one or two sentences for lists'),
	/** position in the lesson list */
	order: z.number().int().positive(),
	objectives: z.array(text).min(1, 'at least one objective'),
	grade_band: z.enum(gradeBands),
	minutes: z
		.number()
		.int()
		.min(LESSON_MINUTES.min, `at least ${LESSON_MINUTES.min} minutes`)
		.max(LESSON_MINUTES.max, `at most ${LESSON_MINUTES.max} minutes`),
	/** glossary ids */
	vocabulary: z.array(slug).min(1, 'at least one glossary term'),
	/** lesson slugs worth reading first */
	prerequisites: z.array(slug).default([]),
	/** codes from content/standards.yaml */
	standards: z.array(z.string()).min(1, 'at least one standard'),
	/** sensitive content it holds; [] when none */
	advisory: z.array(z.enum(advisories)),
	updated: isoDate,
	teacher: z.strictObject({
		/** the class-period plan; minutes add up to a 45-minute period */
		plan: z.array(planStep).min(2, 'at least two steps'),
		exit_ticket: text.describe('one question students answer before leaving'),
		notes: z.array(text).default([])
	})
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;

const moduleStepIn = z.union([
	z.strictObject({ lesson: slug }),
	z.strictObject({
		quiz: slug,
		minutes: z.number().int().positive().describe('minutes planned for the quiz')
	})
]);

export const moduleFile = z.strictObject({
	title: text,
	summary: text,
	order: z.number().int().positive(),
	objectives: z.array(text).min(1, 'at least one objective'),
	grade_band: z.enum(gradeBands),
	steps: z.array(moduleStepIn).min(2, 'at least two steps'),
	/** optional: if given, must equal the sum of the steps' minutes */
	minutes: z.number().int().positive().optional()
});

// ---------------------------------------------------------------- types handed to pages and other domains

export type Standard = z.infer<typeof standard>;
export type GlossaryTerm = z.infer<typeof glossaryTerm> & {
	/** lesson slugs that use the term (placed with <Term> or listed as vocabulary) */
	usedIn: string[];
};

/** One step of a module: a lesson or a quiz, with the minutes it takes. */
export type ModuleStep = ({ kind: 'lesson'; slug: string } | { kind: 'quiz'; id: string }) & {
	minutes: number;
};

/** A module: an ordered path of lessons and quizzes a teacher can assign. */
export interface Module {
	id: string;
	title: string;
	summary: string;
	order: number;
	objectives: string[];
	grade_band: GradeBand;
	steps: ModuleStep[];
	/** total minutes, computed from the steps */
	minutes: number;
}

/** What a lesson body places, by id. */
export interface LessonUses {
	charts: string[];
	figures: string[];
	items: string[];
	terms: string[];
	refs: string[];
	/** article passages quoted with <Said s="004" p="p07">…</Said>, as `${s}/${p}` */
	passages: string[];
}

export interface Lesson extends LessonFrontmatter {
	slug: string;
	file: string;
	uses: LessonUses;
	/** the text of each <Discuss> prompt, for the teacher's summary */
	discuss: string[];
	/** the question of each <Check> */
	checks: string[];
	/** the level-2 headings, with the ids the page gives them */
	sections: { id: string; title: string }[];
	/** Flesch–Kincaid grade of the student prose, quotes excluded */
	readingGrade: number;
}

export interface LessonContent {
	lessons: Lesson[];
	modules: Module[];
	glossary: GlossaryTerm[];
	standards: Standard[];
}

/** Ids defined by other parts of the content, for cross-checks. */
export interface KnownIds {
	figure(id: string): Figure | undefined;
	/** a reference row with a date (strikes, events, deployments, tallies) */
	datedRef(id: string): boolean;
	/** any reference row */
	ref(id: string): boolean;
	chart(id: string): boolean;
	item(id: string): boolean;
	quiz(id: string): boolean;
	/** a source by full id or by its number ("004"), with its paragraphs */
	source(idOrNumber: string): { id: string; paragraphs: { id: string; text: string }[] } | undefined;
}
