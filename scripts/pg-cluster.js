/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl in a temporary directory, as a
 * non-root user, on a free port, no systemd. PostgreSQL comes from apt when missing (as root or with sudo).
 *
 *   node scripts/pg-cluster.js run -- <command…>   start a cluster, run the command with
 *                                                  TEST_DATABASE_URL set, stop and remove the cluster
 *   import { startCluster } from './pg-cluster.js' the same from a test or a script
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;
const RUN_AS = process.env.PG_RUN_AS ?? 'postgres';

/** The directory holding initdb and pg_ctl: Debian's /usr/lib/postgresql/<newest>/bin, else PATH. */
export function findPgBin() {
	const base = '/usr/lib/postgresql';
	if (existsSync(base)) {
		const versions = readdirSync(base)
			.filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
			.sort((a, b) => Number(b) - Number(a));
		if (versions[0]) return join(base, versions[0], 'bin');
	}
	const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
	const path = which.stdout.trim();
	return which.status === 0 && path ? path.replace(/\/initdb$/, '') : undefined;
}

/** Install PostgreSQL through apt when initdb cannot be found. Returns the bin directory. */
export function ensurePostgres() {
	let bin = findPgBin();
	if (bin) return bin;
	console.log('PostgreSQL is missing: installing it through apt…');
	const sudo = isRoot ? '' : 'sudo ';
	execFileSync(
		'sh',
		[
			'-c',
			`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql`
		],
		{ stdio: 'inherit' }
	);
	bin = findPgBin();
	if (!bin)
		throw new Error('PostgreSQL was installed but initdb was not found under /usr/lib/postgresql/*/bin');
	return bin;
}

/** @returns {Promise<number>} a TCP port nobody listens on right now */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Run a PostgreSQL binary as the unprivileged user when we are root (initdb refuses to run as root).
 * @param {string} bin @param {string} tool @param {string[]} args @param {string} [cpus] pin to these CPUs
 */
function pgRun(bin, tool, args, cpus) {
	const cmd = join(bin, tool);
	let [file, argv] = isRoot ? ['runuser', ['-u', RUN_AS, '--', cmd, ...args]] : [cmd, args];
	if (cpus) [file, argv] = ['taskset', ['-c', cpus, file, ...argv]];
	const r = spawnSync(file, argv, { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr || r.stdout}`);
	return r.stdout;
}

/**
 * Start a cluster. Returns { url, dir, port, createDatabase(name) → url, stop() }.
 * The superuser is `sourcebook`, trusted on 127.0.0.1 and the socket in `dir` only.
 * `cpus` pins the server processes (e.g. "0", for benchmarks).
 * @param {{ quiet?: boolean, cpus?: string }} [options]
 */
export async function startCluster({ quiet = true, cpus } = {}) {
	const bin = ensurePostgres();
	const dir = mkdtempSync(join(tmpdir(), 'sourcebook-pg-'));
	if (isRoot) {
		const uid = Number(execFileSync('id', ['-u', RUN_AS], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', RUN_AS], { encoding: 'utf8' }).trim());
		chownSync(dir, uid, gid);
	}
	chmodSync(dir, 0o700);
	const data = join(dir, 'data');
	pgRun(bin, 'initdb', [
		'-D',
		data,
		'-U',
		'sourcebook',
		'-A',
		'trust',
		'-E',
		'UTF8',
		'--locale=C',
		'--no-sync'
	]);
	const port = await freePort();
	const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
	pgRun(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', '-t', '60', 'start'], cpus);
	if (!quiet) console.log(`PostgreSQL cluster on 127.0.0.1:${port} (${dir})`);
	const url = (/** @type {string} */ db) => `postgres://sourcebook@127.0.0.1:${port}/${db}`;
	let stopped = false;
	return {
		dir,
		port,
		url: url('postgres'),
		/** @param {string} name */
		createDatabase(name) {
			if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
			pgRun(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'sourcebook', name]);
			return url(name);
		},
		stop() {
			if (stopped) return;
			stopped = true;
			try {
				pgRun(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}

// CLI: node scripts/pg-cluster.js run -- <command…>
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'run') {
	const sep = process.argv.indexOf('--');
	const command = sep >= 0 ? process.argv.slice(sep + 1) : [];
	if (!command.length) {
		console.error('usage: node scripts/pg-cluster.js run -- <command…>');
		process.exit(2);
	}
	const cluster = await startCluster({ quiet: false });
	const env = { ...process.env, TEST_DATABASE_URL: cluster.createDatabase('sourcebook_test') };
	const child = spawn(/** @type {string} */ (command[0]), command.slice(1), { stdio: 'inherit', env });
	const stop = () => cluster.stop();
	for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => child.kill(sig));
	child.on('exit', (code, signal) => {
		stop();
		process.exit(code ?? (signal ? 1 : 0));
	});
}

// CLI: node scripts/pg-cluster.js ensure — install PostgreSQL through apt if it is missing
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'ensure') {
	console.log(`PostgreSQL binaries: ${ensurePostgres()}`);
}
