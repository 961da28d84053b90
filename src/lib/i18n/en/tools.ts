/** UI text for the tools domain: printing, LMS export, search, offline use (see ../index.ts for the conventions). */
export const tools = {
	'nav.search': 'Search',

	// ---------------------------------------------------------------- LMS export: inside the files
	'tools.lms.fromRecord': 'Reference record, row {ref}',
	'tools.lms.fromSource': '{source}, paragraph {paragraph}',
	'tools.lms.readMore': 'Read it in context: {where}.',
	'tools.lms.key': 'Answer: {answer}.',
	'tools.lms.markChoose': 'Which of these phrases in the passage should be marked? Choose all that apply.',
	'tools.lms.markWrite': 'Copy the words in the passage that the question asks for.',
	'tools.lms.positionFirst': '{n} ({label})',
	'tools.lms.positionLast': '{n} ({label})',
	'tools.lms.orderHow': 'Give each one its position, from 1 ({first}) to the last ({last}).',
	'tools.lms.lowHigh': 'Too low: {low} Too high: {high}',
	'tools.lms.dateFormat': 'Write the date as YYYY-MM-DD, for example 2025-09-02.',
	'tools.lms.justify': 'Explain your rating in a few sentences. Answer these questions:',
	'tools.lms.rubric': 'What to look for',
	'tools.lms.compareRef': 'About the two sources in question {id}.',

	'tools.note.cannotTell':
		'True/false with “cannot tell” offered: exported as multiple choice with three answers (True, False, Cannot tell from this text).',
	'tools.note.markEssay':
		'Mark the words: exported as an essay question (no phrases to choose from); the phrases to mark are in the feedback for grading by hand.',
	'tools.note.mark':
		'Mark the words: exported as multiple answers, choosing among the phrases from the key (right ones and likely wrong ones). Easier than marking freely.',
	'tools.note.order':
		'Put in order: exported as matching (each entry to its position). Credit is per position, not per pair of neighbours.',
	'tools.note.pairFeedback':
		'Matching: the feedback for each pair is shown together as general feedback (LMS matching has no feedback per pair).',
	'tools.note.categorize':
		'Sort into categories: exported as matching (each statement to a category). Feedback per statement is shown together as general feedback.',
	'tools.note.date':
		'Date estimate: exported as short answer, accepting every day within the tolerance written as YYYY-MM-DD.',
	'tools.note.nearQti':
		'Half credit for a near answer is left out: Canvas classic quizzes give full credit or none here.',
	'tools.note.partialQti':
		'Part credit for a near rating is left out: Canvas multiple choice gives full credit or none.',
	'tools.note.rate':
		'Rate the source: split in two, a multiple-choice rating and an essay for the justification (graded by hand with the rubric in its feedback).',
	'tools.note.compare':
		'Compare two sources: split in two, a multiple-choice pick and a multiple-answers question for the reasons. The optional written answer is left out; the model answer is in the feedback.',
	'tools.note.giftFewPairs':
		'Left out: Moodle’s GIFT matching needs at least three pairs, and this item has fewer.',
	'tools.note.giftDistractors':
		'The extra wrong choices of this matching question are left out (GIFT has no syntax for them): {list}',

	'tools.export.moduleTitle': '{title} (module)',
	'tools.export.heading': 'Download for your LMS:',
	'tools.export.qti': 'Canvas (QTI 1.2 zip)',
	'tools.export.gift': 'Moodle (GIFT text)',

	// ---------------------------------------------------------------- worksheets and answer keys
	'tools.print.tools': 'Printing and downloads',
	'tools.print.hint': 'This page is the printable version: print it from the browser, or use a PDF below.',
	'tools.print.print': 'Print',
	'tools.print.pdf': 'Download PDF ({size}, {pages} pages)',
	'tools.print.noPdf':
		'No PDF has been made of this page yet: use Print (choose “Save as PDF” to keep a copy).',
	'tools.print.paper': 'Paper',
	'tools.print.size.auto': 'Printer default',
	'tools.print.size.a4': 'A4',
	'tools.print.size.letter': 'US Letter',
	'tools.print.toKey': 'Answer key',
	'tools.print.toWorksheet': 'Student worksheet',
	'tools.print.worksheet': 'Worksheet',
	'tools.print.key': 'Answer key',
	'tools.print.kind.quiz': 'Quiz',
	'tools.print.kind.lesson': 'Lesson',
	'tools.print.kind.module': 'Module',
	'tools.print.name': 'Name',
	'tools.print.class': 'Class',
	'tools.print.date': 'Date',
	'tools.print.online': 'Do this quiz online, with feedback after each answer',
	'tools.print.question': 'Question {n}',
	'tools.print.questions': 'Questions',
	'tools.print.seeBefore': 'Practice question',
	'tools.print.seeAfter': ': printed with the questions at the end.',
	'tools.print.tick': 'Tick one box.',
	'tools.print.chooseAll': 'Tick every box that applies.',
	'tools.print.underline': 'Underline the words in the passage that the question asks for.',
	'tools.print.order': 'Write 1 to {n} in the blanks: 1 is {first}, {n} is {last}.',
	'tools.print.match':
		'Write the letter of the right match in each blank. A letter may be used more than once, or not at all.',
	'tools.print.categorize': 'Write the letter of a category in the blank before each statement.',
	'tools.print.space': 'Space for a written answer.',

	'tools.key.answer': 'Answer',
	'tools.key.why': 'Why:',
	'tools.key.objective': 'Objective',
	'tools.key.range': '{low} to {high}',
	'tools.key.accepted': '{range} accepted',
	'tools.key.half': '{range} half credit',
	'tools.key.withinDays': 'accepted within {n} days either side',
	'tools.key.nearDays': 'half credit within {n} days',
	'tools.key.partial': 'Part credit ({credit}) for {choice}',
	'tools.key.reasons': 'Reasons: {list}',
	'tools.key.fb.correct': 'In range',
	'tools.key.fb.near': 'Close',
	'tools.key.fb.low': 'Too low',
	'tools.key.fb.high': 'Too high',

	// ---------------------------------------------------------------- search
	'tools.search.title': 'Search',
	'tools.search.intro':
		'Find lessons, articles, figures, charts, quizzes and glossary terms. Try a word, a number or words from a quote.',
	'tools.search.label': 'Search the site',
	'tools.search.submit': 'Search',
	'tools.search.filter': 'Show',
	'tools.search.all': 'Everything',
	'tools.search.results.one': '{count} result for “{query}”',
	'tools.search.results.other': '{count} results for “{query}”',
	'tools.search.none': 'Nothing found for “{query}”. Try fewer words, or another spelling.',
	'tools.search.loading': 'Searching…',
	'tools.search.unavailable':
		'Search is not available: the search index has not been built (npm run build makes it).',
	'tools.search.noscript':
		'Search needs JavaScript. Without it, browse the lessons, the glossary, the figures and the articles from the menu.',
	'tools.search.in': 'In this page:',
	'tools.search.more': 'Show more results',
	'tools.search.type.lesson': 'Lesson',
	'tools.search.type.module': 'Module',
	'tools.search.type.quiz': 'Quiz',
	'tools.search.type.source': 'Article',
	'tools.search.type.figure': 'Figure',
	'tools.search.type.chart': 'Chart',
	'tools.search.type.glossary': 'Glossary term',
	'tools.search.type.reference': 'Reference record',

	// ---------------------------------------------------------------- offline
	'tools.offline.label': 'Offline use',
	'tools.offline.saving': 'Saving this module on this device for use without a connection…',
	'tools.offline.saved':
		'Available offline: this module’s lessons, charts and quizzes work on this device without a connection.',
	'tools.offline.failed': 'Could not save this module for offline use. It still works while you are online.',
	'tools.offline.unsupported': 'This browser cannot keep the module for offline use.',
	'tools.offline.offlineNow': 'You are offline. Quiz answers are kept on this device.',
	'tools.offline.waiting.one':
		'{count} class submission is waiting on this device and will be sent when you are back online.',
	'tools.offline.waiting.other':
		'{count} class submissions are waiting on this device and will be sent when you are back online.',
	'tools.offline.queued':
		'No connection: your answers are saved on this device and will be sent to your teacher when you are back online. You can close this page.',
	'tools.offline.cannotQueue':
		'No connection, and this page cannot be saved for later: reconnect, then submit again.',
	'tools.offline.pageTitle': 'You are offline',
	'tools.offline.pageText':
		'This page was not saved on this device. Modules you have opened before still work: go back, or open one from the list.',
	'tools.offline.pageLink': 'Modules',

	// ---------------------------------------------------------------- links from lesson, quiz and module pages
	'tools.links.label': 'Print and export',
	'tools.links.worksheet': 'Printable worksheet',
	'tools.links.key': 'Answer key',

	'tools.export.fromSite': 'From Sourcebook:',
	'tools.export.notesHeading': 'Changes made for the LMS (item types it cannot represent as they are):',
	'tools.export.noNotes': 'No changes: every item kept its type.',
	'tools.export.qtiKeeps':
		'Canvas (QTI 1.2) keeps: question text with its passages, every answer and which are right, feedback per answer, general feedback with the rationale and a link back. It drops: half or part credit (full credit or none), feedback per matching pair (moved into general feedback).',
	'tools.export.giftKeeps':
		'Moodle (GIFT) keeps: question text with its passages, every answer and which are right, part credit by percentage, feedback per answer, general feedback with the rationale. It drops: feedback per matching pair and extra wrong matching choices.'
} as const;
