import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

export default defineConfig({
	plugins: [sveltekit()],
	// content/ lives beside src/: let Vite read it (?raw imports are checked against this list)
	server: { fs: { allow: ['content'] } },
	test: {
		expect: { requireAssertions: true },
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
