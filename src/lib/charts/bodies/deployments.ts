/** The deployments chart's data: see ChartBody in ../data.ts. */
import type { Content } from '$lib/content/build';
import type { ChartDefinition } from '$lib/content/charts';
import { t } from '$lib/i18n';
import type { ChartBody } from '../data';
import { num, shortDate } from '../format';
import type { ChartSources } from '../sources';

export function deploymentsBody(
	{ c, article, record, quantity }: ChartSources,
	def: Extract<ChartDefinition, { kind: 'deployments' }>
): Extract<ChartBody, { kind: 'deployments' }> {
	return {
		kind: 'deployments',
		domain: { from: def.data.from, to: def.data.to },
		panels: def.data.panels.map((p) => ({
			key: p.key,
			points: [
				...p.records.map((r) => {
					const row = c.reference.byRef.get(r.ref) as Content['reference']['deployments'][number];
					return {
						from: row.date,
						to: row.date,
						value: row.value,
						qualifier: 'exact',
						text: num(row.value),
						label: r.label,
						origin: 'record' as const,
						datum: record(
							row,
							t('charts.datum.deployment', { value: num(row.value), what: row.what }),
							t('charts.datum.deploymentDetail', { label: r.label, date: shortDate(row.date) })
						)
					};
				}),
				...p.figures.map((x) => {
					const f = quantity(x.id);
					const unquantified = ['multiple', 'several', 'unspecified'].includes(f.qualifier);
					return {
						from: f.as_of.from,
						to: f.as_of.to,
						value: unquantified ? null : f.value,
						qualifier: f.qualifier,
						text: f.text,
						label: x.label,
						origin: 'article' as const,
						datum: article(f)
					};
				})
			].sort((a, b) => a.from.localeCompare(b.from))
		}))
	};
}
