import { describe, expect, it } from 'vitest';
import { LIMITS } from '../node/limits';
import { parseCsv, validateCsvBytes } from './csv';
import { MAX_UPLOAD_ROWS, oversize, uploadByteLimit } from './limits';

describe('oversize', () => {
	it.each([
		['a.csv', LIMITS.fileBytes],
		['b.parquet', LIMITS.fileBytes],
		['r.txt', LIMITS.textFileBytes],
		['r.md', LIMITS.textFileBytes],
		['r.docx', LIMITS.fileBytes],
		['r.pdf', LIMITS.fileBytes],
		['x.unknown', LIMITS.fileBytes]
	])('%s: %d bytes pass, one more is refused before reading', (name, max) => {
		expect(uploadByteLimit(name)).toBe(max);
		expect(oversize(name, max)).toBeNull();
		const p = oversize(name, max + 1)!;
		expect(p.fatal).toBe(true);
		expect(p.rows).toEqual({});
		expect(p.problems).toHaveLength(1);
		expect(p.problems[0]).toMatchObject({ file: name, row: null });
	});

	it('names the size and the limit in both languages', () => {
		const p = oversize('huge.csv', 80 * 1024 * 1024)!;
		expect(p.problems[0].en).toBe('file too large (80 MB > 64 MB, the limit for one file in the browser): not read; split it, or use the CLI (npm run ingest)');
		expect(p.problems[0].zh).toMatch(/^文件过大（80 MB > 64 MB/);
	});
});

describe('rows per table file', () => {
	const header = 'report_id,seq,item,amount_yuan\n';
	it('parsing stops one row past the limit instead of holding the whole file', () => {
		const text = header + 'r,1,x,1\n'.repeat(50);
		expect(parseCsv('e.csv', text, ',', undefined, 10).data).toHaveLength(11);
		expect(parseCsv('e.csv', text, ',', undefined, 100).data).toHaveLength(50);
	});

	it(`a CSV with more than ${MAX_UPLOAD_ROWS} data rows is refused as a whole, naming the limit`, () => {
		const rows = Array.from({ length: MAX_UPLOAD_ROWS + 5 }, (_, i) => `r,${i + 1},x,1`).join('\n');
		const v = validateCsvBytes('expenditures.csv', new TextEncoder().encode(header + rows + '\n'));
		expect(v.fatal).toBe(true);
		expect(v.rows).toEqual([]);
		expect(v.problems.map((p) => p.en)).toEqual([
			'too many rows (more than 500,000, the limit for one file in the browser): split it, or use the CLI (npm run ingest)'
		]);
	}, 30_000);
});
