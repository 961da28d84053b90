import { describe, expect, it } from 'vitest';
import { checkNickname, nicknameKey, NICKNAME_MAX } from './nickname';

describe('checkNickname', () => {
	it('keeps any visible text, markup included, trimmed and with single spaces', () => {
		expect(checkNickname('  <script>  ')).toEqual({ ok: true, nickname: '<script>', key: '<script>' });
		expect(checkNickname('Blue   Heron')).toMatchObject({ ok: true, nickname: 'Blue Heron' });
		expect(checkNickname('Zoë 🦊')).toMatchObject({ ok: true, nickname: 'Zoë 🦊' });
	});

	it('refuses empty, too long, invisible and email nicknames with a reason', () => {
		expect(checkNickname('   ')).toEqual({ ok: false, problem: 'empty' });
		expect(checkNickname('x'.repeat(NICKNAME_MAX + 1))).toEqual({ ok: false, problem: 'tooLong' });
		expect(checkNickname('🦊'.repeat(NICKNAME_MAX))).toMatchObject({ ok: true });
		expect(checkNickname('ab\u200bcd')).toEqual({ ok: false, problem: 'invisible' });
		expect(checkNickname('evil\u202etxt')).toEqual({ ok: false, problem: 'invisible' });
		expect(checkNickname('a\nb')).toEqual({ ok: false, problem: 'invisible' });
		expect(checkNickname('sam@school.org')).toEqual({ ok: false, problem: 'email' });
	});

	it('gives the same key to nicknames that differ only in case or width', () => {
		expect(nicknameKey('Blue Heron')).toBe(nicknameKey('blue heron'));
		expect(nicknameKey('ＢＬＵＥ')).toBe(nicknameKey('blue'));
		expect(nicknameKey('blue')).not.toBe(nicknameKey('blues'));
	});
});
