/**
 * npm run bench:server — class-server figures (printed, not asserted):
 *   1. quiz submissions through the JSON API: throughput, p50/p99 latency, errors, with concurrent
 *      simulated students (autocannon) against the production server on loopback;
 *   2. the teacher dashboard for 200 students × ~20 items: server render time.
 * Run on the embedded SQLite and on PostgreSQL (a throwaway cluster), side by side. The server (and
 * PostgreSQL) are pinned to CPU 0 with taskset, this load generator to CPU 1.
 * Targets: ≥ 1,000 submissions/s, p99 ≤ 50 ms, 0 errors; dashboard ≤ 200 ms.
 * Two runs of submissions: flat out (CONNECTIONS connections, each sending its next request as soon as the
 * last is answered: the throughput), then offered at BENCH_RATE per second, evenly spaced (open loop: the
 * latency a class sees at that load).
 * Options (env): BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 50), BENCH_STUDENTS (default 1000),
 * BENCH_RATE (default 1000),
 * BENCH_SKIP_PG=1, BENCH_SKIP_SQLITE=1, BENCH_NODE_FLAGS (flags for the server's node, e.g. --cpu-prof),
 * BENCH_PHASES (which runs, default "flat,open,floor,dashboard": e.g. "open" to profile the open loop alone),
 * BENCH_VERBOSE=1 (the open loop's latency second by second).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import autocannon from 'autocannon';
import { content } from '../src/lib/content/index';
import { openDb, type Db } from '../src/lib/server/db/index';
import { Store } from '../src/lib/server/store';
import { hashCode, newId, newSecret, sha256 } from '../src/lib/server/crypto';
import { quizView, type QuizView } from '../src/lib/quiz/view';
import { gradeQuiz } from '../src/lib/quiz/grade';
import { sampleAnswers } from '../src/lib/teach/sample';
import { stableKey } from '../src/lib/teach/analysis';
import { freePort, startCluster } from './pg-cluster.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const VERBOSE = !!process.env.BENCH_VERBOSE;
const PHASES = new Set((process.env.BENCH_PHASES ?? 'flat,open,floor,dashboard').split(','));
const cpus = availableParallelism();
const pin = cpus >= 2 && existsSync('/usr/bin/taskset');
const SERVER_CPU = '0';
const LOAD_CPU = '1';

if (!existsSync('build/handler.js')) {
	console.log('No build yet: building (under the shared build lock)…');
	execFileSync('flock', ['/tmp/sourcebook-build.lock', 'npm', 'run', 'build'], { stdio: 'inherit' });
}
if (pin) execFileSync('taskset', ['-cp', LOAD_CPU, String(process.pid)], { stdio: 'ignore' });

// ------------------------------------------------------------------ what to submit
const c = content();
const module = [...c.modules].sort((a, b) => b.steps.length - a.steps.length)[0];
if (!module) throw new Error('no module in content/modules: nothing to assign');
const quizzes = module.steps.flatMap((s) => (s.kind === 'quiz' ? [quizView(c, s.id)!] : []));
if (!quizzes.length) throw new Error(`module ${module.id} has no quiz`);
// the dashboard benchmark wants about 20 items: the module's quizzes, as many as it takes
const dashQuizzes: QuizView[] = [];
for (const q of quizzes) if (dashQuizzes.reduce((n, x) => n + x.items.length, 0) < 20) dashQuizzes.push(q);
const dashItems = dashQuizzes.reduce((n, q) => n + q.items.length, 0);
const benchQuiz = quizzes[0]!;
// one body per skill level, re-used with a fresh submission id each request
const bodies = [0.2, 0.5, 0.8, 1].map((skill, i) => sampleAnswers(benchQuiz.items, skill, 100 + i));

// ------------------------------------------------------------------ seeding
interface Seeded {
	key: string;
	code: string;
	cookies: string[];
}

/** Students and sessions written straight into the database (one resume hash for all: seeding speed). */
async function seed(db: Db): Promise<{ bench: Seeded; warm: Seeded; dash: Seeded }> {
	const store = new Store(db, 30);
	const now = Date.now();
	const resumeHash = await hashCode('BENCHXYZ');
	async function classOf(n: number, name: string): Promise<Seeded & { ids: string[] }> {
		const a = await store.createAssignment({
			moduleId: module!.id,
			moduleTitle: module!.title,
			sections: [name],
			now
		});
		const section = a.sections[0]!;
		const cookies: string[] = [];
		const ids: string[] = [];
		const rows = [];
		const sessions = [];
		for (let i = 0; i < n; i++) {
			const id = newId();
			const token = newSecret();
			ids.push(id);
			cookies.push(`sb_class_${section.code}=${token}`);
			rows.push({
				id,
				sectionId: section.id,
				nickname: `${name} ${i}`,
				nicknameKey: `${name} ${i}`.toLowerCase(),
				resumeHash,
				createdAt: now + i
			});
			sessions.push({ tokenHash: sha256(token), studentId: id, createdAt: now });
		}
		for (let i = 0; i < rows.length; i += 200) {
			await db.q.insert(db.t.students).values(rows.slice(i, i + 200));
			await db.q.insert(db.t.sessions).values(sessions.slice(i, i + 200));
		}
		return { key: a.key, code: section.code, cookies, ids };
	}
	const bench = await classOf(STUDENTS, 'bench');
	const dash = await classOf(200, 'dash');
	// other students, for warming the server up: the measured students' sessions are not cached beforehand
	const warm = await classOf(100, 'warm');
	// 200 students with one to three attempts at each dashboard quiz, graded like the server does
	let n = 0;
	for (const [s, id] of dash.ids.entries())
		for (const q of dashQuizzes)
			for (let k = 0; k <= (s + q.items.length) % 3; k++) {
				const answers = sampleAnswers(q.items, 0.3 + 0.2 * k, ++n);
				const g = gradeQuiz(q, answers);
				await store.submit(
					id,
					{
						submissionId: randomUUID(),
						quizId: q.id,
						payloadHash: sha256(stableKey({ quizId: q.id, answers })),
						answers,
						results: g.items.map((r) => ({
							itemId: r.itemId,
							score: r.score,
							correct: r.correct,
							answered: r.answered
						})),
						score: g.score,
						maxScore: g.max
					},
					now + n
				);
			}
	return { bench, warm, dash };
}

