/**
 * From the content to ChartData: pick the figures and record rows a chart definition names, compute the
 * series (death totals from deathSeries, never typed in), and give every plotted value a Datum that says
 * where it was reported and links to the sentence. Pure: a Content object in, plain data out.
 */
import type { Content } from '$lib/content/build';
import type { ChartDefinition } from '$lib/content/charts';
import type { Figure } from '$lib/content/schema';
import { deathSeries, totalsOn, type DeathPoint, type StrikeRow } from '$lib/content/reference';
import { figureHref, refAnchor } from '$lib/content/anchors';
import { t } from '$lib/i18n';
import type { ChartBody, ChartData, Datum, StrikeGroup } from './data';
import { num, shortDate, span } from './format';

type Quantity = Extract<Figure, { kind: 'quantity' }>;
type Row = { ref: string; claimant: string; quote: string; original_reporter: string; source_url: string };

/** Collects datums in order of first use and hands out their indexes. */
class Datums {
	list: Datum[] = [];
	private byKey = new Map<string, number>();
	add(key: string, make: () => Datum): number {
		const known = this.byKey.get(key);
		if (known !== undefined) return known;
		this.list.push(make());
		this.byKey.set(key, this.list.length - 1);
		return this.list.length - 1;
	}
}

const host = (url: string) => {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
};

const NUMBER_END =
	/(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|forty|fifty|hundred|thousand|million|multiple|several|millions))$/i;

/** "“at least 17” dead", "“at least eight ships”", "“multiple” F-35 fighter jets" */
export function figureTitle(f: Quantity): string {
	const words = f.text.replace(/[,.;:]+$/, '');
	if (!NUMBER_END.test(words)) return t('charts.datum.quoted', { text: words });
	const noun = f.metric === 'deaths' ? t('charts.noun.dead') : f.unit;
	return t('charts.datum.quotedWith', { text: words, noun });
}

