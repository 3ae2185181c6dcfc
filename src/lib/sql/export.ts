/** A query result as a downloadable file: CSV (UTF-8 with BOM), XLSX, Parquet. Writers are passed in or loaded lazily. */
import { tableToIPC, type Table } from 'apache-arrow';
import { toCsv } from '../format/csv';
import type { Row } from '../db/connector';
import type { SheetData } from 'write-excel-file/universal';

/** A value fit for one spreadsheet cell: lists and structs as JSON text. */
export function cellValue(v: unknown): string | number | boolean | null {
	if (v == null) return null;
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'string' || typeof v === 'boolean') return v;
	if (typeof v === 'bigint') return Number(v);
	return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? Number(x) : x));
}

/** The result as CSV text (RFC 4180, CRLF, UTF-8 BOM), raw values, header = column names. */
export function resultCsv(columns: string[], rows: Row[]): string {
	const flat = rows.map((r) => Object.fromEntries(columns.map((c) => [c, cellValue(r[c])])));
	return toCsv(
		columns.map((c) => ({ key: c, label: c })),
		flat
	);
}

/** Spreadsheet rows: a bold header, then one row per result row, typed cells (numbers stay numbers). */
export function xlsxSheetData(columns: string[], rows: Row[]) {
	const header = columns.map((c) => ({ value: c, fontWeight: 'bold' as const }));
	const body = rows.map((r) =>
		columns.map((c) => {
			const v = cellValue(r[c]);
			if (v == null) return null;
			if (typeof v === 'number') return { value: v, type: Number };
			if (typeof v === 'boolean') return { value: v, type: Boolean };
			return { value: v, type: String };
		})
	);
	return [header, ...body];
}

/** The result as an .xlsx Blob (write-excel-file, loaded on first use; works in the browser and in Node). */
export async function resultXlsx(columns: string[], rows: Row[], sheet = 'result'): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	// Excel limits sheet names to 31 characters and forbids a few.
	const name = sheet.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'result';
	return writeXlsxFile(xlsxSheetData(columns, rows) as unknown as SheetData, { sheet: name }).toBlob();
}

/** The part of parquet-wasm this module needs (the browser and Node builds both have it). */
export interface ParquetWriter {
	Table: { fromIPCStream(buf: Uint8Array): unknown };
	writeParquet(table: never, props?: never): Uint8Array;
}

/** The Arrow result as Parquet bytes, via an Arrow IPC stream handed to parquet-wasm. */
export function resultParquet(table: Table, pq: ParquetWriter): Uint8Array {
	const ipc = tableToIPC(table, 'stream');
	return pq.writeParquet(pq.Table.fromIPCStream(ipc) as never);
}

/** A download name: the prefix, a timestamp, the extension. */
export function exportFileName(ext: 'csv' | 'xlsx' | 'parquet', now = new Date(), prefix = 'query'): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
	return `${prefix}-${stamp}.${ext}`;
}
