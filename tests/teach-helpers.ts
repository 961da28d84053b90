/**
 * Helpers for the class e2e tests: servers of our own (SQLite in a temp dir, or PostgreSQL in a throwaway
 * cluster) that a test can kill -9 and restart, form posts the way a browser sends them, and the module,
 * quiz and answer keys read straight from content/ (independently of the app's loader).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentYaml } from './helpers';
// plain JS, shared with the scripts: a free port and a throwaway PostgreSQL cluster
import { freePort, startCluster } from '../scripts/pg-cluster.js';

// ------------------------------------------------------------------ content

export interface QuizItemYaml {
	id: string;
	type: string;
	prompt: string;
	options?: { id: string; text: string; correct?: boolean }[];
	statement?: string;
	answer?: unknown;
}
export interface QuizYaml {
	id: string;
	title: string;
	items: QuizItemYaml[];
}
interface ModuleYaml {
	title: string;
	order: number;
	steps: ({ lesson: string } | { quiz: string; minutes: number })[];
}

export const quizzes = () => contentYaml<QuizYaml>('quizzes');

/** The smallest module with at least one quiz: its id (file name), title, quizzes and lesson slugs. */
export function assignableModule() {
	const files = contentYaml<ModuleYaml>('modules');
	const ids = moduleIds();
	const withQuiz = files
		.map((m, i) => ({ ...m, id: ids[i]! }))
		.filter((m) => m.steps.some((s) => 'quiz' in s))
		.sort((a, b) => a.steps.length - b.steps.length);
	const m = withQuiz[0];
	if (!m) throw new Error('no module with a quiz in content/modules');
	const qs = quizzes();
	return {
		id: m.id,
		title: m.title,
		lessons: m.steps.flatMap((s) => ('lesson' in s ? [s.lesson] : [])),
		quizzes: m.steps.flatMap((s) => ('quiz' in s ? [qs.find((q) => q.id === s.quiz)!] : []))
	};
}

function moduleIds(): string[] {
	// contentYaml reads the files sorted by name: the ids are the same names
	return readdirSync('content/modules')
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => f.replace(/\.yaml$/, ''));
}

/** Items a test can answer right by clicking one labelled choice: single choice and true/false. */
export function clickableKeys(q: QuizYaml): { itemId: string; label: string; answer: string }[] {
	const tf: Record<string, string> = {
		true: 'True',
		false: 'False',
		'cannot-tell': 'Cannot tell from this text'
	};
	return q.items.flatMap((it) => {
		if (it.type === 'single') {
			const o = it.options!.find((x) => x.correct)!;
			return [{ itemId: it.id, label: o.text, answer: o.id }];
		}
		if (it.type === 'truefalse') {
			const a = String(it.answer);
			return [{ itemId: it.id, label: tf[a]!, answer: a }];
		}
		return [];
	});
}

// ------------------------------------------------------------------ servers

export interface Server {
	url: string;
	port: number;
	proc: ChildProcess;
	env: Record<string, string>;
	stop(): Promise<void>;
	kill9(): Promise<void>;
}

/** `node server/index.js` (the production build) with the given database settings, on `port` or a free one. */
export async function startServer(env: Record<string, string>, fixedPort?: number): Promise<Server> {
	const port = fixedPort ?? (await freePort());
	const proc = spawn(process.execPath, ['server/index.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	proc.stderr?.on('data', (d) => (stderr += String(d)));
	const url = `http://127.0.0.1:${port}`;
	const exited = new Promise<void>((r) => proc.once('exit', () => r()));
	for (let i = 0; i < 300; i++) {
		if (proc.exitCode !== null) throw new Error(`server exited: ${stderr}`);
		try {
			if ((await fetch(`${url}/privacy`)).ok) break;
		} catch {
			/* starting */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		port,
		proc,
		env,
		async stop() {
			if (proc.exitCode === null) proc.kill('SIGTERM');
			await exited;
		},
		async kill9() {
			proc.kill('SIGKILL');
			await exited;
		}
	};
}

export interface Database {
	name: 'sqlite' | 'postgres';
	env: Record<string, string>;
	cleanup(): void;
}

/** A fresh database of either kind, for servers started by startServer. */
export async function freshDatabase(name: 'sqlite' | 'postgres'): Promise<Database & { file?: string }> {
	if (name === 'sqlite') {
		const dir = mkdtempSync(join(tmpdir(), 'sourcebook-e2e-'));
		const file = join(dir, 'class.db');
		return {
			name,
			file,
			env: { DATABASE_PATH: file },
			cleanup: () => rmSync(dir, { recursive: true, force: true })
		};
	}
	const cluster = await startCluster();
	const url = cluster.createDatabase('e2e');
	return { name, env: { DATABASE_URL: url }, cleanup: () => cluster.stop() };
}

// ------------------------------------------------------------------ requests as a browser sends them

/** A cookie jar for one simulated device. */
export class Device {
	cookies = new Map<string, string>();
	constructor(readonly base: string) {}
	header() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}
	take(res: Response) {
		for (const c of res.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const i = pair!.indexOf('=');
			const name = pair!.slice(0, i);
			const value = pair!.slice(i + 1);
			if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || value === '') this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
		return res;
	}
	async get(path: string) {
		return this.take(
			await fetch(this.base + path, {
				headers: { cookie: this.header(), accept: 'text/html' },
				redirect: 'manual'
			})
		);
	}
	async form(path: string, fields: Record<string, string>, origin = this.base) {
		return this.take(
			await fetch(this.base + path, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					cookie: this.header()
				},
				body: new URLSearchParams(fields)
			})
		);
	}
	async json(path: string, body: unknown, headers: Record<string, string> = {}) {
		return this.take(
			await fetch(this.base + path, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: this.header(), ...headers },
				body: typeof body === 'string' ? body : JSON.stringify(body)
			})
		);
	}
}

/** Create an assignment through the teacher form; returns the teacher key and the section codes. */
export async function assign(base: string, moduleId: string, sections: string[]) {
	const teacher = new Device(base);
	await teacher.get('/teach');
	const res = await teacher.form('/teach', { module: moduleId, sections: sections.join('\n') });
	if (res.status !== 303)
		throw new Error(`assign answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
	const key = /^\/teach\/([\w-]{32})/.exec(res.headers.get('location') ?? '')?.[1];
	if (!key) throw new Error(`no teacher key in ${res.headers.get('location')}`);
	const html = await (await teacher.get(`/teach/${key}`)).text();
	const codes = [...html.matchAll(/data-code="([A-Z0-9]{6})"/g)].map((m) => m[1]!);
	return { key, codes };
}

/** A new device joins a section: returns the device (with its session cookie) and the resume code. */
export async function joinAs(base: string, code: string, nickname: string) {
	const d = new Device(base);
	await d.get(`/class/${code}`); // the page gives the device its client id, as a browser visit would
	const res = await d.form(`/class/${code}?/join`, { code, nickname });
	if (res.status !== 303) throw new Error(`join answered ${res.status}`);
	return { device: d, resumeCode: d.cookies.get(`sb_resume_${code}`)! };
}

export const submissionPath = (code: string) => `/api/class/${code}/submissions`;
