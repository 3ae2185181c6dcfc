/** Parquet → Arrow IPC (parquet-wasm, injected) → header and cells → the same SCHEMA.md validation. Pure. */
import { tableFromIPC } from 'apache-arrow';
import { arrowToRows } from '../db/arrow';
import { fileProblem } from './types';
import { validateRows, type ValidateOptions, type Validation } from './validate';

/** parquet-wasm's readParquet(bytes).intoIPCStream(), passed in so this module loads no WASM itself. */
export type ParquetToIpc = (bytes: Uint8Array) => Uint8Array;

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1" at both ends of every Parquet file

function hasMagic(b: Uint8Array): boolean {
	const at = (o: number) => PARQUET_MAGIC.every((m, i) => b[o + i] === m);
	return b.length >= 12 && at(0) && at(b.length - 4);
}

/** Validates an Arrow IPC stream as rows of a SCHEMA.md table (row numbers count data rows from 1). */
export function validateArrowIpc(file: string, ipc: Uint8Array, opts: ValidateOptions = {}): Validation {
	const table = tableFromIPC(ipc);
	const header = table.schema.fields.map((f) => f.name);
	// The one Arrow → plain conversion (BigInt, DECIMAL with its scale, dates), shared with the database side.
	const data = arrowToRows(table).map((r) => header.map((h) => r[h]));
	return validateRows(file, header, data, { firstRow: 1, ...opts });
}

/** Bytes of a Parquet file → validation; an empty, truncated or damaged file gives one clear problem. */
export function validateParquetBytes(file: string, bytes: Uint8Array, toIpc: ParquetToIpc, opts: ValidateOptions = {}): Validation {
	const fail = (zh: string, en: string): Validation => ({
		file,
		table: null,
		rows: [],
		rowNumbers: [],
		problems: [fileProblem(file, zh, en)],
		notes: [],
		fatal: true,
		total: 0,
		badRows: 0
	});
	if (bytes.length === 0) return fail('文件为空', 'empty file');
	if (!hasMagic(bytes))
		return fail(
			'不是完整的 Parquet 文件（文件头或文件尾缺少 PAR1 标记，可能被截断）',
			'not a complete Parquet file (PAR1 marker missing at start or end: truncated or damaged)'
		);
	let ipc: Uint8Array;
	try {
		ipc = toIpc(bytes);
	} catch (e) {
		return fail(`Parquet 文件已损坏：${String((e as Error)?.message ?? e)}`, `damaged Parquet file: ${String((e as Error)?.message ?? e)}`);
	}
	return validateArrowIpc(file, ipc, opts);
}
