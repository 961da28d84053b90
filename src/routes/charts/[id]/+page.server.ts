import { error } from '@sveltejs/kit';
import { content } from '$lib/content';
import { chartIds, chartSummaries, chartView } from '$lib/charts/view';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export function load({ params }) {
	const chart = chartView(content(), params.id);
	if (!chart) error(404, `No chart with id ${params.id}`);
	return { chart, others: chartSummaries(content()).filter((c) => c.id !== chart.id) };
}
