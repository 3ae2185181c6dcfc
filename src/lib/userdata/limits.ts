/**
 * What one file dropped on /data may hold, checked before it is read: the ingest's per-file byte limits
 * (src/lib/node/limits.ts, shared) and a row limit for tables. Past one the file is refused with its
 * name and the limit, and nothing loaded before changes. Pure.
 */
import { LIMITS, formatBytes } from '../node/limits';
import { fileKind } from './kinds';
import type { Prepared } from './prepare';
import { fileProblem } from './types';

/**
 * Data rows of one table file. Loading goes through SQL INSERTs in the browser's DuckDB (about 7,000 rows
 * a second in Chromium: the 365,632 rows of a 50 MB findings CSV took 50 s, and as long again to restore
 * on the next visit), so past this a file is better split, or ingested with the CLI.
 */
export const MAX_UPLOAD_ROWS = 500_000;

/** Bytes a file of this name may have: .txt/.md like the ingest's text files, everything else like its other files. */
export function uploadByteLimit(name: string): number {
	return fileKind(name) === 'report' ? LIMITS.textFileBytes : LIMITS.fileBytes;
}

/** A refusal for a file too large to read, or null. Nothing of it is read. */
export function oversize(name: string, size: number): Prepared | null {
	const max = uploadByteLimit(name);
	if (size <= max) return null;
	const kind = fileKind(name);
	const what = `${formatBytes(size)} > ${formatBytes(max)}`;
	return {
		file: name,
		kind,
		table: null,
		rows: {},
		problems: [
			fileProblem(
				name,
				`文件过大（${what}，浏览器中每个文件的上限）：未读取；请拆分文件，或用命令行导入（npm run ingest）`,
				`file too large (${what}, the limit for one file in the browser): not read; split it, or use the CLI (npm run ingest)`
			)
		],
		notes: [],
		fatal: true,
		total: 0,
		badRows: 0
	};
}

/** Why a table file with more than MAX_UPLOAD_ROWS data rows is refused. */
export function tooManyRows(): { zh: string; en: string } {
	const n = MAX_UPLOAD_ROWS.toLocaleString('en-US');
	return {
		zh: `数据行过多（超过 ${n} 行，浏览器中每个文件的上限）：请拆分文件，或用命令行导入（npm run ingest）`,
		en: `too many rows (more than ${n}, the limit for one file in the browser): split it, or use the CLI (npm run ingest)`
	};
}
