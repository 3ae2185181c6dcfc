/**
 * Worker: CSV (PapaParse), report documents (the ingest extractor): .txt/.md, .docx (mammoth, checked
 * against the shared limits first, tables as rows), .pdf (pdfjs), .xlsx/.xls (SheetJS, loaded only for a
 * workbook), saved pages and ZIP batches → prepared rows. Scans and old .doc files are named with the CLI
 * command that reads them (OCR does not run in the browser).
 */
import type { SheetJs } from '../formats/sheets';
import { docxToText } from './docx';
import { prepareUpload } from './prepare';
import { pdfToText } from './pdf';
import type { CheckReply, CheckRequest } from './protocol';

const post = (m: CheckReply) => (self as unknown as Worker).postMessage(m);

let xlsx: Promise<SheetJs> | null = null;
const sheetJs = () =>
	(xlsx ??= import('xlsx').then((m) =>
		(m as unknown as { default?: SheetJs }).default?.read ? (m as unknown as { default: SheetJs }).default : (m as unknown as SheetJs)
	));

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
	const { id, name, bytes, existingIds } = e.data;
	try {
		const prepared = await prepareUpload(name, bytes, {
			existingIds: new Set(existingIds),
			docxToText,
			pdfToText,
			sheetJs,
			onProgress: (share) => post({ id, type: 'progress', share })
		});
		post({ id, type: 'done', prepared });
	} catch (err) {
		post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
