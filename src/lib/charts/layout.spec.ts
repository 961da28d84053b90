import { describe, expect, it } from 'vitest';
import { buildContent } from '$lib/content/build';
import { chartFiles } from './fixtures';
import { extractChart } from './extract';
import { layoutChart } from './layout';
import { sceneDatums, type Mark, type Scene } from './scene';
import { chartTable } from './table';

const c = buildContent(chartFiles());
const all = c.charts.definitions.map((def) => extractChart(c, def));

function numbers(m: Mark): number[] {
	switch (m.t) {
		case 'datum':
			return [m.hit.x, m.hit.y, m.hit.w, m.hit.h, ...m.marks.flatMap(numbers)];
		case 'path':
			return [m.x ?? 0, m.y ?? 0, ...(m.d.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number)];
		case 'line':
			return [m.x1, m.y1, m.x2, m.y2];
		case 'rect':
			return [m.x, m.y, m.w, m.h];
		case 'circle':
			return [m.x, m.y, m.r];
		case 'text':
			return [m.x, m.y];
	}
}
const points = (scene: Scene): { x: number; y: number }[] =>
	scene.marks.flatMap(function walk(m: Mark): { x: number; y: number }[] {
		if (m.t === 'datum') return m.marks.flatMap(walk);
		if (m.t === 'circle' || m.t === 'text') return [{ x: m.x, y: m.y }];
		if (m.t === 'line')
			return [
				{ x: m.x1, y: m.y1 },
				{ x: m.x2, y: m.y2 }
			];
		return [];
	});

describe.each(all.map((d) => [d.id, d] as const))('the %s chart', (_id, data) => {
	for (const size of ['narrow', 'wide'] as const) {
		const scene = layoutChart(data.body, size);
		it(`(${size}) has only finite coordinates`, () => {
			const nums = scene.marks.flatMap(numbers);
			expect(nums.length).toBeGreaterThan(0);
			expect(nums.every(Number.isFinite)).toBe(true);
		});
		it(`(${size}) keeps its points and labels inside the drawing`, () => {
			for (const p of points(scene)) {
				expect(p.x).toBeGreaterThanOrEqual(0);
				expect(p.x).toBeLessThanOrEqual(scene.width);
				expect(p.y).toBeGreaterThanOrEqual(0);
				expect(p.y).toBeLessThanOrEqual(scene.height);
			}
		});
		it(`(${size}) plots every datum, and the table has a row for each plotted datum`, () => {
			const plotted = new Set(sceneDatums(scene));
			expect([...plotted].sort()).toEqual(data.datums.map((_, i) => i));
			expect(new Set(chartTable(data).rows.map((r) => r.datum))).toEqual(plotted);
		});
	}
});
