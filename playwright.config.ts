import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	// the build runs before `playwright test` (npm run test:e2e), never inside webServer: they would race
	webServer: {
		command: `node server/index.js`,
		env: { PORT: String(port), HOST: '127.0.0.1' },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
