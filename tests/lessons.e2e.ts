import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers';

// ---------------------------------------------------------------- content, read independently of the app

interface LessonFm {
	title: string;
	order: number;
	objectives: string[];
	vocabulary: string[];
	teacher: { exit_ticket: string; plan: { minutes: number; activity: string }[] };
}
const lessons = readdirSync('content/lessons')
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const text = readFileSync(`content/lessons/${f}`, 'utf8');
		const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as LessonFm;
		const body = text.slice(text.indexOf('\n---\n', 4) + 5);
		const figs = [...body.matchAll(/<(?:Fig|Quote) id="([^"]+)"/g)].map((m) => m[1]!);
		const terms = [...body.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]!);
		return { slug: f.replace(/\.md$/, ''), ...fm, body, figs, terms };
	})
	.sort((a, b) => a.order - b.order);

interface ModuleYaml {
	title: string;
	steps: ({ lesson: string } | { quiz: string; minutes: number })[];
}
const modules = readdirSync('content/modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({
		id: f.replace(/\.yaml$/, ''),
		...(parse(readFileSync(`content/modules/${f}`, 'utf8')) as ModuleYaml)
	}));

const figureSource = new Map<string, string>(
	readdirSync('content/figures')
		.filter((f) => f.endsWith('.yaml'))
		.flatMap(
			(f) =>
				(parse(readFileSync(`content/figures/${f}`, 'utf8')) as { figures: { id: string; source: string }[] })
					.figures
		)
		.map((f) => [f.id, f.source])
);
const glossary = (
	parse(readFileSync('content/glossary.yaml', 'utf8')) as {
		terms: { id: string; term: string; definition: string }[];
	}
).terms;

const stepHref = (s: ModuleYaml['steps'][number]) =>
	'lesson' in s ? `/lessons/${s.lesson}` : `/quizzes/${s.quiz}`;

// ---------------------------------------------------------------- what users get

test('the content has at least eight lessons and the three named modules', () => {
	expect(lessons.length).toBeGreaterThanOrEqual(8);
	expect(modules.map((m) => m.title)).toEqual(
		expect.arrayContaining(['Numbers in the news', 'Who is behind this?'])
	);
	expect(modules.some((m) => m.steps.filter((s) => 'lesson' in s).length === lessons.length)).toBe(true);
});

test('the lesson list links every lesson in order', async ({ page }) => {
	await page.goto('/lessons');
	await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
	const links = page.locator('main ol.lessons h2 a');
	await expect(links).toHaveText(lessons.map((l) => l.title));
	for (const l of lessons)
		await expect(page.locator(`main a[href="/lessons/${l.slug}"]`).first()).toBeVisible();
});

test('every lesson and module page is prerendered into the build', () => {
	for (const l of lessons) expect(existsSync(`build/prerendered/lessons/${l.slug}.html`), l.slug).toBe(true);
	for (const m of modules) expect(existsSync(`build/prerendered/modules/${m.id}.html`), m.id).toBe(true);
	for (const p of ['lessons', 'modules', 'glossary'])
		expect(existsSync(`build/prerendered/${p}.html`), p).toBe(true);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	for (const l of lessons) {
		test(`lesson “${l.slug}” reads in full: objectives, figures linked to their sentences, teacher plan`, async ({
			page
		}) => {
			const res = await page.goto(`/lessons/${l.slug}`);
			expect(res?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);
			for (const o of l.objectives)
				await expect(page.locator('main').getByText(o, { exact: true })).toBeVisible();
			for (const id of new Set(l.figs)) {
				const href = `/sources/${figureSource.get(id)}#fig-${id}`;
				expect(await page.locator(`.lesson-body a[href="${href}"]`).count(), id).toBeGreaterThan(0);
			}
			// the teacher panel is there, closed, and opens without JS
			const panel = page.locator('details.teacher-panel');
			await expect(panel.getByText(l.teacher.exit_ticket)).toBeHidden();
			await panel.locator('summary').click();
			await expect(panel.getByText(l.teacher.exit_ticket)).toBeVisible();
			await expect(panel.locator('tbody tr')).toHaveCount(l.teacher.plan.length);
		});
	}

	test('a glossary term opens its definition in place, and Escape closes it', async ({ page }) => {
		const l = lessons.find((x) => x.terms.length)!;
		const term = glossary.find((g) => g.id === l.terms[0])!;
		await page.goto(`/lessons/${l.slug}`);
		const url = page.url();
		const button = page.locator('.lesson-body button.term').first();
		const definition = page.locator('.lesson-body .definition').first();
		await expect(definition).toContainText(term.definition);
		await expect(definition).toBeHidden();
		await button.click();
		await expect(definition).toBeVisible();
		expect(page.url()).toBe(url);
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
	});

	test('teacher notes are printed even when closed', async ({ page }) => {
		const l = lessons[0]!;
		await page.goto(`/lessons/${l.slug}`);
		const exit = page.locator('details.teacher-panel').getByText(l.teacher.exit_ticket);
		await expect(exit).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(exit).toBeVisible();
		await expect(page.locator('details.teacher-note .body').first()).toBeVisible();
	});

	test('the glossary lists every term with an address and where it is used', async ({ page }) => {
		await page.goto('/glossary');
		for (const g of glossary) await expect(page.locator(`#term-${g.id} dt`)).toHaveText(g.term);
		const used = lessons.find((l) => l.terms.length)!;
		await expect(page.locator(`#term-${used.terms[0]} a[href="/lessons/${used.slug}"]`)).toHaveCount(1);
	});
});

