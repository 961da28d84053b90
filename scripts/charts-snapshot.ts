/**
 * Archive the current data of every chart whose data has changed since its last snapshot:
 * `npx vite-node scripts/charts-snapshot.ts` writes content/charts/snapshots/<chart>/<version>.yaml.
 * Archived embeds (/embed/<chart>/v/<version>) are built from these files alone, so a class page that
 * embeds one never changes. Never edit a snapshot: the content check compares its data with its version.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { content } from '../src/lib/content/index';
import { snapshotOf } from '../src/lib/charts/view';
import { chartIds } from '../src/lib/charts/ids';

const c = content();
const today = new Date().toISOString().slice(0, 10);
for (const id of chartIds) {
	const snap = snapshotOf(c, id, today);
	if (!snap) continue;
	if (c.charts.snapshots.some((s) => s.chart === id && s.version === snap.version)) {
		console.log(`${id}: version ${snap.version} is already archived`);
		continue;
	}
	const dir = `content/charts/snapshots/${id}`;
	mkdirSync(dir, { recursive: true });
	const head = `# Archived data of the chart "${id}", version ${snap.version}. Do not edit: the version is a fingerprint of\n# this data, and /embed/${id}/v/${snap.version} is built from this file alone (see ../../README.md).\n`;
	writeFileSync(`${dir}/${snap.version}.yaml`, head + stringify(snap, { lineWidth: 0 }));
	console.log(`${id}: archived version ${snap.version} in ${dir}/${snap.version}.yaml`);
}
