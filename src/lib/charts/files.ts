/** The data files of a chart: the metadata (JSON), the CSV and the standalone SVG, from its view. */
import type { ChartView } from './view';
import { tableCsv } from './table';
import { standaloneSvg } from './svgfile';

/** /charts/<id>.json: title, sources, licence and data version, with the addresses of the other files. */
export function chartMetadata(view: ChartView) {
	return {
		id: view.id,
		title: view.title,
		takeaway: view.takeaway,
		description: view.description,
		sourceLine: view.sourceLine,
		notes: view.notes,
		licence: view.licence,
		data: {
			version: view.version,
			through: view.through,
			archived: view.archived,
			archives: view.archives.map((a) => ({ ...a, embed: `/embed/${view.id}/v/${a.version}` }))
		},
		columns: view.table.columns.map((c) => c.label),
		sources: view.datums.map((d) => ({
			ref: d.ref,
			origin: d.origin,
			title: d.title,
			detail: d.detail,
			according: d.who,
			reportedIn: d.source,
			quote: d.quote,
			link: d.href,
			...(d.url ? { copy: d.url } : {})
		})),
		files: { page: view.href.page, csv: view.href.csv, svg: view.href.svg, png: view.href.png },
		embed: { live: view.href.embed, archived: view.href.archivedEmbed ?? null, height: view.embedHeight }
	};
}

export const chartCsv = (view: ChartView) => tableCsv(view.table);

/** The wide drawing as a standalone SVG, with the chart's address written in. */
export const chartSvg = (view: ChartView, origin: string) =>
	standaloneSvg(view, view.scenes.wide, {
		address: `${origin.replace(/^https?:\/\//, '')}${view.href.page}`,
		version: view.version
	});
