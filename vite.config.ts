import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

export default defineConfig({
	plugins: [sveltekit()],
	// content/ and drizzle/ (the class database's migrations) live beside src/: let Vite read them
	// (?raw imports are checked against this list)
	server: { fs: { allow: ['content', 'drizzle'] } },
	test: {
		expect: { requireAssertions: true },
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
