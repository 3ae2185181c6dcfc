/** PDF → text in the browser (pdfjs-dist 4 in the calling worker, no nested worker). Browser only. */
import { documentText } from '../pdf/text';


/** Text of a PDF's pages; fonts without embedded Unicode maps (external CMaps) may give no text. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
	const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
	// pdfjs runs its parser in this thread when it finds the worker module on globalThis (no nested worker, no URL).
	(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = worker;
	const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
	return documentText(doc);
}