// ------------------------------------------------------------------ server
async function startServer(env: Record<string, string>): Promise<{ url: string; proc: ChildProcess }> {
	const port = await freePort();
	// BENCH_NODE_FLAGS: e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load
	const args = [...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), 'server/index.js'];
	const [cmd, argv] = pin
		? ['taskset', ['-c', SERVER_CPU, process.execPath, ...args]]
		: [process.execPath, args];
	const proc = spawn(cmd, argv, {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(`${url}/privacy`)).ok) return { url, proc };
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	proc.kill('SIGKILL');
	throw new Error('server did not start');
}

// ------------------------------------------------------------------ open loop
/**
 * Submissions offered at `rate` per second, evenly spaced (every millisecond or two, whatever the answers):
 * the latency a class sees at that load. (autocannon's overallRate sends each second's quota in a burst.)
 * Latency is counted from when a request was due, so a load generator falling behind shows as latency.
 */
async function openLoop(url: string, cls: Seeded, rate: number, duration: number) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
	const { hostname, port } = new URL(url);
	const path = `/api/class/${cls.code}/submissions`;
	const latencies: number[] = [];
	// how late the generator itself sent each request: if this is large, the latency below is partly ours
	const sendLag: number[] = [];
	let non2xx = 0;
	let errors = 0;
	const send = (n: number, due: number) =>
		new Promise<void>((resolve) => {
			const body = JSON.stringify({
				submissionId: randomUUID(),
				quizId: benchQuiz.id,
				answers: bodies[n % bodies.length]
			});
			const req = http.request(
				{
					hostname,
					port,
					path,
					method: 'POST',
					agent,
					headers: {
						'content-type': 'application/json',
						'content-length': Buffer.byteLength(body),
						cookie: cls.cookies[n % cls.cookies.length]!
					}
				},
				(res) => {
					res.resume();
					res.on('end', () => {
						if (res.statusCode! < 200 || res.statusCode! >= 300) non2xx++;
						latencies.push(performance.now() - due);
						if (VERBOSE) perSecond[Math.floor((due - start) / 1000)]?.push(performance.now() - due);
						resolve();
					});
				}
			);
			req.on('error', () => {
				errors++;
				resolve();
			});
			sendLag.push(performance.now() - due);
			req.end(body);
		});
	const start = performance.now();
	const perSecond: number[][] = Array.from({ length: duration }, () => []);
	const total = Math.round(rate * duration);
	const inflight: Promise<void>[] = [];
	let sent = 0;
	while (sent < total) {
		const now = performance.now();
		const due = Math.min(total, Math.floor(((now - start) / 1000) * rate) + 1);
		for (; sent < due; sent++) inflight.push(send(sent, start + (sent / rate) * 1000));
		await new Promise((r) => setTimeout(r, 1));
	}
	await Promise.all(inflight);
	if (VERBOSE)
		for (const [sec, l] of perSecond.entries()) {
			l.sort((a, b) => a - b);
			const at = (f: number) => (l[Math.floor(l.length * f)] ?? 0).toFixed(1);
			console.log(`  second ${sec}: p50 ${at(0.5)} p99 ${at(0.99)} max ${at(0.999)} ms`);
		}
	const elapsed = (performance.now() - start) / 1000;
	agent.destroy();
	latencies.sort((a, b) => a - b);
	const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * f))] ?? 0;
	sendLag.sort((a, b) => a - b);
	const lag99 = sendLag[Math.min(sendLag.length - 1, Math.floor(sendLag.length * 0.99))] ?? 0;
	return { served: latencies.length / elapsed, p50: q(0.5), p99: q(0.99), lag99, non2xx, errors };
}

