/** A query result as a downloadable file: CSV (UTF-8 with BOM), XLSX, Parquet. Writers are passed in or loaded lazily. */
import { tableToIPC, type Table } from 'apache-arrow';
import { toCsv } from '../format/csv';
import type { Row } from '../db/connector';
import { cellValue, flatValue, xlsxBlob } from '../format/xlsx';

export { cellValue };

/** The result as CSV text (RFC 4180, CRLF, UTF-8 BOM), raw values, header = column names. */
export function resultCsv(columns: string[], rows: Row[]): string {
	const flat = rows.map((r) => Object.fromEntries(columns.map((c) => [c, flatValue(r[c])])));
	return toCsv(
		columns.map((c) => ({ key: c, label: c })),
		flat
	);
}

/** The result as an .xlsx Blob: one sheet named after the query, header frozen (format/xlsx.ts). */
export async function resultXlsx(columns: string[], rows: Row[], sheet = 'result'): Promise<Blob> {
	return xlsxBlob([{ name: sheet || 'result', header: columns, rows: rows.map((r) => columns.map((c) => r[c])) }]);
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
