/**
 * PNG downloads: the standalone SVG drawn by resvg at twice its size. resvg draws no text without a font file
 * it can read, so the project ships Source Sans Pro (static/fonts, SIL Open Font License) and loads only that.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const FONT_FILES = [
	'SourceSansPro-Regular.ttf',
	'SourceSansPro-Semibold.ttf',
	'SourceSansPro-Bold.ttf'
].map((f) => resolve('static/fonts', f));

export function renderPng(svg: string, zoom = 2): Buffer {
	const missing = FONT_FILES.filter((f) => !existsSync(f));
	if (missing.length)
		throw new Error(`chart fonts missing (run from the project root): ${missing.join(', ')}`);
	return new Resvg(svg, {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Sans Pro' },
		fitTo: { mode: 'zoom', value: zoom },
		background: '#ffffff'
	})
		.render()
		.asPng();
}
