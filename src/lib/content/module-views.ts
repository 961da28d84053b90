/**
 * Page data for modules: the module list (/modules), one module's page (/modules/<id>: its steps with
 * summaries, merged advisories and standards), and a lesson's place in each module that contains it
 * (position, previous and next step).
 */
import type { Content } from './build';
import type { Lesson, Module, ModuleStep, Standard } from './lesson-schema';
import { lessonHref, moduleHref, quizHref, type Peers } from './lesson-links';

export interface StepLink {
	kind: ModuleStep['kind'];
	id: string;
	title: string;
	href: string;
	minutes: number;
}

/** Where a lesson sits in one module: position and the steps either side. */
export interface ModuleNav {
	id: string;
	title: string;
	href: string;
	position: number;
	total: number;
	prev?: StepLink;
	next?: StepLink;
}

export function stepLink(c: Content, step: ModuleStep, peers: Peers = {}): StepLink {
	if (step.kind === 'lesson') {
		const l = c.lessons.find((x) => x.slug === step.slug);
		return {
			kind: 'lesson',
			id: step.slug,
			title: l?.title ?? step.slug,
			href: lessonHref(step.slug),
			minutes: step.minutes
		};
	}
	return {
		kind: 'quiz',
		id: step.id,
		title: peers.quizTitle?.(step.id) ?? step.id,
		href: quizHref(step.id),
		minutes: step.minutes
	};
}

/** For each module that contains the lesson: its position and the previous and next steps. */
export function moduleNavs(c: Content, slug: string, peers: Peers = {}): ModuleNav[] {
	return c.modules.flatMap((m) => {
		const i = m.steps.findIndex((s) => s.kind === 'lesson' && s.slug === slug);
		if (i === -1) return [];
		const prev = m.steps[i - 1];
		const next = m.steps[i + 1];
		return [
			{
				id: m.id,
				title: m.title,
				href: moduleHref(m.id),
				position: i + 1,
				total: m.steps.length,
				...(prev ? { prev: stepLink(c, prev, peers) } : {}),
				...(next ? { next: stepLink(c, next, peers) } : {})
			}
		];
	});
}

export interface ModuleCard extends Omit<Module, 'steps'> {
	href: string;
	lessonCount: number;
	quizCount: number;
}

export function moduleCards(c: Content): ModuleCard[] {
	return c.modules.map(({ steps, ...m }) => ({
		...m,
		href: moduleHref(m.id),
		lessonCount: steps.filter((s) => s.kind === 'lesson').length,
		quizCount: steps.filter((s) => s.kind === 'quiz').length
	}));
}

export interface ModuleStepView extends StepLink {
	summary?: string;
	advisory?: Lesson['advisory'];
}

export interface ModuleView {
	module: Omit<Module, 'steps'>;
	steps: ModuleStepView[];
	/** every advisory of its lessons, for one content note at the top */
	advisory: Lesson['advisory'];
	standards: Standard[];
}

export function moduleView(c: Content, id: string, peers: Peers = {}): ModuleView | undefined {
	const m = c.modules.find((x) => x.id === id);
	if (!m) return undefined;
	const { steps, ...module } = m;
	const lessons = steps.flatMap((s) =>
		s.kind === 'lesson' ? c.lessons.filter((l) => l.slug === s.slug) : []
	);
	const codes = new Set(lessons.flatMap((l) => l.standards));
	return {
		module,
		steps: steps.map((s) => {
			const link = stepLink(c, s, peers);
			const l = s.kind === 'lesson' ? lessons.find((x) => x.slug === s.slug) : undefined;
			return l ? { ...link, summary: l.summary, advisory: l.advisory } : link;
		}),
		advisory: [...new Set(lessons.flatMap((l) => l.advisory))],
		standards: c.standards.filter((s) => codes.has(s.code))
	};
}
