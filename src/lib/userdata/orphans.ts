/**
 * Rows of a child table (indicators, expenditures, findings, sources) whose report_id names no report:
 * neither one already loaded (shipped or the user's), nor one in the file itself, nor one in another file
 * being added with it. Like every other bad row they are named (file, row, report_id) and left out, and the
 * rest of the file can still be loaded. Pure.
 */
import type { TableName } from '../ingest/types';
import type { Prepared } from './prepare';
import type { Problem, TableRows, TypedRow } from './types';

/** Tables whose rows belong to a report by report_id. */
export const CHILD_TABLES: TableName[] = ['indicators', 'expenditures', 'findings', 'sources'];

/** A prepared file, with the row numbers validate.ts gives table files. */
export type Checked = Prepared & { rowNumbers?: number[] };

/** Problems listed per file at most (as validate.ts): counts go on. */
const MAX_LISTED = 200;

/** report_ids of the reports a prepared file would add. */
export function reportIdsOf(p: Prepared | null | undefined): string[] {
	return (p?.rows.reports ?? []).map((r) => String(r.report_id));
}

/** The problem of one orphan row. */
export function orphanProblem(file: string, row: number | null, id: string): Problem {
	return {
		file,
		row,
		column: 'report_id',
		value: id,
		zh: '找不到这个 report_id 的报告：它既不在已载入的数据中，也不在这次添加的文件中',
		en: 'no report with this report_id: it is neither in the loaded data nor in the files being added'
	};
}

/**
 * The file with its orphan child rows left out and named: `known` holds the report_ids that exist without
 * this file (loaded, and in the other files being added); the file's own reports count too.
 */
export function withoutOrphans(p: Checked, known: ReadonlySet<string>): Checked {
	if (p.fatal) return p;
	const own = new Set(reportIdsOf(p));
	const has = (id: string) => known.has(id) || own.has(id);
	const rows: TableRows = { ...p.rows };
	const problems: Problem[] = [];
	let orphans = 0;
	let rowNumbers = p.rowNumbers;
	for (const t of CHILD_TABLES) {
		const list = p.rows[t];
		if (!list?.some((r) => !has(String(r.report_id)))) continue;
		const keep: TypedRow[] = [];
		const keepNo: number[] = [];
		list.forEach((r, i) => {
			const id = String(r.report_id);
			// A table file's own row number; a report document's rows are its own (never orphans).
			const rowNo = p.table === t && p.rowNumbers ? (p.rowNumbers[i] ?? null) : null;
			if (has(id)) {
				keep.push(r);
				if (rowNo != null) keepNo.push(rowNo);
			} else {
				orphans++;
				if (problems.length < MAX_LISTED) problems.push(orphanProblem(p.file, rowNo, id));
			}
		});
		rows[t] = keep;
		if (p.table === t && p.rowNumbers) rowNumbers = keepNo;
	}
	if (!orphans) return p;
	return { ...p, rows, rowNumbers, problems: [...p.problems, ...problems], badRows: p.badRows + orphans };
}

/** The report_ids of the rows `withoutOrphans` would leave out (for the last check before loading). */
export function orphanIds(p: Prepared, known: ReadonlySet<string>): string[] {
	const own = new Set(reportIdsOf(p));
	const out = new Set<string>();
	for (const t of CHILD_TABLES)
		for (const r of p.rows[t] ?? []) if (!known.has(String(r.report_id)) && !own.has(String(r.report_id))) out.add(String(r.report_id));
	return [...out];
}
