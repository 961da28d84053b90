/**
 * A scene: the marks of one chart at one size, computed by a layout (D3 scales, shapes, geo paths) and drawn
 * by ChartSvg.svelte on pages and embeds, or by svgfile.ts as a standalone SVG file. Plain data, so page
 * data can carry it and the browser needs no D3.
 */
import type { Role } from './style';

/** Which counting method a mark belongs to: the method control hides the other's marks. */
export type Series = 'killed' | 'with-presumed';

interface Base {
	role: Role;
	series?: Series;
}
export type Mark =
	| (Base & { t: 'path'; d: string; x?: number; y?: number })
	| (Base & { t: 'line'; x1: number; y1: number; x2: number; y2: number })
	| (Base & { t: 'rect'; x: number; y: number; w: number; h: number; rx?: number })
	| (Base & { t: 'circle'; x: number; y: number; r: number })
	| (Base & {
			t: 'text';
			x: number;
			y: number;
			/** one line, or several (drawn one under the other) */
			lines: string[];
			anchor?: 'start' | 'middle' | 'end';
			/** the text sits on y (default), or hangs from it, or is centred on it */
			baseline?: 'alphabetic' | 'hanging' | 'middle';
	  })
	| {
			t: 'datum';
			/** index into the chart's datums */
			datum: number;
			series?: Series;
			/** the area that answers to the pointer (drawn transparent) */
			hit: { x: number; y: number; w: number; h: number };
			marks: Mark[];
	  };

export interface Scene {
	width: number;
	height: number;
	marks: Mark[];
}

export type Size = 'narrow' | 'wide';
export const sceneWidth: Record<Size, number> = { narrow: 360, wide: 720 };

/** Round to one decimal: enough for screens and print, and it keeps the HTML small. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Every datum index a scene marks, in drawing order. */
export function sceneDatums(scene: Scene): number[] {
	return scene.marks.filter((m): m is Extract<Mark, { t: 'datum' }> => m.t === 'datum').map((m) => m.datum);
}

/** The baseline of line `i` of a text mark, with the text's vertical alignment resolved (no dominant-baseline: resvg and print differ). */
export function lineY(
	m: { y: number; baseline?: 'alphabetic' | 'hanging' | 'middle'; lines: string[] },
	size: number,
	i: number
): number {
	const lead = size * 1.2;
	const first =
		m.baseline === 'hanging'
			? m.y + size * 0.8
			: m.baseline === 'middle'
				? m.y + size * 0.35 - ((m.lines.length - 1) * lead) / 2
				: m.y;
	return r1(first + i * lead);
}
