import { describe, expect, it } from 'vitest';
import { buildContent } from '$lib/content/build';
import { chartFiles } from './fixtures';
import { chartView, type ChartView } from './view';
import { chartAddress, oembed } from './oembed';

const c = buildContent(chartFiles());
const origin = 'https://sourcebook.example';
const lookup = (id: string, version?: string): ChartView | undefined =>
	version ? undefined : chartView(c, id);
const ask = (q: Record<string, string>) => oembed(new URLSearchParams(q), origin, lookup);

describe('chartAddress', () => {
	it('reads chart pages and embeds on this site, with or without the origin', () => {
		expect(chartAddress(`${origin}/charts/where`, origin)).toEqual({ id: 'where' });
		expect(chartAddress('/embed/timeline', origin)).toEqual({ id: 'timeline' });
		expect(chartAddress(`${origin}/embed/where/v/0123456789`, origin)).toEqual({
			id: 'where',
			version: '0123456789'
		});
	});
	it('ignores other sites and other pages', () => {
		expect(chartAddress('https://elsewhere.example/charts/where', origin)).toBeUndefined();
		expect(chartAddress(`${origin}/sources/x`, origin)).toBeUndefined();
		expect(chartAddress('not a url at all ::', 'nonsense')).toBeUndefined();
	});
});

describe('oembed', () => {
	it('answers a chart address with a rich response whose iframe shows the embed', () => {
		const r = ask({ url: `${origin}/charts/deaths-over-time`, format: 'json' });
		expect(r.status).toBe(200);
		const view = chartView(c, 'deaths-over-time')!;
		expect(r.body).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Sourcebook',
			title: view.title,
			width: 1000,
			height: view.embedHeight
		});
		expect(r.body.html).toMatch(
			new RegExp(
				`^<iframe src="${origin}/embed/deaths-over-time" width="1000" height="${view.embedHeight}" title="[^"]+"`
			)
		);
	});
	it('respects maxwidth and maxheight', () => {
		const r = ask({ url: `${origin}/charts/where`, maxwidth: '600', maxheight: '300' });
		expect(r.body).toMatchObject({ width: 600, height: 300 });
		expect(r.body.html).toContain('width="600" height="300"');
	});
	it('refuses bad requests with a clear status and message', () => {
		expect(ask({}).status).toBe(400);
		expect(ask({ url: `${origin}/charts/where`, format: 'xml' }).status).toBe(501);
		expect(ask({ url: `${origin}/charts/where`, maxwidth: 'wide' }).status).toBe(400);
		expect(ask({ url: `${origin}/charts/nothing` }).status).toBe(404);
		expect(ask({ url: 'https://elsewhere.example/charts/where' }).status).toBe(404);
		expect(ask({}).body.error).toMatch(/url/);
	});
});