export function extractChart(c: Content, def: ChartDefinition): ChartData {
	const d = new Datums();
	const series = deathSeries(c.reference.strikes);

	const article = (f: Quantity) =>
		d.add(f.id, () => ({
			ref: f.id,
			origin: 'article',
			title: figureTitle(f),
			detail: t('charts.datum.articleDetail', {
				article: c.charts.articles[f.source] ?? f.source,
				window: span(f.as_of.from, f.as_of.to)
			}),
			who: f.attributed_to,
			source: c.source(f.source)?.title ?? f.source,
			quote: f.quote,
			href: figureHref(f)
		}));
	const record = (row: Row, title: string, detail: string) =>
		d.add(row.ref, () => ({
			ref: row.ref,
			origin: 'record',
			title,
			detail,
			who: row.claimant,
			source: t('charts.datum.reportedBy', { reporter: row.original_reporter, host: host(row.source_url) }),
			quote: row.quote,
			href: `/reference#${refAnchor(row.ref)}`,
			url: row.source_url
		}));
	const strikeRows = new Map(c.reference.strikes.map((s) => [s.ref, s]));
	const step = (p: DeathPoint) => {
		const row = strikeRows.get(p.ref)!;
		return record(
			row,
			p.presumed
				? t('charts.datum.stepPresumed', {
						killed: num(p.killed),
						presumed: num(p.presumed),
						date: shortDate(p.announced)
					})
				: t('charts.datum.step', { killed: num(p.killed), date: shortDate(p.announced) }),
			t('charts.datum.stepDetail', {
				region: row.region || t('charts.where.notDisclosed'),
				strikeDate: shortDate(p.date)
			})
		);
	};
	const quantity = (id: string) => c.figure(id) as Quantity;

	const body = ((): ChartBody => {
		switch (def.kind) {
			case 'deaths': {
				const steps = byAnnouncement(series).map((p) => ({
					date: p.announced,
					strikeDate: p.date,
					killed: p.killed,
					presumed: p.presumed,
					killedTotal: p.killedTotal,
					withPresumedTotal: p.withPresumedTotal,
					strikesTotal: strikeRows.get(p.ref)?.cumulative_strikes ?? null,
					datum: step(p)
				}));
				const reports = def.data.reports.map(quantity).map((f) => ({
					from: f.as_of.from,
					to: f.as_of.to,
					metric: f.metric === 'strikes' ? ('strikes' as const) : ('deaths' as const),
					value: f.value,
					qualifier: f.qualifier,
					text: f.text,
					datum: article(f)
				}));
				return { kind: 'deaths', domain: { from: def.data.from, to: def.data.to }, steps, reports };
			}
			case 'deployments':
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
			case 'same-story':
				return {
					kind: 'same-story',
					rows: def.data.figures
						.map(quantity)
						.map((f) => {
							const first = totalsOn(series, f.as_of.from);
							const last = totalsOn(series, f.as_of.to);
							const metric = f.metric === 'strikes' ? ('strikes' as const) : ('deaths' as const);
							const record =
								metric === 'strikes'
									? [{ method: 'strikes' as const, first: first?.strikes ?? 0, last: last?.strikes ?? 0 }]
									: [
											{ method: 'killed' as const, first: first?.killed ?? 0, last: last?.killed ?? 0 },
											{
												method: 'with-presumed' as const,
												first: first?.withPresumed ?? 0,
												last: last?.withPresumed ?? 0
											}
										];
							// the rows in force on the first and the last day (before the first strike: the first row)
							const inForce = [f.as_of.from, f.as_of.to].map(
								(day) =>
									byAnnouncement(series)
										.filter((p) => p.announced <= day)
										.at(-1) ?? byAnnouncement(series)[0]!
							);
							return {
								source: f.source,
								label: c.charts.articles[f.source] ?? f.source,
								from: f.as_of.from,
								to: f.as_of.to,
								metric,
								reported: { value: f.value, qualifier: f.qualifier, text: f.text, datum: article(f) },
								record,
								recordDatums: [step(inForce[0]!), step(inForce[1]!)] as [number, number]
							};
						})
						.sort((a, b) => a.from.localeCompare(b.from) || a.metric.localeCompare(b.metric))
				};
			case 'timeline': {
				const last = [...c.sources]
					.sort(
						(a, b) =>
							a.publication_window.latest.date.localeCompare(b.publication_window.latest.date) ||
							a.publication_window.earliest.date.localeCompare(b.publication_window.earliest.date)
					)
					.at(-1)!;
				const lastArticle = {
					source: last.id,
					label: c.charts.articles[last.id] ?? last.title,
					from: last.publication_window.earliest.date,
					to: last.publication_window.latest.date
				};
				const events = def.data.events.map((e) => {
					const row = c.reference.byRef.get(e.ref) as Content['reference']['events'][number];
					return {
						date: row.date,
						label: e.label,
						after: row.date >= lastArticle.to,
						datum: record(
							row,
							e.label,
							t('charts.datum.eventDetail', { date: shortDate(row.date), event: row.event })
						)
					};
				});
				const strikes = byAnnouncement(series)
					.filter((p) => strikeRows.get(p.ref)?.cumulative_strikes !== undefined)
					.map((p) => ({ date: p.announced, total: p.strikesTotal!, datum: step(p) }));
				return {
					kind: 'timeline',
					domain: { from: def.data.from, to: def.data.to },
					events: events.sort((a, b) => a.date.localeCompare(b.date)),
					strikes,
					lastArticle
				};
			}
			case 'where': {
				const groups = strikeGroups(c.reference.strikes);
				const byRef = new Map(series.map((p) => [p.ref, p]));
				const tally = (gs: { rows: StrikeRow[] }[]) => ({
					killed: gs.flatMap((g) => g.rows).reduce((s, r) => s + r.killed, 0),
					presumed: gs.flatMap((g) => g.rows).reduce((s, r) => s + (r.presumed_dead ?? 0), 0)
				});
				const asGroup = (g: { rows: StrikeRow[]; strikes: number | null }): StrikeGroup => ({
					strikes: g.strikes,
					...tally([g]),
					from: g.rows[0]!.date,
					to: g.rows.at(-1)!.date,
					regions: [...new Set(g.rows.map((r) => r.region))],
					datums: g.rows.map((r) => step(byRef.get(r.ref)!))
				});
				const regionOf = (g: { rows: StrikeRow[]; strikes: number | null }) => {
					const names = new Set(g.rows.map((r) => r.region));
					return names.size === 1 && g.strikes !== null
						? def.data.regions.find((r) => names.has(r.name))
						: undefined;
				};
				const apart = groups.filter((g) => !regionOf(g));
				return {
					kind: 'where',
					extent: def.data.extent,
					places: def.data.places,
					regions: def.data.regions.map((r) => {
						const mine = groups.filter((g) => regionOf(g) === r);
						return {
							...r,
							strikes: mine.reduce((s, g) => s + (g.strikes ?? 0), 0),
							...tally(mine),
							groups: mine.map(asGroup)
						};
					}),
					apart: {
						strikes: apart.reduce((s, g) => s + (g.strikes ?? 0), 0),
						...tally(apart),
						groups: apart.map(asGroup)
					}
				};
			}
		}
	})();

	return {
		id: def.id,
		title: def.title,
		takeaway: def.takeaway,
		description: def.description,
		sourceLine: def.source_line,
		notes: def.notes,
		licence: c.charts.licence,
		through: through(body),
		datums: d.list,
		body
	};
}

