/** Which path an uploaded file takes, by its extension. Pure. */

/** csv/parquet: tabular rows; report: .txt/.md text; docx/pdf: documents; other: refused. */
export type FileKind = 'csv' | 'parquet' | 'report' | 'docx' | 'pdf' | 'other';

/** The kind of a file from its name. */
export function fileKind(name: string): FileKind {
	const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
	if (ext === 'csv' || ext === 'tsv') return 'csv';
	if (ext === 'parquet' || ext === 'pq') return 'parquet';
	if (ext === 'txt' || ext === 'md') return 'report';
	if (ext === 'docx') return 'docx';
	if (ext === 'pdf') return 'pdf';
	return 'other';
}

/** Bilingual reason a file of an unsupported kind is refused. */
export function unsupportedReason(name: string): { zh: string; en: string } {
	return {
		zh: `不支持的文件类型：${name}（支持 .csv .tsv .parquet .txt .md .docx .pdf）`,
		en: `unsupported file type: ${name} (supported: .csv .tsv .parquet .txt .md .docx .pdf)`
	};
}
