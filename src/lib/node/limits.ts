/**
 * Per-file limits of every reader. Past one, the file is rejected with its name and a reason naming the
 * limit, and the run goes on. Pure data (no node: imports), so the browser's readers can share them.
 *
 * Chosen far above real reports (the bundled PDFs are < 1 MB and 30 pages; a 100-page Word report has
 * ~5,000 paragraphs and ~60,000 XML elements) and far below what breaks the process: mammoth holds
 * ~1.7 KB of heap per XML element (100,000 text paragraphs = 400,000 elements took 700 MB and 3.4 s).
 */
export interface ReaderLimits {
	/** Bytes of a .txt/.md file. */
	textFileBytes: number;
	/** Bytes of a .pdf/.docx file (or any other file read whole, e.g. a manifest). */
	fileBytes: number;
	/** Characters of text a document may give the extractor. */
	textChars: number;
	/** Entries in a .docx (zip) archive. */
	zipEntries: number;
	/** Bytes the XML parts of a .docx expand to, all together. */
	zipExpandedBytes: number;
	/** Paragraphs (w:p) in a .docx. */
	docxParagraphs: number;
	/** XML elements in a .docx's parts. */
	docxElements: number;
	/** Pages of a PDF. */
	pdfPages: number;
	/** Bytes a PDF's compressed streams (images excepted) expand to, all together. */
	pdfExpandedBytes: number;
	/** Wall-clock time to turn one .pdf/.docx into text; the reader is stopped past it. */
	readMs: number;
	/** Heap of the reader thread (MB); a file that needs more stops the reader, not the run. */
	readerHeapMb: number;
	/** Sheets in a workbook (.xlsx/.xls). */
	sheets: number;
	/** Cells of a workbook's sheets together, as their used ranges declare them. */
	sheetCells: number;
	/** Pages of one document read by OCR (each page within readMs of its own). */
	ocrPages: number;
	/** Pixels of an image (or a rendered page) given to OCR. */
	imagePixels: number;
	/** Entries in a ZIP of reports. */
	archiveEntries: number;
	/** Bytes a ZIP of reports expands to, all entries together (each entry also within fileBytes). */
	archiveExpandedBytes: number;
}

const MB = 1024 * 1024;

/** The limits the ingest applies (see ReaderLimits). */
export const LIMITS: ReaderLimits = {
	textFileBytes: 16 * MB,
	fileBytes: 64 * MB,
	textChars: 8_000_000,
	zipEntries: 10_000,
	zipExpandedBytes: 128 * MB,
	docxParagraphs: 50_000,
	docxElements: 250_000,
	pdfPages: 2_000,
	pdfExpandedBytes: 128 * MB,
	readMs: 60_000,
	readerHeapMb: 1024,
	sheets: 200,
	sheetCells: 2_000_000,
	ocrPages: 200,
	imagePixels: 50_000_000,
	archiveEntries: 10_000,
	archiveExpandedBytes: 512 * MB
};

/** Bytes as "16 MB" / "900 KB" for messages. */
export function formatBytes(n: number): string {
	if (n >= MB) return `${Math.round((n / MB) * 10) / 10} MB`;
	if (n >= 1024) return `${Math.round(n / 1024)} KB`;
	return `${n} B`;
}

/** A count with thousands separators ("2,000,000"). */
export function formatCount(n: number): string {
	return n.toLocaleString('en-US');
}
