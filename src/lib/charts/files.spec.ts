import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { Resvg } from '@resvg/resvg-js';
import { buildContent } from '$lib/content/build';
import { chartFiles } from './fixtures';
import { chartView } from './view';
import { chartCsv, chartMetadata, chartSvg } from './files';
import { FONT_FILES, renderPng } from './png.server';

const c = buildContent(chartFiles());
const view = chartView(c, 'deaths-over-time')!;

describe('the CSV', () => {
	it('reads back as exactly the table: header, then the same cells', () => {
		const rows = csvParseRows(chartCsv(view));
		expect(rows[0]).toEqual(view.table.columns.map((col) => col.label));
		expect(rows.slice(1)).toEqual(view.table.rows.map((r) => r.cells));
	});
});

describe('the metadata', () => {
	it('has the title, the licence, the data version and every source with its quote', () => {
		const m = chartMetadata(view);
		expect(m.title).toBe(view.title);
		expect(m.licence.name).toBe('CC BY 4.0');
		expect(m.data.version).toMatch(/^[0-9a-f]{10}$/);
		expect(m.sources).toHaveLength(view.datums.length);
		expect(m.sources.every((s) => s.quote.length > 0 && s.link.startsWith('/'))).toBe(true);
	});
});

describe('the standalone SVG', () => {
	const svg = chartSvg(view, 'https://example.org');
	it('stands alone: literal colours, no classes or variables, the font named', () => {
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).not.toContain('var(');
		expect(svg).not.toContain('class=');
		expect(svg).toContain("font-family=\"'Source Sans Pro'");
	});
	it('carries its title, source line, licence, address and data version', () => {
		for (const s of [
			view.title,
			view.sourceLine.split(' ')[0]!,
			'CC BY 4.0',
			'example.org/charts/deaths-over-time',
			view.version
		])
			expect(svg).toContain(s);
	});
});

/** Share of non-white pixels in a region of an RGBA buffer. */
function ink(pixels: Buffer, width: number, region: { x: number; y: number; w: number; h: number }) {
	let dark = 0;
	for (let y = region.y; y < region.y + region.h; y++)
		for (let x = region.x; x < region.x + region.w; x++) {
			const i = (y * width + x) * 4;
			if (pixels[i]! < 160 && pixels[i + 1]! < 160 && pixels[i + 2]! < 160) dark++;
		}
	return dark / (region.w * region.h);
}

describe('the PNG', () => {
	const svg = chartSvg(view, 'https://example.org');
	it('is a PNG twice the SVG’s size', () => {
		const png = renderPng(svg);
		expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(Math.round(Number(/width="([\d.]+)"/.exec(svg)![1]) * 2));
	});
	it('draws the title text with the shipped font (the title area is not blank), and would not without it', () => {
		const title = { x: 32, y: 32, w: 300, h: 30 };
		const withFont = new Resvg(svg, {
			font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Sans Pro' },
			fitTo: { mode: 'zoom', value: 2 },
			background: '#fff'
		}).render();
		const without = new Resvg(svg, {
			font: { fontFiles: [], loadSystemFonts: false },
			fitTo: { mode: 'zoom', value: 2 },
			background: '#fff'
		}).render();
		expect(ink(withFont.pixels, withFont.width, title)).toBeGreaterThan(0.05);
		expect(ink(without.pixels, without.width, title)).toBe(0);
	});
});
