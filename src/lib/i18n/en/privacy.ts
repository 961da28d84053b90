/** UI text for /privacy: what class pages store, for how long, who can see it and how it is deleted. */
export const privacy = {
	'privacy.title': 'Privacy: what class pages store',
	'privacy.lede':
		'Reading lessons and practising quizzes stores nothing on our server. Only when a teacher assigns a module do the pages below store data, and only what the list says.',
	'privacy.storedHeading': 'What is stored',
	'privacy.student':
		'For each student: the nickname they typed, the section they joined, the time they joined, their quiz answers with scores and times, and the lessons they marked as read.',
	'privacy.studentCode':
		'A resume code for each student, stored only as a salted scrypt hash, so it cannot be read back.',
	'privacy.sessions':
		'For each device a student uses: a random token in a cookie; the server keeps only its SHA-256 hash.',
	'privacy.teacher':
		'For each assignment: the module, the section names the teacher typed, the class codes, the dates it was created and closed, and a SHA-256 hash of the teacher link’s key. No teacher name, email or account.',
	'privacy.notStoredHeading': 'What is not stored',
	'privacy.noPersonal':
		'No real names, email addresses, birthdays or other personal details are asked for. Nicknames that look like email addresses are refused. Students should not use their real names.',
	'privacy.noIp':
		'No IP addresses are written to the database, and the site’s own server keeps no request logs. Rate limits (which stop code guessing and floods) count requests in memory only and are never saved. If the people running the site put another web server in front of it, that server’s logs follow their policy.',
	'privacy.noTracking':
		'No analytics, advertising, tracking pixels or third-party scripts. Nothing is sold or shared.',
	'privacy.cookiesHeading': 'Cookies',
	'privacy.cookies':
		'Class pages set only functional cookies: sb_class_<code> (the student’s session token), sb_resume_<code> (the student’s own resume code, so the class page can show it again on that device) and sb_client (a random id used only to count requests for rate limits). They are kept up to 400 days or until the student leaves the class on that device.',
	'privacy.cookiesLessons':
		'Lesson and quiz practice pages keep progress in the browser’s own storage, on the device only.',
	'privacy.whoHeading': 'Who can see what',
	'privacy.whoTeacher':
		'The teacher link shows every student’s nickname, status, scores and answers for that assignment. Anyone who has the link can see them, so teachers should keep it private.',
	'privacy.whoStudent':
		'A student sees only their own steps and scores. Students never see each other’s answers or scores.',
	'privacy.howLongHeading': 'How long it is kept',
	'privacy.howLong':
		'An assignment and everything under it is deleted automatically {days} days after it is created, or earlier when the teacher deletes it. Closing an assignment stops new answers but deletes nothing.',
	'privacy.deleteHeading': 'How it is deleted',
	'privacy.delete':
		'Deleting removes the assignment, its sections, students, sessions, progress and answers from the database in one transaction. With the built-in SQLite database, deleted rows are also overwritten on disk (secure_delete). Backups, if the people running this site make any, follow their own retention schedule.',
	'privacy.deleteStudent':
		'A student or parent who wants a student’s data deleted sooner should ask the teacher, who can delete the assignment; a student can also just stop using the nickname.',
	'privacy.securityHeading': 'Security',
	'privacy.security':
		'Teacher links carry a random key of 192 bits. Pages are sent with a content security policy and cannot be framed by other sites. Requests are size-limited and checked against a schema, and forms are accepted only from this site.',
	'privacy.whereHeading': 'Where it is stored',
	'privacy.where':
		'In one database run by the people who run this site: by default a single SQLite file on the server, or a PostgreSQL database if they configure one. Data is not sent to any other service.'
} as const;
