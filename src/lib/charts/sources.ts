/**
 * What every chart body is made of: the datums (each plotted value's source, quote and link, collected in
 * order of first use) and the helpers that make them from an article's figure or a record row.
 */
import type { Content } from '$lib/content/build';
import type { Figure } from '$lib/content/schema';
import { deathSeries, type DeathPoint } from '$lib/content/reference';
import { figureHref, refAnchor } from '$lib/content/anchors';
import { t } from '$lib/i18n';
import type { Datum } from './data';
import { num, shortDate, span } from './format';

export type Quantity = Extract<Figure, { kind: 'quantity' }>;
type Row = { ref: string; claimant: string; quote: string; original_reporter: string; source_url: string };

/** Collects datums in order of first use and hands out their indexes. */
export class Datums {
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

/** The content, the death series, and datum makers bound to one chart's datum list. */
export function chartSources(c: Content) {
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
	return { c, d, series, strikeRows, article, record, step, quantity };
}
export type ChartSources = ReturnType<typeof chartSources>;
