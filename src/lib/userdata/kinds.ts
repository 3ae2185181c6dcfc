/** Which path an uploaded file takes, by its extension. Pure. */

/**
 * csv/parquet: tabular rows; report: .txt/.md text; docx/pdf/doc/rtf: documents; workbook: .xlsx/.xls; page:
 * .html/.htm/.mhtml/.mht; zip: a batch of reports; image: a scan (OCR runs in the CLI only); other: refused.
 */
export type FileKind = 'csv' | 'parquet' | 'report' | 'docx' | 'pdf' | 'doc' | 'rtf' | 'workbook' | 'page' | 'zip' | 'image' | 'other';

/** The kind of a file from its name. */
export function fileKind(name: string): FileKind {
	const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
	if (ext === 'csv' || ext === 'tsv') return 'csv';
	if (ext === 'parquet' || ext === 'pq') return 'parquet';
	if (ext === 'txt' || ext === 'md') return 'report';
	if (ext === 'docx') return 'docx';
	if (ext === 'pdf') return 'pdf';
	if (ext === 'doc') return 'doc';
	if (ext === 'rtf') return 'rtf';
	if (ext === 'xlsx' || ext === 'xls') return 'workbook';
	if (ext === 'html' || ext === 'htm' || ext === 'mhtml' || ext === 'mht') return 'page';
	if (ext === 'zip') return 'zip';
	if (ext === 'png' || ext === 'jpg' || ext === 'jpeg' || ext === 'tif' || ext === 'tiff') return 'image';
	return 'other';
}

/** The extensions the upload accepts (the file picker's accept list). */
export const UPLOAD_ACCEPT = '.csv,.tsv,.parquet,.txt,.md,.docx,.doc,.rtf,.pdf,.xlsx,.xls,.html,.htm,.mhtml,.mht,.zip,.png,.jpg,.jpeg,.tif,.tiff';

/** Bilingual reason a file of an unsupported kind is refused. */
export function unsupportedReason(name: string): { zh: string; en: string } {
	return {
		zh: `不支持的文件类型：${name}（支持 .csv .tsv .parquet .txt .md .docx .rtf .pdf .xlsx .xls .html .htm .mhtml .zip；.doc 与扫描件请用命令行导入）`,
		en: `unsupported file type: ${name} (supported: .csv .tsv .parquet .txt .md .docx .rtf .pdf .xlsx .xls .html .htm .mhtml .zip; .doc and scans through the CLI)`
	};
}

/** Bilingual reason a scan is refused in the browser: OCR runs in the CLI. */
export function scanReason(what: { zh: string; en: string }): { zh: string; en: string } {
	return {
		zh: `${what.zh}需要 OCR 识别，浏览器中不提供：请用命令行导入（npm run ingest -- 文件或文件夹）`,
		en: `${what.en} needs OCR, which does not run in the browser: import it with the CLI (npm run ingest -- FILE_OR_FOLDER)`
	};
}