// ------------------------------------------------------------------ CPU accounting
// The machine may be shared (other builds, tests): throughput then measures the contention as much as the
// server. The CPU time the server (and PostgreSQL) spent per submission does not depend on it: 1000 / that
// is what one dedicated core would sustain.
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);

function statOf(pid: number): { ppid: number; ticks: number } | undefined {
	try {
		const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
		// after "pid (comm) ": state ppid … utime (14th field overall, index 11 here) stime (index 12)
		return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
	} catch {
		return undefined;
	}
}

/** CPU ms used so far by these processes and all their descendants (0 where /proc is missing). */
function cpuMs(roots: number[]): number {
	if (!existsSync('/proc/self/stat')) return 0;
	const all = new Map<number, { ppid: number; ticks: number }>();
	for (const d of readdirSync('/proc'))
		if (/^\d+$/.test(d)) {
			const st = statOf(Number(d));
			if (st) all.set(Number(d), st);
		}
	const keep = new Set(roots);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, st] of all)
			if (!keep.has(pid) && keep.has(st.ppid)) {
				keep.add(pid);
				grew = true;
			}
	}
	let ticks = 0;
	for (const pid of keep) ticks += all.get(pid)?.ticks ?? 0;
	return ticks * TICK_MS;
}

function stop(proc: ChildProcess) {
	return new Promise<void>((resolve) => {
		proc.once('exit', () => resolve());
		proc.kill('SIGTERM');
	});
}

interface Figures {
	db: string;
	rps: number;
	p50: number;
	p99: number;
	total: number;
	non2xx: number;
	errors: number;
	dashP50: number;
	dashP95: number;
	dashBytes: number;
	cpuPerReq: number;
	floorPerReq: number;
	fixedRps: number;
	fixedP50: number;
	fixedP99: number;
	fixedLag99: number;
	floorRps: number;
	load: number;
}