/** The series in the order the totals became known: by announcement day, then strike day. */
export function byAnnouncement(series: DeathPoint[]): DeathPoint[] {
	const sorted = [...series].sort(
		(a, b) => a.announced.localeCompare(b.announced) || a.date.localeCompare(b.date)
	);
	let killed = 0;
	let withPresumed = 0;
	return sorted.map((p) => {
		killed += p.killed;
		withPresumed += p.killed + p.presumed;
		return { ...p, killedTotal: killed, withPresumedTotal: withPresumed };
	});
}

/**
 * Strikes per announcement, from the record's running strike count: a row's strikes are its count minus the
 * last count before it. A row without a count is joined to the next row that has one, because the record
 * does not say how the strikes split between them; rows after the last count form a group without a count.
 */
export function strikeGroups(strikes: StrikeRow[]): { rows: StrikeRow[]; strikes: number | null }[] {
	const out: { rows: StrikeRow[]; strikes: number | null }[] = [];
	let pending: StrikeRow[] = [];
	let last = 0;
	for (const row of [...strikes].sort((a, b) => a.date.localeCompare(b.date))) {
		pending.push(row);
		if (row.cumulative_strikes === undefined) continue;
		out.push({ rows: pending, strikes: row.cumulative_strikes - last });
		last = row.cumulative_strikes;
		pending = [];
	}
	if (pending.length) out.push({ rows: pending, strikes: null });
	return out;
}

/** The last day a chart's data speaks about. */
export function through(body: ChartBody): string {
	const days: string[] = [];
	switch (body.kind) {
		case 'deaths':
			days.push(...body.steps.map((s) => s.date), ...body.reports.map((r) => r.to));
			break;
		case 'deployments':
			days.push(...body.panels.flatMap((p) => p.points.map((x) => x.to)));
			break;
		case 'same-story':
			days.push(...body.rows.map((r) => r.to));
			break;
		case 'timeline':
			days.push(...body.events.map((e) => e.date), ...body.strikes.map((s) => s.date));
			break;
		case 'where':
			days.push(...[...body.regions.flatMap((r) => r.groups), ...body.apart.groups].map((g) => g.to));
			break;
	}
	return days.reduce((m, x) => (x > m ? x : m), '0000-00-00');
}
