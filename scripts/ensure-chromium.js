/**
 * The e2e tests drive Debian's Chromium (/usr/bin/chromium): Playwright's own browser download cannot
 * reach its host here. Install it through apt when it is missing (needs root, as on CI and dev machines).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.log(`${path} is missing: installing chromium through apt…`);
	const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
	execSync(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`, {
		stdio: 'inherit'
	});
}
