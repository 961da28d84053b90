/**
 * The standalone SVG file of a chart (/charts/<id>.svg, and the source of the PNG): the scene with its title,
 * takeaway, source line, licence and address drawn in, every style inline and colours literal, text in the
 * font the project ships (Source Sans Pro), so the file reads the same anywhere and in print.
 */
import type { ChartData } from './data';
import { lineY, r1, type Mark, type Scene } from './scene';
import { fontSize, paint, type Role } from './style';
import { wrap } from './labels';
import { t } from '$lib/i18n';

export const FONT_FAMILY = "'Source Sans Pro', 'Source Sans 3', Arial, sans-serif";

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function mark(m: Mark): string {
	switch (m.t) {
		case 'datum':
			return m.marks.map(mark).join('');
		case 'path':
			return `<path d="${m.d}"${m.x !== undefined ? ` transform="translate(${m.x} ${m.y})"` : ''} style="${paint(m.role, 'light')}"/>`;
		case 'line':
			return `<line x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" style="${paint(m.role, 'light')}"/>`;
		case 'rect':
			return `<rect x="${m.x}" y="${m.y}" width="${m.w}" height="${m.h}"${m.rx ? ` rx="${m.rx}"` : ''} style="${paint(m.role, 'light')}"/>`;
		case 'circle':
			return `<circle cx="${m.x}" cy="${m.y}" r="${m.r}" style="${paint(m.role, 'light')}"/>`;
		case 'text': {
			const size = fontSize(m.role);
			const anchor = m.anchor && m.anchor !== 'start' ? ` text-anchor="${m.anchor}"` : '';
			return m.lines
				.map(
					(l, i) =>
						`<text x="${m.x}" y="${lineY(m, size, i)}"${anchor} style="${paint(m.role, 'light')}">${esc(l)}</text>`
				)
				.join('');
		}
	}
}

/** Text blocks above and below the chart, as marks. */
function block(lines: string[], role: Role, x: number, y: number): { marks: Mark[]; height: number } {
	const size = fontSize(role);
	return { marks: [{ t: 'text', role, x, y: y + size, lines }], height: lines.length * size * 1.2 };
}

export function standaloneSvg(
	data: Pick<ChartData, 'title' | 'takeaway' | 'description' | 'sourceLine' | 'licence'>,
	scene: Scene,
	at: { address: string; version: string }
): string {
	const pad = 16;
	const w = scene.width + pad * 2;
	const inner = scene.width;
	const title = block(wrap(data.title, 18, inner, 700), 'title', pad, pad);
	const take = block(wrap(data.takeaway, 13, inner), 'text', pad, pad + title.height + 6);
	const head = pad + title.height + 6 + take.height + 12;
	const foot = head + scene.height + 10;
	const source = block(wrap(data.sourceLine, 11.5, inner), 'small', pad, foot);
	const credit = block(
		wrap(
			t('charts.file.credit', { licence: data.licence.name, address: at.address, version: at.version }),
			11.5,
			inner
		),
		'small',
		pad,
		foot + source.height + 4
	);
	const h = r1(foot + source.height + 4 + credit.height + pad);
	const body = [...title.marks, ...take.marks, ...source.marks].map(mark).join('\n');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FONT_FAMILY}">`,
		`<title>${esc(data.title)}</title>`,
		`<desc>${esc(data.description)}</desc>`,
		`<rect width="100%" height="100%" style="${paint('bg', 'light')}"/>`,
		body,
		`<g transform="translate(${pad} ${r1(head)})">`,
		scene.marks.map(mark).join('\n'),
		'</g>',
		credit.marks.map(mark).join(''),
		'</svg>'
	].join('\n');
}
