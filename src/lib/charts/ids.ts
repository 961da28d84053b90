/** The charts, by id. Lessons place them by these ids; the content must define each exactly once. No imports: safe anywhere. */
export const chartIds = ['deaths-over-time', 'deployments', 'same-story', 'timeline', 'where'] as const;
export type ChartId = (typeof chartIds)[number];

export const isChartId = (id: string): id is ChartId => (chartIds as readonly string[]).includes(id);

/** Addresses of a chart's page, data files and embeds. */
export const chartHref = (id: string) => `/charts/${id}`;
export const chartFileHref = (id: string, ext: 'csv' | 'svg' | 'png' | 'json') => `/charts/${id}.${ext}`;
export const embedHref = (id: string, version?: string) =>
	version ? `/embed/${id}/v/${version}` : `/embed/${id}`;
