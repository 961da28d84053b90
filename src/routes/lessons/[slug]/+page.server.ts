import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { lessonView, type Peers } from '$lib/content/lesson-views';
import { itemView, type ItemView } from '$lib/quiz/view';
import { chartView, type ChartView } from '$lib/charts/view';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content().lessons.map((l) => ({ slug: l.slug }));

export function load({ params }) {
	const c = content();
	const peers: Peers<ChartView, ItemView> = {
		chart: (id) => chartView(c, id),
		item: (id) => itemView(c, id),
		quizTitle: (id) => c.quizzes.find((q) => q.id === id)?.title
	};
	const view = lessonView(c, params.slug, peers);
	if (!view) error(404, `No lesson called ${params.slug}`);
	return view;
}
