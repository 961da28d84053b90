/**
 * npm start: build the site if there is no build or the sources are newer than it, then serve it on
 * port 3000 (PORT overrides) with the embedded SQLite database.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const stamp = 'build/handler.js';
const inputs = ['src', 'content', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

/** newest modification time under a path */
function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (!built || inputs.some((p) => newest(p) > built)) {
	console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building…');
	const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
	// the search index (build/client/pagefind), as `npm run build` makes it
	const s = spawnSync(process.execPath, ['node_modules/vite-node/dist/cli.mjs', 'scripts/build-search.ts'], {
		stdio: 'inherit'
	});
	if (s.status !== 0) process.exit(s.status ?? 1);
}
process.env.PORT ??= '3000';
await import('../server/index.js');
