import { assignmentFor } from '$lib/server/teacher';
import { moduleById, quizzesOf } from '$lib/server/catalog';
import { summarize } from '$lib/teach/scores';
import { csvFileName, resultsCsv } from '$lib/teach/csv';

export const prerender = false;

export async function GET(event) {
	const { store, assignment, sections } = await assignmentFor(event);
	const module = moduleById(assignment.moduleId);
	const quizzes = module ? quizzesOf(module) : [];
	const rows = await store.results(assignment.id);
	const csv = resultsCsv({
		sections,
		quizzes: quizzes.map((q) => ({ id: q.id, title: q.title })),
		students: summarize(module?.steps ?? [], rows.students, rows.attempts, rows.progress)
	});
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${csvFileName(assignment.moduleTitle, Date.now())}"`
		}
	});
}
