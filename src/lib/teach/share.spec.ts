import { describe, expect, it } from 'vitest';
import { classroomShareLink, studentLink, teacherLink } from './share';

describe('share links', () => {
	it('builds the student and teacher links on the site origin', () => {
		expect(studentLink('https://sb.example', 'K7QM3X')).toBe('https://sb.example/class/K7QM3X');
		expect(teacherLink('https://sb.example', 'abc_DEF-123')).toBe('https://sb.example/teach/abc_DEF-123');
	});
	it('encodes the student link, title and instructions for Classroom', () => {
		const link = new URL(
			classroomShareLink('https://sb.example/class/K7QM3X?x=1&y=2', 'Numbers & news', 'Code: K7Q-M3X')
		);
		expect(link.origin + link.pathname).toBe('https://classroom.google.com/share');
		expect(link.searchParams.get('url')).toBe('https://sb.example/class/K7QM3X?x=1&y=2');
		expect(link.searchParams.get('title')).toBe('Numbers & news');
		expect(link.searchParams.get('body')).toBe('Code: K7Q-M3X');
		expect(link.searchParams.get('itemtype')).toBe('assignment');
	});
});
