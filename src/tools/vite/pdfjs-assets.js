/**
 * pdfjs's predefined CMaps and standard font data, self-hosted: copied from node_modules/pdfjs-dist into the
 * client build at `_app/pdfjs/{cmaps,standard_fonts}/` (2.5 MB, fetched only by a PDF whose fonts need them)
 * and served from node_modules by the dev server. The upload worker points pdfjs at them
 * (src/lib/userdata/pdf.ts), so a PDF with a predefined CMap (/UniGB-UCS2-H, common in Chinese reports) reads
 * on /data as in the CLI; nothing is fetched from another site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the assets go in the client build (and are served from). */
export const PDFJS_ASSETS = '_app/pdfjs';
const DIRS = ['cmaps', 'standard_fonts'];

/** @returns {import('vite').Plugin} */
export function pdfjsAssets() {
	const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
	let ssr = false;
	return {
		name: 'pdfjs-assets',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		configureServer(server) {
			server.middlewares.use(`/${PDFJS_ASSETS}/`, (req, res, next) => {
				const [dir, file, ...rest] = (req.url ?? '').split('?')[0].replace(/^\/+/, '').split('/');
				if (!DIRS.includes(dir) || !file || rest.length > 0 || !readdirSync(join(root, dir)).includes(file)) return next();
				res.end(readFileSync(join(root, dir, file)));
			});
		},
		generateBundle() {
			if (ssr) return;
			for (const dir of DIRS) {
				for (const file of readdirSync(join(root, dir))) {
					this.emitFile({ type: 'asset', fileName: `${PDFJS_ASSETS}/${dir}/${file}`, source: readFileSync(join(root, dir, file)) });
				}
			}
		}
	};
}
