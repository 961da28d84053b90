/**
 * Chart 5: a map of the Caribbean and the Eastern Pacific (d3-geo, Natural Earth 1:50m via world-atlas; no
 * tiles, no network) with one dot per announced strike, grouped by the region the announcement named. The
 * record gives no coordinates, so the dots form a block at a fixed point in each region, and the strikes
 * whose region was not disclosed or not split are listed apart.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { t } from '$lib/i18n';
import type { WhereBody } from '../data';
import { legend } from '../axes';
import { num, span } from '../format';
import { placeLabels, wrap, type Box } from '../labels';
import { r1, type Mark, type Scene, type Size } from '../scene';
import { fontSize } from '../style';

const world = countries as unknown as Topology<{ countries: GeometryCollection }>;

const basemaps = new Map<string, ReturnType<typeof computeBasemap>>();

/** The basemap for an extent and size: one land path and one path of borders, clipped to the frame (cached). */
function basemap(extent: WhereBody['extent'], width: number) {
	const key = JSON.stringify([extent, width]);
	if (!basemaps.has(key)) basemaps.set(key, computeBasemap(extent, width));
	return basemaps.get(key)!;
}

function computeBasemap(extent: WhereBody['extent'], width: number) {
	const corners = {
		type: 'MultiPoint' as const,
		coordinates: [
			[extent.west, extent.south],
			[extent.east, extent.north],
			[extent.west, extent.north],
			[extent.east, extent.south]
		]
	};
	const probe = geoMercator().fitWidth(width, corners);
	const bounds = geoPath(probe).bounds(corners);
	const height = Math.ceil(bounds[1][1] - bounds[0][1]);
	const projection = geoMercator()
		.fitExtent(
			[
				[0, 0],
				[width, height]
			],
			corners
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const path = geoPath(projection).digits(0);
	const land = path(merge(world, world.objects.countries.geometries as never)) ?? '';
	const borders = path(mesh(world, world.objects.countries, (a, b) => a !== b)) ?? '';
	return { projection, height, land, borders };
}

/** Dots for `n` strikes in a block of `cols` columns, centred on (cx, cy). */
function block(n: number, cx: number, cy: number, step: number) {
	const cols = Math.max(1, Math.ceil(Math.sqrt(n * 1.5)));
	const rows = Math.ceil(n / cols);
	const x0 = cx - ((cols - 1) * step) / 2;
	const y0 = cy - ((rows - 1) * step) / 2;
	return {
		at: (i: number) => ({ x: x0 + (i % cols) * step, y: y0 + Math.floor(i / cols) * step }),
		box: { x: x0 - step / 2, y: y0 - step / 2, w: cols * step, h: rows * step } as Box
	};
}

export function layoutWhere(body: WhereBody, size: Size): Scene {
	const wide = size === 'wide';
	const width = wide ? 720 : 360;
	const lg = legend(
		[
			{ label: t('charts.legend.strike'), swatch: (x, y) => [{ t: 'circle', role: 'strike', x, y, r: 4.5 }] },
			{
				label: t('charts.legend.strikeApart'),
				swatch: (x, y) => [{ t: 'circle', role: 'strike-apart', x, y, r: 4.5 }]
			}
		],
		4,
		0,
		width - 8
	);
	const note = wrap(t('charts.where.dotsNote'), fontSize('small'), width - 8);
	const marks: Mark[] = [...lg.marks, { t: 'text', role: 'small', x: 4, y: lg.height + 6, lines: note }];
	const top = lg.height + 14 + note.length * 14;
	const map = basemap(body.extent, width);
	const inMap: Mark[] = [
		{ t: 'rect', role: 'water', x: 0, y: 0, w: width, h: map.height },
		{ t: 'path', role: 'land', d: map.land },
		{ t: 'path', role: 'border', d: map.borders }
	];
	for (const p of body.places) {
		const xy = map.projection([p.lon, p.lat]);
		if (xy)
			inMap.push({
				t: 'text',
				role: 'place',
				x: r1(xy[0]),
				y: r1(xy[1]),
				lines: [p.name],
				anchor: 'middle',
				baseline: 'middle'
			});
	}
	const step = wide ? 13 : 10;
	const dotR = wide ? 5 : 4;
	const taken: Box[] = [];
	const regionMarks: Mark[] = [];
	for (const region of body.regions) {
		const xy = map.projection([region.lon, region.lat]) ?? [width / 2, map.height / 2];
		if (!region.groups.length) continue;
		const b = block(region.strikes, xy[0], xy[1], step);
		taken.push(b.box);
		let i = 0;
		for (const g of region.groups) {
			const dots: Mark[] = [];
			for (let k = 0; k < (g.strikes ?? 0); k++, i++) {
				const d = b.at(i);
				dots.push({ t: 'circle', role: 'strike', x: r1(d.x), y: r1(d.y), r: dotR });
			}
			const xs = dots.map((d) => (d as { x: number }).x);
			const ys = dots.map((d) => (d as { y: number }).y);
			regionMarks.push({
				t: 'datum',
				datum: g.datums.at(-1)!,
				hit: {
					x: r1(Math.min(...xs) - step / 2),
					y: r1(Math.min(...ys) - step / 2),
					w: r1(Math.max(...xs) - Math.min(...xs) + step),
					h: r1(Math.max(...ys) - Math.min(...ys) + step)
				},
				marks: dots
			});
		}
		const dead = region.killed + region.presumed;
		const lines = [
			region.label,
			t('charts.where.region', { strikes: num(region.strikes), killed: num(dead) })
		];
		if (region.presumed) lines.push(t('charts.where.presumed', { n: num(region.presumed) }));
		const [pl] = placeLabels(
			[
				{
					lines,
					size: fontSize('label'),
					candidates: [
						{ x: b.box.x + b.box.w + 8, y: b.box.y + 12, anchor: 'start' },
						{ x: b.box.x - 8, y: b.box.y + 12, anchor: 'end' },
						{ x: b.box.x + b.box.w / 2, y: b.box.y + b.box.h + 16, anchor: 'middle' },
						{ x: b.box.x + b.box.w / 2, y: b.box.y - lines.length * 15, anchor: 'middle' }
					]
				}
			],
			taken,
			{ x: 0, y: 0, w: width, h: map.height }
		);
		taken.push(pl!.box);
		regionMarks.push({
			t: 'text',
			role: 'label-strong',
			x: r1(pl!.x),
			y: r1(pl!.y),
			lines: [lines[0]!],
			anchor: pl!.anchor
		});
		regionMarks.push({
			t: 'text',
			role: 'label',
			x: r1(pl!.x),
			y: r1(pl!.y + 15.6),
			lines: lines.slice(1),
			anchor: pl!.anchor
		});
	}
	marks.push(...shift(inMap, top), ...shift(regionMarks, top));

	// strikes not placed on the map
	let y = top + map.height + 22;
	const apart = body.apart;
	if (apart.groups.length) {
		marks.push({
			t: 'text',
			role: 'strong',
			x: 4,
			y,
			lines: [t('charts.where.apart', { strikes: num(apart.strikes) })]
		});
		y += 8;
		for (const g of apart.groups) {
			const dots: Mark[] = [];
			// a group without a count gets one dot, for "at least one"
			for (let k = 0; k < (g.strikes ?? 1); k++)
				dots.push({
					t: 'circle',
					role: 'strike-apart',
					x: r1(4 + dotR + k * step),
					y: r1(y + step / 2),
					r: dotR
				});
			const regions = g.regions.map((r) => r || t('charts.where.notDisclosed')).join('; ');
			const note =
				g.strikes === null
					? 'charts.where.noCount'
					: g.datums.length > 1
						? 'charts.where.apartNote'
						: 'charts.where.apartOne';
			const text = wrap(t(note, { span: span(g.from, g.to), regions }), fontSize('label'), width - 8);
			const textY = y + step + 6;
			marks.push({
				t: 'datum',
				datum: g.datums.at(-1)!,
				hit: { x: 0, y: r1(y - 2), w: width, h: r1(step + 10 + text.length * 15) },
				marks: [...dots, { t: 'text', role: 'label', x: 4, y: r1(textY), lines: text, baseline: 'hanging' }]
			});
			y = textY + text.length * 15 + 8;
		}
	}
	return { width, height: r1(y + 4), marks };
}

function shift(marks: Mark[], dy: number): Mark[] {
	return marks.map((m) => move(m, dy));
}
function move(m: Mark, dy: number): Mark {
	switch (m.t) {
		case 'datum':
			return { ...m, hit: { ...m.hit, y: r1(m.hit.y + dy) }, marks: m.marks.map((x) => move(x, dy)) };
		case 'path':
			return { ...m, x: m.x ?? 0, y: r1((m.y ?? 0) + dy) };
		case 'line':
			return { ...m, y1: r1(m.y1 + dy), y2: r1(m.y2 + dy) };
		default:
			return { ...m, y: r1(m.y + dy) };
	}
}
