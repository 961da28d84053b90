/**
 * Links a teacher hands out: the student link for a section, and Google Classroom's share link, which
 * opens Classroom's own "create assignment" dialog with the student link attached (no Google script or
 * API key on this site; the teacher's browser talks to Google only when they click).
 */
export function studentLink(origin: string, code: string): string {
	return `${origin}/class/${code}`;
}

export function teacherLink(origin: string, key: string): string {
	return `${origin}/teach/${key}`;
}

export function classroomShareLink(url: string, title: string, body: string): string {
	const q = new URLSearchParams({ url, title, body, itemtype: 'assignment' });
	return `https://classroom.google.com/share?${q}`;
}
