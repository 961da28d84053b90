import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Run axe (WCAG 2.0/2.1/2.2 A and AA rules) and expect no violations, listing them if any. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join('\n    ')}`
	);
	expect(summary, summary.join('\n')).toEqual([]);
}

/** The content files, read independently of the app's loader, to check pages against. */
export function contentYaml<T = unknown>(dir: string): T[] {
	return readdirSync(`content/${dir}`)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => parse(readFileSync(`content/${dir}/${f}`, 'utf8')) as T);
}

export interface FigureLike {
	id: string;
	source: string;
	quote: string;
	metric: string;
	text: string;
}
export const allFigures = () => contentYaml<{ figures: FigureLike[] }>('figures').flatMap((f) => f.figures);
export const sourceIds = () =>
	readdirSync('content/sources')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.replace(/\.yaml$/, ''))
		.sort();
