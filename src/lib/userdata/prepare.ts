/**
 * One entry point from a file's name and bytes to rows ready for loading, for every kind of file.
 * The browser's workers and the Node specs both call this, so a bad file gets the same message everywhere.
 */
import type { TableName } from '../ingest/types';
import { validateCsvBytes } from './csv';
import { fileKind, unsupportedReason, type FileKind } from './kinds';
import { validateParquetBytes, type ParquetToIpc } from './parquet';
import { reportBytesToRows, reportTextToRows } from './report';
import { fileProblem, type Problem, type TableRows } from './types';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** A file checked and turned into rows; nothing has been loaded yet. */
export interface Prepared {
	file: string;
	kind: FileKind;
	/** The table of a tabular file; 'report' for a report document (rows for every table). */
	table: TableName | 'report' | null;
	/** Good rows by table (bad rows already left out). */
	rows: TableRows;
	problems: Problem[];
	notes: Problem[];
	/** Nothing in the file can be loaded. */
	fatal: boolean;
	/** Data rows in the file (1 for a report). */
	total: number;
	badRows: number;
	encoding?: string;
	delimiter?: string;
}

/** What preparing needs from its environment. */
export interface PrepareDeps {
	/** report_ids already loaded (shipped and the user's). */
	existingIds?: Set<string>;
	/** parquet-wasm, loaded by the caller (a worker in the browser, the node build in tests). */
	parquetToIpc?: ParquetToIpc;
	/** .docx → text (mammoth), when available. */
	docxToText?: (bytes: Uint8Array) => Promise<string>;
	/** .pdf → text (pdfjs), when available. */
	pdfToText?: (bytes: Uint8Array) => Promise<string>;
	onProgress?: (share: number) => void;
}

function refused(file: string, kind: FileKind, zh: string, en: string): Prepared {
	return { file, kind, table: null, rows: {}, problems: [fileProblem(file, zh, en)], notes: [], fatal: true, total: 0, badRows: 0 };
}

/** Checks one file and returns its good rows, its problems, and whether anything can be loaded. */
export async function prepareUpload(file: string, bytes: Uint8Array, deps: PrepareDeps = {}): Promise<Prepared> {
	const kind = fileKind(file);
	const existingIds = deps.existingIds ?? new Set<string>();
	if (kind === 'csv' || kind === 'parquet') {
		if (kind === 'parquet' && !deps.parquetToIpc) return refused(file, kind, 'Parquet 读取器未载入', 'Parquet reader not loaded');
		const v = kind === 'csv' ? validateCsvBytes(file, bytes, { existingIds }, deps.onProgress) : validateParquetBytes(file, bytes, deps.parquetToIpc!, { existingIds });
		return { ...v, kind, rows: v.table && v.rows.length ? { [v.table]: v.rows } : {}, encoding: 'encoding' in v ? (v.encoding as string) : undefined, delimiter: 'delimiter' in v ? (v.delimiter as string) : undefined };
	}
	if (kind === 'report' || kind === 'docx' || kind === 'pdf') {
		let outcome;
		if (kind === 'docx' || kind === 'pdf') {
			const read = kind === 'docx' ? deps.docxToText : deps.pdfToText;
			const ext = kind === 'docx' ? '.docx' : 'PDF';
			if (!read) return refused(file, kind, `浏览器中暂不支持 ${ext}，请使用命令行导入（npm run ingest）`, `${ext} is not yet supported in the browser: use the CLI (npm run ingest)`);
			if (bytes.length === 0) return refused(file, kind, '文件为空', 'empty file');
			let text: string;
			try {
				text = await read(bytes);
			} catch (e) {
				return refused(file, kind, `无法读取 ${ext}：${(e as Error).message}`, `cannot read ${ext}: ${(e as Error).message}`);
			}
			if (text.trim() === '') return refused(file, kind, `${ext} 中没有可提取的文字（可能是扫描件）`, `no text found in the ${ext} (a scanned image?)`);
			outcome = reportTextToRows(file, text, bytesToHex(sha256(bytes)), existingIds);
		} else outcome = reportBytesToRows(file, bytes, existingIds);
		if (!outcome.ok) return { ...refused(file, kind, '', ''), problems: [outcome.problem] };
		const notes = outcome.warnings.map((w) => fileProblem(file, `抽取提示：${w}`, `extraction note: ${w}`));
		return { file, kind, table: 'report', rows: outcome.rows, problems: [], notes, fatal: false, total: 1, badRows: 0 };
	}
	const why = unsupportedReason(file);
	return refused(file, kind, why.zh, why.en);
}
