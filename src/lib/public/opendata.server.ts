/** Build-time helpers for the open-data page: the data dictionary, file sizes and XLSX workbooks. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { xlsxBlob } from '../format/xlsx';
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

export { cellValue, CUT_MARK, XLSX_CELL_MAX } from '../format/xlsx';

/** A workbook of one table: the rows on the first sheet (header = column names), the column meanings on a second. */
export async function tableXlsx(db: Connector, table: DictTable): Promise<Uint8Array> {
	const rows = await db.query(`SELECT * FROM ${ident(table.name)}`);
	const names = table.columns.map((c) => c.name);
	const blob = await xlsxBlob([
		{ name: table.name, header: names, rows: rows.map((r) => names.map((n) => (r as Record<string, unknown>)[n])) },
		{ name: '说明 about', header: ['column', 'type', '含义', 'meaning'], rows: table.columns.map((c) => [c.name, c.type, c.zh, c.en]) }
	]);
	return new Uint8Array(await blob.arrayBuffer());
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
