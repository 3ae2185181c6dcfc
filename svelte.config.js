import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { precompress } from './src/tools/precompress.mjs';

/**
 * The hash of app.html's own inline script (its first-paint script): SvelteKit hashes only the scripts it writes, so
 * the page's script-src names this one too.
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`);
}

/**
 * adapter-static, then `<file>.br` and `<file>.gz` beside every compressible file of build/ (src/tools/precompress.mjs:
 * adapter-static's own `precompress` runs brotli at quality 11 on the 34 MB engine, minutes on this machine), served
 * by `npm start` (src/tools/static-server.mjs) to browsers that accept them.
 */
function staticPrecompressed() {
	const inner = adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true });
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			const s = await precompress('build');
			builder.log(
				`precompressed ${s.files} files (${(s.bytes / 2 ** 20).toFixed(1)} MB → ${(s.br / 2 ** 20).toFixed(1)} MB brotli, ${(s.gz / 2 ** 20).toFixed(1)} MB gzip) in ${(s.ms / 1000).toFixed(1)} s`
			);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticPrecompressed(),
		prerender: { handleHttpError: 'fail', handleMissingId: 'warn' },
		// Prerendered pages get this policy as a <meta http-equiv> tag, with hashes of SvelteKit's inline scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// DuckDB-WASM compiles WebAssembly; nothing else may evaluate code.
				'script-src': ['self', 'wasm-unsafe-eval', ...appHtmlScriptHashes()],
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
