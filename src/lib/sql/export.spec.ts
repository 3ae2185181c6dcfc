import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays } from 'apache-arrow';
import readXlsxFile from 'read-excel-file/node';
import * as pq from 'parquet-wasm/node';
import { DuckDBInstance } from '@duckdb/node-api';
import { CUT_MARK, XLSX_CELL_MAX } from '../format/xlsx';
import { exportFileName, resultCsv, resultParquet, resultXlsx, type ParquetWriter } from './export';

const COLUMNS = ['street', 'rate', 'ok', 'note', 'tags'];
const ROWS = [
	{ street: '海幢街道', rate: 0.875, ok: false, note: 'say "hi", then\nleave', tags: ['培训教育', '资金管理'] },
	{ street: '=HYPERLINK("x")', rate: null, ok: true, note: null, tags: null }
];

describe('resultCsv', () => {
	it('BOM, quoting, CRLF, formula-looking text neutralised, nulls empty, lists as JSON', () => {
		expect(resultCsv(COLUMNS, ROWS)).toBe(
			'\uFEFFstreet,rate,ok,note,tags\r\n' +
				'海幢街道,0.875,false,"say ""hi"", then\nleave","[""培训教育"",""资金管理""]"\r\n' +
				`"'=HYPERLINK(""x"")",,true,,\r\n`
		);
	});
});

describe('resultXlsx', () => {
	it('reads back with the same header, text, numbers and booleans', async () => {
		const blob = await resultXlsx(COLUMNS, ROWS, 'which streets: 2022?');
		const rows = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
		expect(rows[0]).toEqual(COLUMNS);
		expect(rows[1]).toEqual(['海幢街道', 0.875, false, 'say "hi", then\nleave', '["培训教育","资金管理"]']);
		expect(rows[2]).toEqual(['=HYPERLINK("x")', null, true, null, null]);
		expect(rows.length).toBe(3);
	});
	it('cuts text over the 32,767-character Excel cell limit and marks it (CSV keeps it whole)', async () => {
		const long = '字'.repeat(XLSX_CELL_MAX + 5);
		const rows = await readXlsxFile(Buffer.from(await (await resultXlsx(['t'], [{ t: long }])).arrayBuffer()));
		expect((rows[1][0] as string).length).toBe(XLSX_CELL_MAX);
		expect((rows[1][0] as string).endsWith(CUT_MARK)).toBe(true);
		expect(resultCsv(['t'], [{ t: long }])).toContain(long);
	});
});

describe('resultParquet', () => {
	it('writes Parquet that DuckDB reads back', async () => {
		const table = tableFromArrays({ street: ['海幢街道', '石门街道', '新市街道'], rate: Float64Array.from([0.9, 0.75, 1]), n: Int32Array.from([3, 1, 2]) });
		const bytes = resultParquet(table, pq as unknown as ParquetWriter);
		expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
		const dir = mkdtempSync(join(tmpdir(), 'sql-export-'));
		try {
			const file = join(dir, 'r.parquet');
			writeFileSync(file, bytes);
			const inst = await DuckDBInstance.create(':memory:');
			const conn = await inst.connect();
			const got = (await conn.runAndReadAll(`SELECT street, rate, n FROM read_parquet('${file}') ORDER BY n`)).getRowObjectsJS();
			expect(got).toEqual([
				{ street: '石门街道', rate: 0.75, n: 1 },
				{ street: '新市街道', rate: 1, n: 2 },
				{ street: '海幢街道', rate: 0.9, n: 3 }
			]);
			conn.closeSync();
			inst.closeSync();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

it('exportFileName', () => {
	expect(exportFileName('xlsx', new Date(2026, 0, 2, 3, 4, 5))).toBe('query-20260102-030405.xlsx');
});
