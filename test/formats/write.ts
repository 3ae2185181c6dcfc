/** `npx tsx test/formats/write.ts DIR [--no-scan]`: the same report in every format the ingest reads, written to DIR. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { closeBrowser, docxWithTable, mhtml, portalBytes, printReportPdf, reportText, scanPng, scannedPdf, wordDoc, workbook, zipOf } from './build';

/** Every format's file name and bytes. */
export async function allFormats(scan = true): Promise<Record<string, Uint8Array>> {
	const files: Record<string, Uint8Array> = {
		'report.txt': new TextEncoder().encode(reportText()),
		'report.xlsx': workbook('xlsx'),
		'report.xls': workbook('biff8'),
		'report.docx': await docxWithTable(),
		'report.doc': wordDoc(),
		'report.html': portalBytes('gbk'),
		'report.mhtml': mhtml(),
		'report.pdf': await printReportPdf()
	};
	files['batch.zip'] = await zipOf({ 'sub/a.html': portalBytes('utf-8'), 'sub/book.xlsx': files['report.xlsx'], 'notes.csv': 'a,b\n' });
	if (scan) {
		files['scan.png'] = await scanPng();
		files['scan.pdf'] = await scannedPdf(files['scan.png']);
	}
	await closeBrowser();
	return files;
}

if (process.argv[1]?.endsWith('write.ts')) {
	const dir = process.argv[2];
	if (!dir) throw new Error('usage: npx tsx test/formats/write.ts DIR [--no-scan]');
	await mkdir(dir, { recursive: true });
	for (const [name, bytes] of Object.entries(await allFormats(!process.argv.includes('--no-scan')))) await writeFile(join(dir, name), bytes);
}
