/** UI text for the lessons domain: lessons, modules, glossary (see ../index.ts for the conventions). */
export const lessons = {
	'nav.lessons': 'Lessons',
	'nav.modules': 'Modules',
	'nav.glossary': 'Glossary',

	// tags inside a lesson
	'lessons.fig.in': ' (the exact words, in {source})',
	'lessons.quote.context': 'Read the sentence in the article',
	'lessons.said.in': ' (quoted from {source}, paragraph {paragraph})',
	'lessons.row.in': ' (its source in the reference record)',
	'lessons.missing': '[missing: {id}]',
	'lessons.term.show': ' (show definition)',
	'lessons.term.glossary': 'In the glossary',
	'lessons.check': 'Quick check',
	'lessons.check.answer': 'Show a model answer',
	'lessons.discuss': 'Discuss',
	'lessons.teacherNote': 'Teacher note',
	'lessons.known': 'What we know',
	'lessons.disputed': 'What is disputed or unknown',
	'lessons.later': 'What happened next',
	'lessons.later.source': 'According to {claimant}, reported by {reporter}.',
	'lessons.later.record': 'See the record row',
	'lessons.later.about': 'About the record row for {date}: {text}',
	'lessons.chart.pending': 'Chart “{id}” is not ready yet.',
	'lessons.chart.reference': 'See the numbers in the reference record',
	'lessons.item.pending': 'Practice question {id} is not ready yet.',

	// the lesson list
	'lessons.title': 'Lessons',
	'lessons.intro':
		'Short explainers, 10 to 15 minutes each, built on the five articles and the dated record. Each one quotes its figures with a link to the sentence that reported it.',
	'lessons.forTeachers':
		'Teachers: every lesson has a 45-minute plan, an exit ticket, discussion prompts and standards. Modules group lessons and quizzes into a path you can assign.',
	'lessons.minutes': '{minutes} min',
	'lessons.band': 'Grades {band}',
	'lessons.band.8-10': 'Grades 8–10',
	'lessons.band.9-12': 'Grades 9–12',
	'lessons.band.11-college': 'Grades 11–12 and intro college',
	'lessons.lessonNumber': 'Lesson {n}',

	// progress (on this device)
	'lessons.status.new': 'Not started',
	'lessons.status.started': 'Started',
	'lessons.status.done': 'Finished',
	'lessons.progress.mark': 'Mark this lesson as finished',
	'lessons.progress.unmark': 'Finished ✓ (undo)',
	'lessons.progress.saved': 'Your progress is kept on this device only.',
	'lessons.progress.notSaved':
		'This device is not keeping progress (storage is off), so it lasts for this visit only.',
	'lessons.progress.resume': 'Continue where you left off: {section}',
	'lessons.progress.module': '{done} of {total} lessons finished on this device',

	// advisories
	'lessons.advisory.heading': 'Content note',
	'lessons.advisory.deaths': 'people killed in military strikes',
	'lessons.advisory.violence': 'descriptions of military force and threats of violence',
	'lessons.advisory.strong-language': 'strong language in a quote',
	'lessons.advisory.drugs': 'drug overdose deaths',
	'lessons.advisory.lead': 'This lesson includes {list}.',
	'lessons.advisory.leadModule': 'Lessons in this module include {list}.',

	// a lesson page
	'lessons.meta': 'About this lesson',
	'lessons.objectives': 'You will be able to',
	'lessons.vocabulary': 'Words to know',
	'lessons.prerequisites': 'Read first',
	'lessons.contents': 'In this lesson',
	'lessons.updated': 'Last updated {date}',
	'lessons.time': 'Time',
	'lessons.grades': 'Grades',
	'lessons.teacherView': 'Show teacher notes',
	'lessons.teacherView.help':
		'Opens the plan, the notes in the text and the model answers. Teacher notes are always printed; answers only with this on.',
	'lessons.teacher.heading': 'For teachers',
	'lessons.teacher.plan': '45-minute class plan',
	'lessons.teacher.minutes': 'Minutes',
	'lessons.teacher.activity': 'Activity',
	'lessons.teacher.exit': 'Exit ticket',
	'lessons.teacher.discuss': 'Discussion prompts in the text',
	'lessons.teacher.checks': 'Quick checks in the text',
	'lessons.teacher.notes': 'Notes',
	'lessons.teacher.standards': 'Standards',
	'lessons.teacher.readability':
		'Reading level of the lesson text (Flesch–Kincaid grade, quotes left out): {grade}',
	'lessons.inModule': 'In the module “{title}”: step {position} of {total}',
	'lessons.prev': 'Previous: {title}',
	'lessons.next': 'Next: {title}',
	'lessons.step.quiz': 'Quiz',
	'lessons.step.lesson': 'Lesson',
	'lessons.end': 'End of the lesson',
	'lessons.print': 'Print this lesson',

	// modules
	'modules.title': 'Modules',
	'modules.intro':
		'A module is a path through lessons and quizzes, in order, with its objectives and total time. Work through it yourself, or assign it to a class.',
	'modules.steps.one': '{count} step',
	'modules.steps.other': '{count} steps',
	'modules.lessons.one': '{count} lesson',
	'modules.lessons.other': '{count} lessons',
	'modules.quizzes.one': '{count} quiz',
	'modules.quizzes.other': '{count} quizzes',
	'modules.minutes': 'about {minutes} minutes in all',
	'modules.objectives': 'By the end you will be able to',
	'modules.path': 'The path',
	'modules.start': 'Start with step 1',
	'modules.continue': 'Continue: {title}',
	'modules.standards': 'Standards covered',
	'modules.forTeachers': 'For teachers',
	'modules.assign': 'Assign this module to a class',
	'modules.assignHelp':
		'You get a class code and a link for students, and see their results. No accounts, and no personal data from students.',
	'modules.stepMinutes': '{minutes} min',

	// glossary
	'glossary.title': 'Glossary',
	'glossary.intro':
		'The words the lessons use, in plain language. Where a word is a label one side uses, the definition says who uses it.',
	'glossary.usedIn': 'Used in',
	'glossary.notUsed': 'Not yet used in a lesson',
	'glossary.seeAlso': 'See also',
	'glossary.jump': 'Jump to a letter'
} as const;