test('previous and next inside a module follow the module’s order', async ({ page }) => {
	for (const m of modules) {
		const i = m.steps.findIndex((s, j) => 'lesson' in s && j > 0 && j < m.steps.length - 1);
		const step = m.steps[i] as { lesson: string };
		await page.goto(`/lessons/${step.lesson}`);
		const nav = page.locator('nav.module-nav', { has: page.locator(`a[href="/modules/${m.id}"]`) });
		await expect(nav).toContainText(`step ${i + 1} of ${m.steps.length}`);
		await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', stepHref(m.steps[i - 1]!));
		await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', stepHref(m.steps[i + 1]!));
	}
});

test('a module page lists its steps in order with the total time and a start link', async ({ page }) => {
	for (const m of modules) {
		await page.goto(`/modules/${m.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.title);
		await expect(page.locator('ol.path h3 a')).toHaveCount(m.steps.length);
		const hrefs = await page
			.locator('ol.path h3 a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(m.steps.map(stepHref));
		const minutes = m.steps.reduce(
			(n, s) =>
				n +
				('lesson' in s
					? Number(/\nminutes: (\d+)/.exec(readFileSync(`content/lessons/${s.lesson}.md`, 'utf8'))![1])
					: s.minutes),
			0
		);
		await expect(page.locator('main')).toContainText(`about ${minutes} minutes in all`);
		await expect(page.getByRole('link', { name: 'Start with step 1' })).toHaveAttribute(
			'href',
			stepHref(m.steps[0]!)
		);
		await expect(page.getByRole('link', { name: 'Assign this module to a class' })).toHaveAttribute(
			'href',
			`/teach?module=${m.id}`
		);
	}
});

test('reading progress is kept on the device and shown in lists and modules', async ({ page }) => {
	const m = modules.find((x) => x.steps.filter((s) => 'lesson' in s).length >= 2)!;
	const [first, second] = m.steps.filter((s): s is { lesson: string } => 'lesson' in s);
	await page.goto(`/lessons/${first!.lesson}`);
	await page.getByRole('button', { name: 'Mark this lesson as finished' }).click();
	await expect(page.getByRole('button', { name: /Finished/ })).toHaveAttribute('aria-pressed', 'true');
	await page.goto(`/lessons/${second!.lesson}`);
	await expect(page.getByRole('button', { name: 'Mark this lesson as finished' })).toBeVisible();

	await page.goto('/lessons');
	const item = (slug: string) =>
		page.locator('ol.lessons li', { has: page.locator(`a[href="/lessons/${slug}"]`) });
	await expect(item(first!.lesson)).toContainText('Finished');
	await expect(item(second!.lesson)).toContainText('Started');

	await page.goto(`/modules/${m.id}`);
	const lessonCount = m.steps.filter((s) => 'lesson' in s).length;
	await expect(page.getByRole('status').filter({ hasText: 'lessons finished' })).toHaveText(
		`1 of ${lessonCount} lessons finished on this device`
	);
	await expect(page.getByRole('link', { name: /^Continue:/ })).toHaveAttribute(
		'href',
		`/lessons/${second!.lesson}`
	);

	// undo, and it survives a reload
	await page.goto(`/lessons/${first!.lesson}`);
	await page.getByRole('button', { name: /Finished/ }).click();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Mark this lesson as finished' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('the reader’s place is remembered and offered on return', async ({ page }) => {
	const l = lessons.find((x) => (x.body.match(/^## /gm) ?? []).length >= 3)!;
	const last = [...l.body.matchAll(/^## (.+)$/gm)].at(-1)![1]!;
	await page.goto(`/lessons/${l.slug}`);
	// progress is recorded once the page has hydrated (the finish button appears then)
	await expect(page.getByRole('button', { name: 'Mark this lesson as finished' })).toBeVisible();
	const heading = page.getByRole('heading', { level: 2, name: last });
	const id = await heading.getAttribute('id');
	expect(id).toMatch(/^sec-/);
	await heading.evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
	await expect
		.poll(() =>
			page.evaluate(
				(slug) => JSON.parse(localStorage.getItem('sourcebook.lessons.progress.v1') ?? '{}')[slug]?.section,
				l.slug
			)
		)
		.toBe(id);
	await page.goto(`/lessons/${l.slug}`);
	const resume = page.getByRole('link', { name: `Continue where you left off: ${last}` });
	await expect(resume).toBeVisible();
	await resume.click();
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('the teacher view opens every teacher note and is remembered', async ({ page }) => {
	const l = lessons[0]!;
	await page.goto(`/lessons/${l.slug}`);
	const toggle = page.getByRole('button', { name: 'Show teacher notes' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('details.teacher-panel')).toHaveAttribute('open', '');
	for (const d of await page.locator('details.teacher-note').all())
		await expect(d).toHaveAttribute('open', '');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Show teacher notes' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('details.teacher-panel')).toHaveAttribute('open', '');
});

test('a figure link in a lesson opens the article with the quote highlighted', async ({ page }) => {
	const l = lessons.find((x) => x.figs.length)!;
	const id = l.figs[0]!;
	await page.goto(`/lessons/${l.slug}`);
	await page.locator(`.lesson-body a[href$="#fig-${id}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`/sources/${figureSource.get(id)}#fig-${id}$`));
	expect(await page.locator(`#fig-${id}`).evaluate((el) => el.matches(':target'))).toBe(true);
});

test('unknown lessons and modules answer 404 with a page', async ({ page }) => {
	for (const path of ['/lessons/no-such-lesson', '/modules/no-such-module']) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	}
});

// ---------------------------------------------------------------- accessibility and small screens

const pages = [
	'/lessons',
	'/modules',
	'/glossary',
	...lessons.map((l) => `/lessons/${l.slug}`),
	...modules.map((m) => `/modules/${m.id}`)
];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of pages) {
			test(`no violations on ${path}`, async ({ page }) => {
				await page.goto(path);
				await expectNoAxeViolations(page);
			});
		}
		test('no violations with a definition open and the teacher view on', async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto(`/lessons/${lessons[0]!.slug}`);
			await page.getByRole('button', { name: 'Show teacher notes' }).click();
			await page.locator('.lesson-body button.term').first().click();
			await expectNoAxeViolations(page);
		});
	});
}

async function overflow(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('360 px wide: no sideways scrolling on any lesson, module or glossary page', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of pages) {
		await page.goto(path);
		expect(await overflow(page), path).toBeLessThanOrEqual(0);
	}
});

test('keyboard only: skip link, a term, a quick check and the finish button', async ({ page }) => {
	const l = lessons[0]!;
	await page.goto(`/lessons/${l.slug}`);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	const term = page.locator('.lesson-body button.term').first();
	await term.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.definition:popover-open')).toHaveCount(1);
	await page.keyboard.press('Escape');
	const summary = page.locator('.check summary').first();
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.check details').first()).toHaveAttribute('open', '');
	const finish = page.getByRole('button', { name: 'Mark this lesson as finished' });
	await finish.focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /Finished/ })).toHaveAttribute('aria-pressed', 'true');
});
