import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'warn' },
		// Prerendered pages get this policy as a <meta http-equiv> tag, with hashes of SvelteKit's inline scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// DuckDB-WASM compiles WebAssembly; nothing else may evaluate code.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				// Inline styles are needed: style="" from Svelte style: directives and ECharts, <style> inside ECharts' SSR
				// SVG, and CodeMirror (style-mod writes <style> elements into the document). Scripts stay hash-only.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
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
