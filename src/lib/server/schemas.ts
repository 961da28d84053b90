/**
 * Every request the class pages accept, as zod schemas: route parameters, form fields and JSON bodies.
 * Messages are keys into the message module (en/teach.ts), so the page shows them in the reader's words.
 */
import { z } from 'zod';
import { normalizeClassCode, normalizeResumeCode } from '$lib/teach/codes';
import { checkNickname } from '$lib/teach/nickname';
import { MAX_SECTIONS, SECTION_NAME_MAX } from './config';
import { SECRET_PATTERN } from './crypto';
import type { MessageKey } from '$lib/i18n';

const msg = (key: MessageKey) => ({ message: key });

export const teacherKey = z.string().regex(SECRET_PATTERN, msg('teach.error.badLink'));
export const moduleId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, msg('teach.error.unknownModule'))
	.max(100, msg('teach.error.unknownModule'));
export const quizId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, msg('class.error.unknownQuiz'))
	.max(100, msg('class.error.unknownQuiz'));

export const classCode = z
	.string(msg('class.error.codeFormat'))
	.max(40, msg('class.error.codeFormat'))
	.transform((s, ctx) => {
		const code = normalizeClassCode(s);
		if (!code) {
			ctx.addIssue({ code: 'custom', message: 'class.error.codeFormat' });
			return z.NEVER;
		}
		return code;
	});

export const resumeCode = z
	.string(msg('class.error.resumeFormat'))
	.max(40, msg('class.error.resumeFormat'))
	.transform((s, ctx) => {
		const code = normalizeResumeCode(s);
		if (!code) {
			ctx.addIssue({ code: 'custom', message: 'class.error.resumeFormat' });
			return z.NEVER;
		}
		return code;
	});

const nicknameProblemKeys = {
	empty: 'class.error.nicknameEmpty',
	tooLong: 'class.error.nicknameLong',
	invisible: 'class.error.nicknameInvisible',
	email: 'class.error.nicknameEmail'
} as const satisfies Record<string, MessageKey>;

export const nickname = z
	.string(msg('class.error.nicknameEmpty'))
	.max(200, msg('class.error.nicknameLong'))
	.transform((s, ctx) => {
		const r = checkNickname(s);
		if (!r.ok) {
			ctx.addIssue({ code: 'custom', message: nicknameProblemKeys[r.problem] });
			return z.NEVER;
		}
		return { nickname: r.nickname, key: r.key };
	});

export const joinForm = z.strictObject({ code: classCode, nickname });
export const resumeForm = z.strictObject({ code: classCode, nickname, resume: resumeCode });

/** Section names: one per line (a textarea), blank lines ignored, no duplicates. */
export const sectionNames = z
	.string(msg('teach.error.sectionsEmpty'))
	.max(MAX_SECTIONS * (SECTION_NAME_MAX + 2) + 200, msg('teach.error.sectionsTooMany'))
	.transform((s, ctx) => {
		const names = s
			.split(/\r?\n/)
			.map((l) => l.normalize('NFC').replace(/\s+/g, ' ').trim())
			.filter(Boolean);
		if (!names.length) ctx.addIssue({ code: 'custom', message: 'teach.error.sectionsEmpty' });
		else if (names.length > MAX_SECTIONS)
			ctx.addIssue({ code: 'custom', message: 'teach.error.sectionsTooMany' });
		else if (names.some((n) => [...n].length > SECTION_NAME_MAX))
			ctx.addIssue({ code: 'custom', message: 'teach.error.sectionLong' });
		else if (names.some((n) => /[\p{Cc}\p{Cf}]/u.test(n)))
			ctx.addIssue({ code: 'custom', message: 'teach.error.sectionInvisible' });
		else if (new Set(names.map((n) => n.toLowerCase())).size !== names.length)
			ctx.addIssue({ code: 'custom', message: 'teach.error.sectionsDuplicate' });
		return names;
	});

export const assignForm = z.strictObject({ module: moduleId, sections: sectionNames });

export const deleteForm = z.strictObject({ confirm: z.literal('yes', msg('teach.error.confirmDelete')) });

/** A submission: a client-generated id (a UUID), the quiz, and answers keyed by item id. */
export const submissionId = z
	.string(msg('class.error.submissionId'))
	.regex(
		/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
		msg('class.error.submissionId')
	);

export const submissionBody = z.strictObject({
	submissionId,
	quizId,
	answers: z.record(z.string().max(100), z.unknown(), msg('class.error.answersShape'))
});

/** A form's fields as a plain object, first value of each name (files refused). */
export function formObject(form: FormData, names: string[]): Record<string, string | undefined> {
	const out: Record<string, string | undefined> = {};
	for (const n of names) {
		const v = form.get(n);
		out[n] = typeof v === 'string' ? v : undefined;
	}
	return out;
}

/** The first problem of a failed parse, as a message key. */
export function firstProblem(error: z.ZodError): MessageKey {
	const m = error.issues[0]?.message ?? '';
	return (m.includes('.') && !m.includes(' ') ? m : 'class.error.badRequest') as MessageKey;
}
