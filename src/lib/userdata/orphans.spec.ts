import { describe, expect, it } from 'vitest';
import { validateCsvBytes } from './csv';
import { orphanIds, reportIdsOf, withoutOrphans, type Checked } from './orphans';
import type { Prepared } from './prepare';

const enc = (s: string) => new TextEncoder().encode(s);

/** A findings CSV as the upload worker prepares it (validate.ts gives the row numbers). */
function findingsCsv(name: string, ids: (string | null)[]): Checked {
	const lines = ['report_id,seq,kind,text,theme', ...ids.map((id, i) => (id === null ? `,${i + 1},问题,x,培训教育` : `${id},${i + 1},问题,文字${i},培训教育`))];
	const v = validateCsvBytes(name, enc(lines.join('\n') + '\n'));
	return { ...v, kind: 'csv', rows: v.table ? { [v.table]: v.rows } : {} };
}

describe('withoutOrphans', () => {
	it('names each child row whose report_id is nowhere (file, row, report_id) and leaves it out; the rest stays loadable', () => {
		// Rows 2–6 of the file (row 1 is the header); row 4 lacks its report_id and is already a bad row.
		const p = findingsCsv('orphans.csv', ['r1', 'ghost', null, 'r1', 'ghost-2']);
		expect(p.badRows).toBe(1);
		expect(p.rowNumbers).toEqual([2, 3, 5, 6]);
		const out = withoutOrphans(p, new Set(['r1', 'r2']));
		expect(out.rows.findings!.map((r) => r.report_id)).toEqual(['r1', 'r1']);
		expect(out.rowNumbers).toEqual([2, 5]);
		expect(out.badRows).toBe(3);
		expect(out.fatal).toBe(false);
		const orphans = out.problems.filter((q) => q.zh.startsWith('找不到'));
		expect(orphans.map((q) => [q.file, q.row, q.column, q.value])).toEqual([
			['orphans.csv', 3, 'report_id', 'ghost'],
			['orphans.csv', 6, 'report_id', 'ghost-2']
		]);
		expect(orphans[0].en).toBe('no report with this report_id: it is neither in the loaded data nor in the files being added');
		// The file as the worker returned it is untouched (the page recomputes as other files come and go).
		expect(p.rows.findings).toHaveLength(4);
	});

	it('a report in another file being added (or already loaded) makes its rows no orphans', () => {
		const p = findingsCsv('f.csv', ['user-1', 'user-2']);
		expect(orphanIds(p, new Set())).toEqual(['user-1', 'user-2']);
		expect(orphanIds(p, new Set(['user-1']))).toEqual(['user-2']);
		expect(withoutOrphans(p, new Set(['user-1', 'user-2']))).toBe(p);
	});

	it('every row an orphan: nothing left to load, each row named', () => {
		const out = withoutOrphans(findingsCsv('all.csv', ['x', 'y', 'x']), new Set(['r1']));
		expect(out.rows.findings).toEqual([]);
		expect(out.badRows).toBe(3);
		expect(out.problems.map((q) => q.row)).toEqual([2, 3, 4]);
	});

	it('a report document brings its own report: its indicators and sources are never orphans', () => {
		const doc: Prepared = {
			file: 'r.txt',
			kind: 'report',
			table: 'report',
			fatal: false,
			total: 1,
			badRows: 0,
			problems: [],
			notes: [],
			rows: { reports: [{ report_id: 'new' }], indicators: [{ report_id: 'new', seq: 1 }], sources: [{ report_id: 'new' }] }
		};
		expect(reportIdsOf(doc)).toEqual(['new']);
		expect(withoutOrphans(doc, new Set())).toBe(doc);
	});

	it('a fatal file is left as it is', () => {
		const v = validateCsvBytes('h.csv', enc('report_id,seq,kind,text,theme\n'));
		const p: Checked = { ...v, kind: 'csv', rows: {} };
		expect(p.fatal).toBe(true);
		expect(withoutOrphans(p, new Set())).toBe(p);
	});
});
