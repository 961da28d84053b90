/**
 * The table of a chart: exactly the plotted data, one row per mark, as plain strings. The Table tab shows it
 * and /charts/<id>.csv is the same rows, so the two cannot disagree. Numbers are written without grouping
 * and dates as YYYY-MM-DD, so the CSV reads back as data.
 */
import { csvFormatRows } from 'd3-dsv';
import { t, type MessageKey } from '$lib/i18n';
import type { ChartData, Datum, SameStoryBody } from './data';

type SameStoryRow = SameStoryBody['rows'][number];

export interface ChartTable {
	columns: { key: string; label: string }[];
	/** cells in column order; `datum` is the row's source (for the link column) */
	rows: { cells: string[]; datum: number }[];
	/** the index of the column that holds the link to the source, shown as a link */
	linkColumn: number;
}

const s = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

function table(
	keys: string[],
	rows: { values: Record<string, string | number | null | undefined>; datum: number }[],
	datums: Datum[]
): ChartTable {
	const all = [...keys, 'according', 'source', 'link'];
	return {
		columns: all.map((key) => ({ key, label: t(`charts.col.${key}` as MessageKey) })),
		rows: rows.map((r) => {
			const d = datums[r.datum]!;
			const values: Record<string, string | number | null | undefined> = {
				...r.values,
				according: d.who,
				source: d.source,
				link: d.href
			};
			return { cells: all.map((k) => s(values[k])), datum: r.datum };
		}),
		linkColumn: all.length - 1
	};
}

export function chartTable(data: ChartData): ChartTable {
	const b = data.body;
	const kind = (origin: 'article' | 'record') => t(`charts.kind.${origin}`);
	switch (b.kind) {
		case 'deaths':
			return table(
				[
					'kind',
					'date',
					'to',
					'strikeDate',
					'killed',
					'presumed',
					'killedTotal',
					'withPresumedTotal',
					'strikesTotal',
					'metric',
					'reported',
					'asPrinted',
					'qualifier'
				],
				[
					...b.steps.map((x) => ({
						values: {
							kind: kind('record'),
							date: x.date,
							strikeDate: x.strikeDate,
							killed: x.killed,
							presumed: x.presumed,
							killedTotal: x.killedTotal,
							withPresumedTotal: x.withPresumedTotal,
							strikesTotal: x.strikesTotal
						},
						datum: x.datum
					})),
					...b.reports.map((r) => ({
						values: {
							kind: kind('article'),
							date: r.from,
							to: r.to,
							metric: t(`charts.panel.${r.metric}`),
							reported: r.value,
							asPrinted: r.text,
							qualifier: r.qualifier
						},
						datum: r.datum
					}))
				],
				data.datums
			);
		case 'deployments':
			return table(
				['panel', 'kind', 'date', 'to', 'value', 'asPrinted', 'qualifier', 'label'],
				b.panels.flatMap((p) =>
					[...p.points]
						.sort((x, y) => x.from.localeCompare(y.from))
						.map((x) => ({
							values: {
								panel: t(`charts.panel.${p.key}`),
								kind: kind(x.origin),
								date: x.from,
								to: x.to === x.from ? '' : x.to,
								value: x.value,
								asPrinted: x.text,
								qualifier: x.qualifier,
								label: x.label
							},
							datum: x.datum
						}))
				),
				data.datums
			);
		case 'same-story': {
			const value = (r: SameStoryRow, method: string, at: 'first' | 'last') =>
				r.record.find((x) => x.method === method)?.[at];
			const rows = b.rows.flatMap((r) => {
				const base = { article: r.label, date: r.from, to: r.to, metric: t(`charts.panel.${r.metric}`) };
				const record = (day: 'first' | 'last' | 'both', at: 'first' | 'last', datum: number) => ({
					values: {
						...base,
						kind: kind('record'),
						day: t(`charts.day.${day}`),
						killed: value(r, 'killed', at),
						withPresumed: value(r, 'with-presumed', at),
						strikes: value(r, 'strikes', at)
					},
					datum
				});
				const [first, last] = r.recordDatums;
				return [
					{
						values: {
							...base,
							kind: kind('article'),
							reported: r.reported.value,
							asPrinted: r.reported.text,
							qualifier: r.reported.qualifier
						},
						datum: r.reported.datum
					},
					...(first === last
						? [record('both', 'last', last)]
						: [record('first', 'first', first), record('last', 'last', last)])
				];
			});
			return table(
				[
					'article',
					'date',
					'to',
					'metric',
					'kind',
					'reported',
					'asPrinted',
					'qualifier',
					'day',
					'killed',
					'withPresumed',
					'strikes'
				],
				rows,
				data.datums
			);
		}
		case 'timeline':
			return table(
				['kind', 'date', 'event', 'after', 'strikesTotal'],
				[
					...b.events.map((e) => ({
						values: {
							kind: t('charts.kind.event'),
							date: e.date,
							event: e.label,
							after: e.after ? t('charts.yes') : t('charts.no')
						},
						datum: e.datum
					})),
					...b.strikes.map((x) => ({
						values: { kind: kind('record'), date: x.date, strikesTotal: x.total },
						datum: x.datum
					}))
				].sort((x, y) => String(x.values.date).localeCompare(String(y.values.date))),
				data.datums
			);
		case 'where':
			return table(
				['region', 'date', 'to', 'strikes', 'killed', 'presumed', 'rows'],
				[
					...b.regions.flatMap((r) => r.groups.map((g) => ({ r: r.label, g }))),
					...b.apart.groups.map((g) => ({ r: t('charts.where.notPlaced'), g }))
				].map(({ r, g }) => ({
					values: {
						region: r,
						date: g.from,
						to: g.to === g.from ? '' : g.to,
						strikes: g.strikes,
						killed: g.killed,
						presumed: g.presumed,
						rows: g.datums.map((i) => data.datums[i]!.ref).join(' ')
					},
					datum: g.datums.at(-1)!
				})),
				data.datums
			);
	}
}

/** The CSV of a table: a header of column labels, then the rows (RFC 4180 quoting by d3-dsv). */
export function tableCsv(tbl: ChartTable): string {
	return csvFormatRows([tbl.columns.map((c) => c.label), ...tbl.rows.map((r) => r.cells)]) + '\n';
}
