import { describe, expect, it } from 'vitest';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellValue, CUT_MARK, fileSize, readDictionary, tableXlsx, XLSX_CELL_MAX, type DictTable } from './opendata.server';
import { formatBytes } from './bytes';
import type { Connector } from '../db/connector';

describe('cellValue', () => {
	const long = '字'.repeat(XLSX_CELL_MAX + 10);
	const cases: [string, unknown, unknown][] = [
		['null stays empty', null, null],
		['undefined stays empty', undefined, null],
		['numbers unchanged', 12.5, 12.5],
		['booleans unchanged', false, false],
		['bigint to number', 7n, 7],
		['text unchanged', '<script>alert(1)</script>', '<script>alert(1)</script>'],
		['text at the limit unchanged', 'a'.repeat(XLSX_CELL_MAX), 'a'.repeat(XLSX_CELL_MAX)]
	];
	for (const [name, v, expected] of cases) it(name, () => expect(cellValue(v)).toEqual(expected));
	it('cuts text over the limit and marks it', () => {
		const v = cellValue(long) as string;
		expect(v).toHaveLength(XLSX_CELL_MAX);
		expect(v.endsWith(CUT_MARK)).toBe(true);
	});
});

describe('formatBytes', () => {
	const cases: [number | null, 'zh' | 'en', string][] = [
		[null, 'zh', '—'],
		[512, 'en', '512 B'],
		[1536, 'zh', '1.5 KB'],
		[2_621_440, 'en', '2.5 MB'],
		[1_048_576_000, 'en', '1,000 MB']
	];
	for (const [n, l, expected] of cases) it(`${n} → ${expected}`, () => expect(formatBytes(n, l)).toBe(expected));
});

describe('readDictionary / fileSize', () => {
	const dir = mkdtempSync(join(tmpdir(), 'opendata-'));
	it('names the file when it is missing', () => expect(() => readDictionary(dir)).toThrow(/dictionary\.json/));
	it('rejects a dictionary without tables', () => {
		writeFileSync(join(dir, 'dictionary.json'), '{"x":1}');
		expect(() => readDictionary(dir)).toThrow(/no "tables"/);
	});
	it('measures files and returns null for missing ones', () => {
		writeFileSync(join(dir, 'a.csv'), '\uFEFFa\n1\n');
		expect(fileSize(dir, 'a.csv')).toBe(7); // 3-byte BOM + 4
		expect(fileSize(dir, 'b.csv')).toBeNull();
		expect(fileSize(dir, undefined)).toBeNull();
	});
});

describe('tableXlsx', () => {
	const table: DictTable = {
		name: 'findings',
		zh: '问题',
		en: 'Findings',
		rows: 2,
		files: {},
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{ name: 'seq', type: 'INTEGER', required: true, zh: '序号', en: 'Order' },
			{ name: 'text', type: 'VARCHAR', required: true, zh: '内容', en: 'Text' }
		]
	};
	const rows = [
		{ report_id: 'abc', seq: 1, text: '培训教育不足<img src=x onerror=alert(1)>' },
		{ report_id: 'abc', seq: 2, text: null }
	];
	const sqls: string[] = [];
	const db: Connector = { query: async (sql: string) => (sqls.push(sql), rows) as any, close: async () => {} };

	it('writes a zip (PK) workbook whose cells read back as the rows, with a dictionary sheet', async () => {
		const bytes = await tableXlsx(db, table);
		expect(sqls).toEqual(['SELECT * FROM "findings"']);
		expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
		const buf = Buffer.from(bytes);
		expect(await readSheetNames(buf)).toEqual(['findings', '说明 about']);
		const data = await readXlsxFile(buf, { sheet: 'findings' });
		expect(data[0]).toEqual(['report_id', 'seq', 'text']);
		expect(data[1]).toEqual(['abc', 1, '培训教育不足<img src=x onerror=alert(1)>']);
		expect(data[2][2]).toBeNull();
		const about = await readXlsxFile(buf, { sheet: '说明 about' });
		// Both sheets keep their header row in view (a frozen pane below row 1).
		const files = unzipSync(bytes);
		for (const f of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) expect(strFromU8(files[f])).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
		expect(about[2]).toEqual(['seq', 'INTEGER', '序号', 'Order']);
	});
});
