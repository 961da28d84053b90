import adapter from '@sveltejs/adapter-node';
import { mdsvex } from 'mdsvex';
import { lessonPreprocess, remarkHeadingIds } from './src/lib/lessons/preprocess.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	// lessons: frontmatter out and component imports in (src/lib/lessons/preprocess.js), then Markdown
	preprocess: [lessonPreprocess(), mdsvex({ extensions: ['.md'], remarkPlugins: [remarkHeadingIds] })],
	compilerOptions: {
		// Runes everywhere except third-party libraries and mdsvex output (which emits legacy syntax).
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md') ? undefined : true
	},
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		alias: { $content: 'content' },
		// origin: absolute addresses in prerendered pages (chart embed code, oEmbed discovery); set ORIGIN when deploying
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			origin: process.env.ORIGIN ?? 'http://localhost:3000'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
