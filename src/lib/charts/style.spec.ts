import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colors, paint, styles, type ColorKey, type Role } from './style';

const css = readFileSync('src/lib/charts/chart.css', 'utf8');
const block = (scheme: 'light' | 'dark') => {
	const dark = css.indexOf('@media (prefers-color-scheme: dark)');
	return scheme === 'light' ? css.slice(0, dark) : css.slice(dark);
};
const vars = (text: string) =>
	Object.fromEntries([...text.matchAll(/--c-([a-z]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));

/** WCAG relative luminance and contrast ratio */
const lum = (hex: string) => {
	const [r, g, b] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
};

describe('chart colours', () => {
	it('are the same in chart.css and style.ts, light and dark', () => {
		expect(vars(block('light'))).toEqual(colors.light);
		expect(vars(block('dark'))).toEqual(colors.dark);
	});
	for (const scheme of ['light', 'dark'] as const) {
		const c = colors[scheme];
		it(`give text at least 4.5:1 against the background (${scheme})`, () => {
			for (const [role, s] of Object.entries(styles) as [Role, { fill?: ColorKey; size?: number }][]) {
				if (!s.size || !s.fill) continue;
				expect(contrast(c[s.fill], c.bg), `${role} on bg`).toBeGreaterThanOrEqual(4.5);
			}
			// labels drawn on the map's water and land, and on the window band
			for (const on of ['water', 'land', 'band'] as const)
				expect(contrast(c.fg, c[on]), `fg on ${on}`).toBeGreaterThanOrEqual(4.5);
			expect(contrast(c.muted, c.land), 'place names on land').toBeGreaterThanOrEqual(4.5);
		});
		it(`give marks that carry meaning at least 3:1 against the background (${scheme})`, () => {
			for (const k of ['killed', 'presumed', 'report', 'after', 'axis'] as const)
				expect(contrast(c[k], c.bg), k).toBeGreaterThanOrEqual(3);
			expect(contrast(c.killed, c.water), 'strike dots on water').toBeGreaterThanOrEqual(3);
		});
	}
});

describe('paint', () => {
	it('uses CSS variables on pages and literal colours in files', () => {
		expect(paint('killed-line', 'vars')).toContain('stroke:var(--c-killed)');
		expect(paint('killed-line', 'light')).toContain(`stroke:${colors.light.killed}`);
		expect(paint('killed-line', 'light')).not.toContain('var(');
	});
	it('draws a halo behind labels so they read over lines', () => {
		expect(paint('label', 'light')).toContain('paint-order:stroke');
	});
});
