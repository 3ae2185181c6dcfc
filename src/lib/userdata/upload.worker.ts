/** Worker: CSV (PapaParse), .txt/.md reports (the ingest extractor), .docx (mammoth) and .pdf (pdfjs) → prepared rows. */
import { prepareUpload } from './prepare';
import { pdfToText } from './pdf';
import type { CheckReply, CheckRequest } from './protocol';

const post = (m: CheckReply) => (self as unknown as Worker).postMessage(m);

async function docxToText(bytes: Uint8Array): Promise<string> {
	const mod = await import('mammoth/mammoth.browser.js');
	const mammoth = (mod.default ?? mod) as { extractRawText(o: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> };
	const copy = bytes.slice().buffer;
	return (await mammoth.extractRawText({ arrayBuffer: copy })).value;
}

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
	const { id, name, bytes, existingIds } = e.data;
	try {
		const prepared = await prepareUpload(name, bytes, { existingIds: new Set(existingIds), docxToText, pdfToText, onProgress: (share) => post({ id, type: 'progress', share }) });
		post({ id, type: 'done', prepared });
	} catch (err) {
		post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
