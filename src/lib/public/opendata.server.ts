/** Build-time helpers for the open-data page: the data dictionary, file sizes and XLSX workbooks. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Connector } from '../db/connector';
import { ident } from '../queries/sql';

/** One column of dictionary.json. */
export interface DictColumn {
	name: string;
	type: string;
	required: boolean;
	zh: string;
	en: string;
}
/** One table of dictionary.json. */
export interface DictTable {
	name: string;
	zh: string;
	en: string;
	rows: number;
	files: { parquet?: string; csv?: string };
	columns: DictColumn[];
}
/** dictionary.json as written by the ingest. */
export interface Dictionary {
	generation?: { files_read?: number; reports?: number; synthetic_reports?: number };
	tables: DictTable[];
}

/** Reads `<dir>/dictionary.json`; a clear message names the file when it is missing or malformed. */
export function readDictionary(dir = 'static/data'): Dictionary {
	const path = join(dir, 'dictionary.json');
	let d: Dictionary;
	try {
		d = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new Error(`open data: cannot read ${path}: ${(e as Error).message}`);
	}
	if (!Array.isArray(d?.tables)) throw new Error(`open data: ${path} has no "tables" list`);
	return d;
}

/** Size in bytes of `<dir>/<file>`, or null when the file is missing. */
export function fileSize(dir: string, file: string | undefined): number | null {
	if (!file) return null;
	try {
		return statSync(join(dir, file)).size;
	} catch {
		return null;
	}
}

/** Excel's limit on characters in one cell. */
export const XLSX_CELL_MAX = 32767;
/** Appended to text cut at the cell limit. */
export const CUT_MARK = '…[截断]';

/** A value as an XLSX cell: text over Excel's cell limit is cut and marked; everything else unchanged. */
export function cellValue(v: unknown): string | number | boolean | null {
	if (v == null) return null;
	if (typeof v === 'number' || typeof v === 'boolean') return v;
	if (typeof v === 'bigint') return Number(v);
	const s = String(v);
	return s.length > XLSX_CELL_MAX ? s.slice(0, XLSX_CELL_MAX - CUT_MARK.length) + CUT_MARK : s;
}

/** A workbook of one table: the rows on the first sheet (header = column names), the column meanings on a second. */
export async function tableXlsx(db: Connector, table: DictTable): Promise<Uint8Array> {
	const rows = await db.query(`SELECT * FROM ${ident(table.name)}`);
	const wb = new ExcelJS.Workbook();
	wb.creator = 'perf-eval-insight';
	const sheet = wb.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
	const names = table.columns.map((c) => c.name);
	sheet.addRow(names).font = { bold: true };
	for (const r of rows) sheet.addRow(names.map((n) => cellValue((r as Record<string, unknown>)[n])));
	const about = wb.addWorksheet('说明 about');
	about.addRow(['column', 'type', '含义', 'meaning']).font = { bold: true };
	for (const c of table.columns) about.addRow([c.name, c.type, c.zh, c.en]);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cache = new Map<string, Promise<Uint8Array>>();

/** The table's workbook, built once per process (the page measures it, the endpoint serves it). */
export function cachedTableXlsx(db: Connector, table: DictTable): Promise<Uint8Array> {
	let p = cache.get(table.name);
	if (!p) {
		p = tableXlsx(db, table);
		cache.set(table.name, p);
		p.catch(() => cache.delete(table.name));
	}
	return p;
}
