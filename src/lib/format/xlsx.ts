/**
 * The one Excel writer (write-excel-file, loaded on first use; the same code in the browser and in Node): the SQL
 * console's result export and the open-data workbooks. Every cell goes through `cellValue`.
 */
import type { Sheet, SheetData } from 'write-excel-file/universal';

/** Excel's limit on characters in one cell. */
export const XLSX_CELL_MAX = 32767;
/** Appended to text cut at the cell limit. */
export const CUT_MARK = '…[截断]';

/** A value as a flat cell (CSV and Excel): finite numbers, booleans and text as they are, bigints as numbers, lists and structs as JSON text. */
export function flatValue(v: unknown): string | number | boolean | null {
	if (v == null) return null;
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'boolean' || typeof v === 'string') return v;
	if (typeof v === 'bigint') return Number(v);
	return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? Number(x) : x));
}

/** A value fit for one Excel cell: `flatValue`, with text over Excel's cell limit cut to the limit and marked with CUT_MARK. */
export function cellValue(v: unknown): string | number | boolean | null {
	const f = flatValue(v);
	return typeof f === 'string' && f.length > XLSX_CELL_MAX ? f.slice(0, XLSX_CELL_MAX - CUT_MARK.length) + CUT_MARK : f;
}

/** One sheet to write: its name, the header and one array of raw values per row. */
export interface XlsxSheet {
	name: string;
	header: string[];
	rows: unknown[][];
}

/** Excel limits sheet names to 31 characters and forbids \ / ? * [ ] :. */
export function sheetName(name: string): string {
	return name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'sheet';
}

/** A sheet's cells: a bold header, then typed cells (numbers stay numbers). */
export function sheetData(header: string[], rows: unknown[][]): SheetData {
	const head = header.map((c) => ({ value: c, fontWeight: 'bold' as const }));
	const body = rows.map((r) =>
		r.map((x) => {
			const v = cellValue(x);
			if (v == null) return null;
			if (typeof v === 'number') return { value: v, type: Number };
			if (typeof v === 'boolean') return { value: v, type: Boolean };
			return { value: v, type: String };
		})
	);
	return [head, ...body] as SheetData;
}

/** A workbook of one or more sheets, each with its header row frozen. */
export async function xlsxBlob(sheets: XlsxSheet[]): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const list: Sheet<never>[] = sheets.map((s) => ({ data: sheetData(s.header, s.rows), sheet: sheetName(s.name), stickyRowsCount: 1 }));
	return writeXlsxFile(list as never).toBlob();
}
