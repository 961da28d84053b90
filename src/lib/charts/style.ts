/**
 * How each kind of mark looks: one table for pages, embeds and standalone files. On pages and embeds the
 * colours are CSS variables (chart.css defines them for light and dark schemes); in a standalone SVG or PNG
 * they are the light colours themselves, so the file needs no stylesheet.
 */
export const colors = {
	light: {
		bg: '#ffffff',
		fg: '#1b1e23',
		muted: '#4d5561',
		grid: '#dde1e6',
		axis: '#6b7380',
		killed: '#0b57a4',
		presumed: '#a34a00',
		report: '#7a2a86',
		band: '#fbeeb0',
		land: '#e4e7eb',
		border: '#a7afba',
		water: '#f3f7fb',
		after: '#a3201b'
	},
	dark: {
		bg: '#14171c',
		fg: '#e8eaee',
		muted: '#aab2be',
		grid: '#2f3640',
		axis: '#8a94a3',
		killed: '#8cc2ff',
		presumed: '#ffab5e',
		report: '#e2a3ec',
		band: '#4a3f12',
		land: '#2a3038',
		border: '#5d6673',
		water: '#171b21',
		after: '#ff8f87'
	}
} as const;
export type ColorKey = keyof (typeof colors)['light'];

interface Style {
	fill?: ColorKey;
	stroke?: ColorKey;
	width?: number;
	dash?: string;
	size?: number;
	weight?: number;
	halo?: boolean;
	opacity?: number;
}

export const styles = {
	bg: { fill: 'bg' },
	grid: { stroke: 'grid', width: 1 },
	axis: { stroke: 'axis', width: 1 },
	tick: { fill: 'muted', size: 12 },
	'axis-title': { fill: 'muted', size: 12, weight: 600 },
	title: { fill: 'fg', size: 18, weight: 700 },
	text: { fill: 'fg', size: 13 },
	strong: { fill: 'fg', size: 13, weight: 600, halo: true },
	small: { fill: 'muted', size: 11.5, halo: true },
	label: { fill: 'fg', size: 12.5, halo: true },
	'label-strong': { fill: 'fg', size: 13, weight: 700, halo: true },
	'killed-line': { stroke: 'killed', width: 2.5 },
	'presumed-line': { stroke: 'presumed', width: 2.5, dash: '6 3' },
	'killed-dot': { fill: 'killed', stroke: 'bg', width: 1 },
	'presumed-dot': { fill: 'presumed', stroke: 'bg', width: 1 },
	'killed-label': { fill: 'killed', size: 12.5, weight: 700, halo: true },
	'presumed-label': { fill: 'presumed', size: 12.5, weight: 700, halo: true },
	'killed-bar': { fill: 'killed' },
	'presumed-bar': { fill: 'presumed' },
	'report-range': { stroke: 'report', width: 4 },
	'report-mark': { fill: 'report', stroke: 'bg', width: 1.5 },
	'report-label': { fill: 'report', size: 12.5, weight: 700, halo: true },
	'record-mark': { fill: 'killed', stroke: 'bg', width: 1.5 },
	'article-mark': { fill: 'report', stroke: 'bg', width: 1.5 },
	'hollow-mark': { fill: 'bg', stroke: 'report', width: 2 },
	leader: { stroke: 'axis', width: 1 },
	band: { fill: 'band' },
	'band-label': { fill: 'fg', size: 11 },
	water: { fill: 'water' },
	land: { fill: 'land', stroke: 'border', width: 0.6 },
	border: { stroke: 'border', width: 0.6 },
	place: { fill: 'muted', size: 11, weight: 600 },
	strike: { fill: 'killed', stroke: 'bg', width: 1 },
	'strike-apart': { fill: 'bg', stroke: 'killed', width: 1.5 },
	frame: { fill: 'bg', stroke: 'grid', width: 1 },
	event: { fill: 'fg', stroke: 'bg', width: 1.5 },
	'event-after': { fill: 'after', stroke: 'bg', width: 1.5 },
	'after-label': { fill: 'after', size: 12.5, weight: 700, halo: true },
	'strikes-area': { fill: 'killed', opacity: 0.18 },
	'strikes-line': { stroke: 'killed', width: 2 },
	hit: { fill: 'bg', opacity: 0 }
} satisfies Record<string, Style>;
export type Role = keyof typeof styles;

/** Text size of a role, for layout (estimating widths and line heights). */
export const fontSize = (role: Role) => (styles[role] as Style).size ?? 12;

/** The inline style of a mark: `var(--c-…)` colours on pages, literal light colours in standalone files. */
export function paint(role: Role, mode: 'vars' | 'light'): string {
	const s = styles[role] as Style;
	const c = (k: ColorKey) => (mode === 'vars' ? `var(--c-${k})` : colors.light[k]);
	const parts = [`fill:${s.fill ? c(s.fill) : 'none'}`];
	if (s.stroke) parts.push(`stroke:${c(s.stroke)}`, `stroke-width:${s.width ?? 1}`);
	if (s.dash) parts.push(`stroke-dasharray:${s.dash}`);
	if (s.opacity !== undefined) parts.push(`${s.fill ? 'fill-' : ''}opacity:${s.opacity}`);
	if (s.size) parts.push(`font-size:${s.size}px`);
	if (s.weight) parts.push(`font-weight:${s.weight}`);
	if (s.halo)
		parts.push(`stroke:${c('bg')}`, 'stroke-width:3.5', 'stroke-linejoin:round', 'paint-order:stroke');
	return parts.join(';');
}