async function run(
	label: string,
	db: Db,
	env: Record<string, string>,
	dbPids: () => number[] = () => []
): Promise<Figures> {
	process.stdout.write(`\n${label}: seeding ${STUDENTS} + 200 students… `);
	const { bench, warm, dash } = await seed(db);
	await db.close();
	console.log('done');
	const { url, proc } = await startServer(env);
	try {
		// warm up before measuring (JIT, the content build): the dashboard once, and 3 s of submissions
		// from the warm-up class (the measured students start with no cached session)
		await fetch(`${url}/teach/${dash.key}?section=all`);
		const submissions = (cls: Seeded, duration: number) => {
			let i = 0;
			return autocannon({
				url,
				connections: CONNECTIONS,
				duration,
				requests: [
					{
						method: 'POST',
						path: `/api/class/${cls.code}/submissions`,
						setupRequest: (req: Record<string, unknown>) => {
							const n = i++;
							req.headers = {
								'content-type': 'application/json',
								cookie: cls.cookies[n % cls.cookies.length]!
							};
							req.body = JSON.stringify({
								submissionId: randomUUID(),
								quizId: benchQuiz.id,
								answers: bodies[n % bodies.length]
							});
							return req;
						}
					}
				]
			});
		};
		const warmed = await submissions(warm, 3);
		if (warmed.non2xx || warmed.errors) throw new Error('warm-up submissions failed');
		const path = `/api/class/${bench.code}/submissions`;
		const load = loadavg()[0]!;
		const cpu0 = cpuMs([proc.pid!, ...dbPids()]);
		// a phase left out (BENCH_PHASES) counts as nothing done
		const skipped = {
			requests: { average: 0, total: 0 },
			latency: { p50: 0, p99: 0 },
			non2xx: 0,
			errors: 0,
			timeouts: 0
		} as unknown as autocannon.Result;
		const result = PHASES.has('flat') ? await submissions(bench, DURATION) : skipped;
		const cpu = cpuMs([proc.pid!, ...dbPids()]) - cpu0;
		// the latency a class sees at the target load: submissions offered at RATE per second
		const fixed = PHASES.has('open')
			? await openLoop(url, bench, RATE, DURATION)
			: { served: 0, p50: 0, p99: 0, lag99: 0, non2xx: 0, errors: 0 };
		// the floor: the same route refusing malformed JSON (HTTP, SvelteKit, body read; no grading, no database)
		const floor0 = cpuMs([proc.pid!, ...dbPids()]);
		const refused = PHASES.has('floor')
			? await autocannon({
					url: url + path,
					method: 'POST',
					connections: CONNECTIONS,
					duration: Math.min(DURATION, 4),
					headers: { 'content-type': 'application/json', cookie: bench.cookies[0]! },
					body: `[${JSON.stringify({ submissionId: randomUUID(), quizId: benchQuiz.id, answers: bodies[0] })}`
				})
			: skipped;
		const floorCpu = cpuMs([proc.pid!, ...dbPids()]) - floor0;
		if (refused.non2xx !== refused.requests.total) throw new Error('the floor requests were not all refused');
		// the dashboard: sequential renders of 200 students × dashItems items
		const times: number[] = [];
		let bytes = 0;
		for (let k = 0; k < (PHASES.has('dashboard') ? 30 : 0); k++) {
			const t0 = performance.now();
			const res = await fetch(`${url}/teach/${dash.key}?section=all`);
			const html = await res.text();
			times.push(performance.now() - t0);
			bytes = html.length;
			if (!res.ok) throw new Error(`dashboard answered ${res.status}`);
		}
		times.sort((a, b) => a - b);
		return {
			db: label,
			rps: result.requests.average,
			p50: result.latency.p50,
			p99: result.latency.p99,
			total: result.requests.total,
			non2xx: result.non2xx + fixed.non2xx,
			errors: result.errors + result.timeouts + fixed.errors,
			fixedRps: fixed.served,
			fixedP50: fixed.p50,
			fixedP99: fixed.p99,
			fixedLag99: fixed.lag99,
			dashP50: times[Math.floor(times.length / 2)] ?? 0,
			dashP95: times[Math.floor(times.length * 0.95)] ?? 0,
			dashBytes: bytes,
			cpuPerReq: result.requests.total ? cpu / result.requests.total : 0,
			floorPerReq: refused.requests.total ? floorCpu / refused.requests.total : 0,
			floorRps: refused.requests.average,
			load
		};
	} finally {
		await stop(proc);
	}
}

