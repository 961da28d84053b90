/**
 * Nicknames: the only thing a student tells the site about themselves. Any visible characters are fine
 * (a nickname of `<script>` is shown as text, never run); invisible and direction-changing characters are
 * refused so that two nicknames cannot look the same, and an email address is refused as personal data.
 */
export const NICKNAME_MAX = 24;

export type NicknameProblem = 'empty' | 'tooLong' | 'invisible' | 'email';
export type NicknameCheck =
	{ ok: true; nickname: string; key: string } | { ok: false; problem: NicknameProblem };

// control characters, format characters (zero-width, bidi overrides), line/paragraph separators
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const EMAIL = /\S+@\S+\.\S+/;

export function checkNickname(input: string): NicknameCheck {
	const nickname = input
		.normalize('NFC')
		.replace(/[ \t\u00a0\u3000]+/g, ' ')
		.trim();
	if (!nickname) return { ok: false, problem: 'empty' };
	if (INVISIBLE.test(nickname)) return { ok: false, problem: 'invisible' };
	if ([...nickname].length > NICKNAME_MAX) return { ok: false, problem: 'tooLong' };
	if (EMAIL.test(nickname)) return { ok: false, problem: 'email' };
	return { ok: true, nickname, key: nicknameKey(nickname) };
}

/** Two nicknames that differ only in case, width or spacing are the same nickname in a section. */
export function nicknameKey(nickname: string): string {
	return nickname.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
