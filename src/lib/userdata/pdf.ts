/** PDF → text in the browser (pdfjs-dist 4 in the calling worker, no nested worker). Browser only. */
import { GarbageTextLayerError, textLayerVerdict } from '../formats/scan';
import { documentPages, pdfPagesText } from '../pdf/text';

/**
 * Where the build put pdfjs's CMaps or standard fonts (src/tools/vite/pdfjs-assets.js): `_app/pdfjs/DIR/`
 * beside this site's `_app/`, found from the worker's own address (the site may live under a sub-path).
 */
export function pdfjsAssetUrl(dir: 'cmaps' | 'standard_fonts', here: string): string {
	const at = here.indexOf('/_app/');
	return `${at >= 0 ? here.slice(0, at) : new URL(here).origin}/_app/pdfjs/${dir}/`;
}

/** Text of a PDF's pages; fonts with predefined CMaps (UniGB-UCS2-H …) read through the self-hosted CMaps; a garbage text layer refused. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
	const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
	// pdfjs runs its parser in this thread when it finds the worker module on globalThis (no nested worker, no URL).
	(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = worker;
	const here = self.location.href;
	const doc = await pdfjs.getDocument({
		data: bytes.slice(),
		// the parser fetches CMaps and font data itself (the default would look at `document`, absent in a worker)
		useWorkerFetch: true,
		cMapUrl: pdfjsAssetUrl('cmaps', here),
		cMapPacked: true,
		standardFontDataUrl: pdfjsAssetUrl('standard_fonts', here),
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	return pagesOrScan(await documentPages(doc));
}

/**
 * The pages' text, or GarbageTextLayerError when the whole text layer is garbage (mojibake, one character a
 * line), which the CLI reads by OCR. A PDF without any text gives '' (the caller names it as a scan).
 */
export function pagesOrScan(pages: string[]): string {
	const v = textLayerVerdict(pages);
	if (v.why.startsWith('garbage')) throw new GarbageTextLayerError(v.why);
	return pdfPagesText(pages);
}
