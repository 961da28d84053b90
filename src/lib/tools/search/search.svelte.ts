/**
 * The search page's state: Pagefind, loaded from /pagefind/pagefind.js on first use (it exists only in a
 * production build), the query and type filter, and the results with their excerpts split into text and
 * matches. Results are fetched a page of ten at a time.
 */
import { excerptParts, safeHref, type ExcerptPart } from '../search';

interface PagefindResult {
	url: string;
	meta: Record<string, string>;
	excerpt: string;
	sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		q: string,
		o?: { filters?: Record<string, string> }
	): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Hit {
	href: string;
	title: string;
	type: string;
	excerpt: ExcerptPart[];
	/** the places in the page where the words are: a heading and its excerpt */
	where: { href: string; title: string; excerpt: ExcerptPart[] }[];
}

const PAGE = 10;
const INDEX = '/pagefind/pagefind.js';

export class SiteSearch {
	status = $state<'idle' | 'loading' | 'ready' | 'unavailable'>('idle');
	query = $state('');
	/** the query the shown results are for */
	shownQuery = $state('');
	type = $state('');
	types = $state<string[]>([]);
	hits = $state<Hit[]>([]);
	total = $state(0);
	#pf: Pagefind | undefined;
	#pending = $state<{ data(): Promise<PagefindResult> }[]>([]);
	#run = 0;

	async #load(): Promise<Pagefind | undefined> {
		if (this.#pf) return this.#pf;
		try {
			const pf = (await import(/* @vite-ignore */ INDEX)) as Pagefind;
			await pf.options({ excerptLength: 22 });
			await pf.init();
			this.types = Object.keys((await pf.filters()).type ?? {}).sort();
			this.#pf = pf;
			return pf;
		} catch {
			this.status = 'unavailable';
			return undefined;
		}
	}

	/** Load the index without searching (so the type list is there before the first query). */
	async prepare() {
		await this.#load();
		if (this.status !== 'unavailable') this.status = 'ready';
	}

	async run(query = this.query) {
		const q = query.trim();
		const run = ++this.#run;
		if (!q) {
			this.hits = [];
			this.total = 0;
			this.shownQuery = '';
			return;
		}
		this.status = 'loading';
		const pf = await this.#load();
		if (!pf) return;
		const found = await pf.search(q, this.type ? { filters: { type: this.type } } : {});
		if (run !== this.#run) return;
		const results = found?.results ?? [];
		this.total = results.length;
		this.#pending = results.slice(PAGE);
		this.hits = await Promise.all(results.slice(0, PAGE).map((r) => r.data().then(toHit)));
		if (run !== this.#run) return;
		this.shownQuery = q;
		this.status = 'ready';
	}

	get more() {
		return this.#pending.length > 0;
	}

	async showMore() {
		const next = this.#pending.slice(0, PAGE);
		this.#pending = this.#pending.slice(PAGE);
		this.hits = [...this.hits, ...(await Promise.all(next.map((r) => r.data().then(toHit))))];
	}
}

function toHit(r: PagefindResult): Hit {
	const href = safeHref(r.url) ?? '/';
	return {
		href,
		title: r.meta.title ?? href,
		type: r.meta.type ?? '',
		excerpt: excerptParts(r.excerpt),
		where: (r.sub_results ?? [])
			.filter((s) => s.url !== r.url && s.title !== r.meta.title && safeHref(s.url))
			.slice(0, 3)
			.map((s) => ({ href: s.url, title: s.title, excerpt: excerptParts(s.excerpt) }))
	};
}