// ------------------------------------------------------------------ main
console.log(
	`Sourcebook class server benchmark — ${cpus} CPUs, ${pin ? `server on CPU ${SERVER_CPU}, load on CPU ${LOAD_CPU}` : 'no pinning'}; ` +
		`${CONNECTIONS} connections for ${DURATION} s over ${STUDENTS} students; quiz "${benchQuiz.id}" (${benchQuiz.items.length} items); ` +
		`dashboard: 200 students × ${dashItems} items (${dashQuizzes.map((q) => q.id).join(', ')})`
);
const results: Figures[] = [];
const dir = mkdtempSync(join(tmpdir(), 'sourcebook-bench-'));
try {
	const path = join(dir, 'bench.db');
	if (!process.env.BENCH_SKIP_SQLITE)
		results.push(await run('SQLite', await openDb({ path }), { DATABASE_PATH: path }));
	if (!process.env.BENCH_SKIP_PG) {
		const cluster = await startCluster({ cpus: pin ? SERVER_CPU : undefined });
		try {
			const url = cluster.createDatabase('bench');
			const postmaster = () => {
				const f = join(cluster.dir, 'data', 'postmaster.pid');
				return existsSync(f) ? [Number(readFileSync(f, 'utf8').split('\n')[0])] : [];
			};
			results.push(await run('PostgreSQL', await openDb({ url }), { DATABASE_URL: url }, postmaster));
		} finally {
			cluster.stop();
		}
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}

const row = (name: string, f: (r: Figures) => string, target = '') =>
	console.log(`${name.padEnd(34)}${results.map((r) => f(r).padStart(14)).join('')}   ${target}`);
console.log('');
row('', (r) => r.db);
row(
	'submissions/s (flat out)',
	(r) => r.rps.toFixed(0),
	`target ≥ 1000; ${CONNECTIONS} connections, closed loop`
);
row('  latency p50 (ms)', (r) => r.p50.toFixed(1));
row('  latency p99 (ms)', (r) => r.p99.toFixed(1), 'queueing: connections ÷ throughput');
row('requests sent', (r) => String(r.total));
row(`at ${RATE}/s offered: served/s`, (r) => r.fixedRps.toFixed(0), `the target load, open loop`);
row(`  latency p50 (ms)`, (r) => r.fixedP50.toFixed(1));
row(`  latency p99 (ms)`, (r) => r.fixedP99.toFixed(1), 'target ≤ 50');
row(`  generator send lag p99 (ms)`, (r) => r.fixedLag99.toFixed(1), 'the load generator running late');
row('non-2xx responses (both runs)', (r) => String(r.non2xx), 'target 0');
row('errors and timeouts (both runs)', (r) => String(r.errors), 'target 0');
row(
	'server CPU per submission (ms)',
	(r) => r.cpuPerReq.toFixed(2),
	'Node + PostgreSQL, measured from /proc'
);
row(
	'→ submissions/s on one idle core',
	(r) => (r.cpuPerReq ? 1000 / r.cpuPerReq : 0).toFixed(0),
	'target ≥ 1000'
);
row('  of which HTTP + routing (ms)', (r) => r.floorPerReq.toFixed(2), 'the route refusing malformed JSON');
row('  (such refusals/s)', (r) => r.floorRps.toFixed(0));
row(
	'machine load (1 min) at start',
	(r) => r.load.toFixed(1),
	`${cpus} CPUs: above ~1 the figures above share the machine`
);
row(`dashboard p50 (ms)`, (r) => r.dashP50.toFixed(1), 'target ≤ 200');
row(`dashboard p95 (ms)`, (r) => r.dashP95.toFixed(1));
row('dashboard HTML (KB)', (r) => (r.dashBytes / 1024).toFixed(0));
