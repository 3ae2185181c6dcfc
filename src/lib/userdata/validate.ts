/**
 * Checks a tabular upload against SCHEMA.md (src/lib/schema/tables.ts) before anything changes:
 * which table, required columns, types, ranges, duplicate ids, unknown columns. Pure.
 */
import { tableSpec, type ColumnSpec } from '../schema/tables';
import { RATE_COLUMNS as RATES, rangeProblem } from '../schema/ranges';
import type { TableName } from '../ingest/types';
import { ALREADY_LOADED, fileProblem, type Problem, type TypedRow } from './types';
import { MAX_UPLOAD_ROWS, tooManyRows } from './limits';
import { mapChineseHeader, rowReportId } from './headers';
import { isKnownDistrict } from './places';

/** Text a spreadsheet would run as a formula (the CSV writers' rule, src/lib/format/csv.ts). */
const FORMULA_LIKE = /^[=+\-@\t\r]/;
/** The apostrophe every CSV this project writes puts before such text (and a spreadsheet hides). */
const QUOTED_FORMULA = /^'[=+\-@\t\r]/;

/** Tables a user may upload rows for (divisions are the official list, not user data). */
export const UPLOAD_TABLES: TableName[] = ['reports', 'indicators', 'expenditures', 'findings', 'sources'];

/** Which table a file is for: by its name (reports.csv, my-indicators.parquet), else by its columns. */
export function detectTable(fileName: string, columns: string[]): TableName | null {
	const base = fileName
		.toLowerCase()
		.replace(/^.*[\\/]/, '')
		.replace(/\.[^.]*$/, '');
	const byName = UPLOAD_TABLES.find((t) => base === t) ?? UPLOAD_TABLES.find((t) => base.includes(t) || base.includes(t.replace(/s$/, '')));
	if (byName) return byName;
	const cols = new Set(columns.map(normaliseHeader));
	let best: TableName | null = null;
	let bestScore = 0;
	for (const t of UPLOAD_TABLES) {
		const spec = tableSpec(t);
		const hits = spec.columns.filter((c) => cols.has(c.name)).length;
		// A table is a candidate only when most of the file's columns belong to it.
		const score = hits / Math.max(cols.size, 1) + hits / spec.columns.length;
		if (hits >= 2 && score > bestScore) {
			bestScore = score;
			best = t;
		}
	}
	return best;
}

/** Header cell as a column name: trimmed, lower case, BOM and surrounding quotes removed. */
export function normaliseHeader(h: string): string {
	return String(h ?? '')
		.replace(/^\uFEFF/, '')
		.trim()
		.replace(/^"|"$/g, '')
		.toLowerCase();
}

const ENUMS: Record<string, readonly string[]> = {
	'reports.grade': ['优', '良', '中', '差'],
	'reports.grade_basis': ['stated', 'score'],
	'reports.unit_level': ['street', 'district'],
	'reports.evaluation_type': ['单位自评', '部门评价', '财政评价'],
	'indicators.origin': ['table', 'narrative'],
	'findings.kind': ['问题', '建议', '经验']
};

/** A cell as the column's type, or a bilingual reason it is not one. */
export type Cell = { ok: true; value: string | number | boolean | null } | { ok: false; zh: string; en: string };

/** Converts one cell (a CSV string or an Arrow value) to the column's type and checks its range. */
export function coerceCell(table: TableName, col: ColumnSpec, raw: unknown): Cell {
	const key = `${table}.${col.name}`;
	if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
		return col.required ? { ok: false, zh: '必填列为空', en: 'required value is missing' } : { ok: true, value: null };
	}
	const s = typeof raw === 'string' ? raw.trim() : raw;
	switch (col.type) {
		case 'VARCHAR': {
			const v = String(s);
			if (v.includes('\u0000')) return { ok: false, zh: '包含 NUL 字符', en: 'contains a NUL character' };
			const allowed = ENUMS[key];
			if (allowed && !allowed.includes(v)) return { ok: false, zh: `取值应为 ${allowed.join(' / ')}`, en: `must be one of ${allowed.join(', ')}` };
			return { ok: true, value: v };
		}
		case 'BOOLEAN': {
			if (typeof s === 'boolean') return { ok: true, value: s };
			const v = String(s).toLowerCase();
			if (['true', 't', '1', 'yes', 'y', '是'].includes(v)) return { ok: true, value: true };
			if (['false', 'f', '0', 'no', 'n', '否'].includes(v)) return { ok: true, value: false };
			return { ok: false, zh: '应为布尔值 true/false', en: 'not a boolean (true/false)' };
		}
		case 'INTEGER':
		case 'DOUBLE': {
			let n: number;
			let percent = false;
			if (typeof s === 'number' || typeof s === 'bigint') n = Number(s);
			else {
				let t = String(s).replace(/,/g, '');
				if (t.endsWith('%')) {
					percent = true;
					t = t.slice(0, -1);
				}
				n = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : NaN;
			}
			if (!Number.isFinite(n))
				return { ok: false, zh: col.type === 'INTEGER' ? '不是整数' : '不是数字', en: col.type === 'INTEGER' ? 'not an integer' : 'not a number' };
			if (percent) {
				if (!RATES.has(key)) return { ok: false, zh: '此列不接受百分号', en: 'a percent sign is not allowed in this column' };
				n = n / 100;
			}
			if (col.type === 'INTEGER' && !Number.isInteger(n)) return { ok: false, zh: '不是整数', en: 'not an integer' };
			return range(key, n);
		}
	}
}

function range(key: string, n: number): Cell {
	const p = rangeProblem(key, n);
	return p ? { ok: false, ...p } : { ok: true, value: n };
}

/** What validation decided about one file. */
export interface Validation {
	file: string;
	table: TableName | null;
	/** Rows that passed, typed, with every SCHEMA.md column present (null where absent). */
	rows: TypedRow[];
	/** The row number (as shown to the user) of each of `rows`, for problems found later (orphans.ts). */
	rowNumbers: number[];
	/** Problems that make a row (or the file) unusable. */
	problems: Problem[];
	/** Things changed or ignored that do not block loading (unknown columns, defaults). */
	notes: Problem[];
	/** True when nothing in the file can be loaded (no table, missing columns, no rows). */
	fatal: boolean;
	/** Data rows in the file. */
	total: number;
	/** Data rows with at least one problem. */
	badRows: number;
}

/** What validation needs to know about data already loaded. */
export interface ValidateOptions {
	/** report_ids already present (shipped plus the user's own). */
	existingIds?: Set<string>;
	/** Table forced by the user instead of detection. */
	table?: TableName;
	/** Number of the first data row as shown to the user (2 for CSV: the header is row 1). */
	firstRow?: number;
	/** Stop listing problems after this many (counts continue). */
	maxProblems?: number;
	/**
	 * Cells come from a CSV: text a CSV writer neutralised ('=…, as in this site's open-data CSVs) gets its
	 * apostrophe back off, so a downloaded file uploads as the text it holds.
	 */
	csv?: boolean;
}

/** Validates a header and its data rows (strings or Arrow values) for one file. */
export function validateRows(file: string, header: string[], data: unknown[][], opts: ValidateOptions = {}): Validation {
	// A header in Chinese (标题, 年度, 区, 预算 …) names the reports table's columns.
	const zhHeader = opts.table && opts.table !== 'reports' ? null : mapChineseHeader(header);
	const cols = (zhHeader ? zhHeader.columns : header).map(normaliseHeader);
	const firstRow = opts.firstRow ?? 2;
	const maxProblems = opts.maxProblems ?? 200;
	const out: Validation = { file, table: null, rows: [], rowNumbers: [], problems: [], notes: [], fatal: true, total: data.length, badRows: 0 };
	const fatal = (zh: string, en: string, column: string | null = null) => {
		out.problems.push({ ...fileProblem(file, zh, en), column });
		return out;
	};
	if (cols.length <= 1) {
		return fatal(
			`只识别出一列（${header[0]?.slice(0, 40) ?? ''}）：请检查分隔符（逗号、制表符、分号）`,
			`only one column found: check the delimiter (comma, tab, semicolon)`
		);
	}
	const table = opts.table ?? (zhHeader ? 'reports' : detectTable(file, cols));
	if (!table)
		return fatal(
			`无法判断属于哪张表：列名与 ${UPLOAD_TABLES.join('、')} 均不符`,
			`cannot tell which table this is: its columns match none of ${UPLOAD_TABLES.join(', ')}`
		);
	out.table = table;
	if (zhHeader) {
		const pairs = zhHeader.mapped.map(([a, b]) => `${a} → ${b}`).join(', ');
		out.notes.push(fileProblem(file, `中文列名已对应到 SCHEMA 的列：${pairs}`, `Chinese column names mapped to the SCHEMA columns: ${pairs}`));
	}
	const spec = tableSpec(table);
	const seen = new Set<string>();
	for (const c of cols) {
		if (seen.has(c)) return fatal(`列名重复：${c}`, `duplicate column: ${c}`, c);
		seen.add(c);
	}
	const defaults: Record<string, unknown> = {};
	if (table === 'reports' || table === 'sources') {
		if (!seen.has('source_file')) defaults.source_file = file.replace(/^.*[\\/]/, '');
		if (table === 'reports' && !seen.has('synthetic')) defaults.synthetic = false;
		if (table === 'reports' && zhHeader && !seen.has('report_id')) {
			// A sheet people keep in Chinese seldom has ids: filled per row below (a stable hash of the row), so it
			// loads, and loads once. A file in the schema's own column names must name its report_id.
			defaults.report_id = null;
			out.notes.push({
				...fileProblem(
					file,
					'缺少 report_id 列：每行按其内容生成编号（同一行再次上传得到同一编号）',
					'no report_id column: each row gets an id made from its content (the same row uploaded again gets the same id)'
				),
				column: 'report_id'
			});
		}
		for (const k of Object.keys(defaults))
			if (k !== 'report_id')
				out.notes.push({ ...fileProblem(file, `缺少 ${k} 列，已填为 ${defaults[k]}`, `no ${k} column: filled with ${defaults[k]}`), column: k });
	}
	const missing = spec.columns.filter((c) => c.required && !seen.has(c.name) && !(c.name in defaults)).map((c) => c.name);
	if (missing.length)
		return fatal(`缺少必填列：${missing.join(', ')}（${table} 表）`, `missing required columns: ${missing.join(', ')} (table ${table})`, missing[0]);
	const unknown = cols.filter((c) => !spec.columns.some((s) => s.name === c));
	for (const u of unknown) out.notes.push({ ...fileProblem(file, `未知列 ${u}，将被忽略`, `unknown column ${u}: ignored`), column: u });
	if (data.length === 0) return fatal('没有数据行（只有表头）', 'no data rows (header only)');
	if (data.length > MAX_UPLOAD_ROWS) {
		const why = tooManyRows();
		return fatal(why.zh, why.en);
	}
	out.fatal = false;
	const text = spec.columns.filter((c) => c.type === 'VARCHAR').map((c) => c.name);
	let formulas = 0;
	let rates = 0;
	let unquoted = 0;

	const index = new Map(cols.map((c, i) => [c, i]));
	const firstSeen = new Map<string, number>();
	const existing = opts.existingIds ?? new Set<string>();
	const idKey = (r: TypedRow) => (table === 'reports' || table === 'sources' ? String(r.report_id) : `${r.report_id}#${r.seq}`);
	const push = (p: Problem) => {
		if (out.problems.length < maxProblems) out.problems.push(p);
	};
	data.forEach((cells, i) => {
		const rowNo = firstRow + i;
		let bad = false;
		if (cells.length !== cols.length && typeof cells[0] === 'string') {
			push({
				file,
				row: rowNo,
				column: null,
				value: null,
				zh: `应有 ${cols.length} 个字段，实有 ${cells.length} 个（分隔符或引号有误？）`,
				en: `expected ${cols.length} fields, found ${cells.length} (wrong delimiter or quotes?)`
			});
			out.badRows++;
			return;
		}
		const row: TypedRow = {};
		for (const c of spec.columns) {
			const at = index.get(c.name);
			const raw = at === undefined ? (c.name === 'report_id' && 'report_id' in defaults ? rowReportId(file, cells) : defaults[c.name]) : cells[at];
			const cell = coerceCell(table, c, raw);
			if (cell.ok) row[c.name] = cell.value;
			else {
				bad = true;
				push({ file, row: rowNo, column: c.name, value: raw == null ? '' : String(raw), zh: cell.zh, en: cell.en });
			}
		}
		if (opts.csv) {
			for (const c of text) {
				const v = row[c];
				if (typeof v === 'string' && QUOTED_FORMULA.test(v)) {
					row[c] = v.slice(1);
					unquoted++;
				}
			}
		}
		if (!bad && table === 'reports') {
			// An unknown district (火星区) is not a place: kept out of the district column (so no chart or map places it), flagged.
			if (typeof row.district === 'string' && !isKnownDistrict(row.district)) {
				out.notes.push({
					file,
					row: rowNo,
					column: 'district',
					value: row.district,
					zh: `区名不在全国行政区划中：不计入任何区，不在地图上标出（区列留空），请核对`,
					en: `not a district in the official divisions: counted in no district and left off the map (district left empty); please check`
				});
				row.district = null;
			}
			// The execution rate follows from budget and spend when the file does not state it (as the extractor derives it).
			if (row.execution_rate == null && typeof row.budget_wan === 'number' && row.budget_wan > 0 && typeof row.actual_wan === 'number') {
				row.execution_rate = Math.round((row.actual_wan / row.budget_wan) * 1e6) / 1e6;
				rates++;
			}
		}
		if (!bad) {
			const k = idKey(row);
			const prev = firstSeen.get(k);
			const what = table === 'reports' || table === 'sources' ? 'report_id' : 'report_id + seq';
			if (prev !== undefined) {
				bad = true;
				push({
					file,
					row: rowNo,
					column: 'report_id',
					value: k,
					zh: `${what} 重复（首次出现在第 ${prev} 行）`,
					en: `duplicate ${what} (first at row ${prev})`
				});
			} else if ((table === 'reports' || table === 'sources') && existing.has(k)) {
				bad = true;
				push({ file, row: rowNo, column: 'report_id', value: k, ...ALREADY_LOADED });
			} else firstSeen.set(k, rowNo);
		}
		if (bad) out.badRows++;
		else {
			out.rows.push(row);
			out.rowNumbers.push(rowNo);
			for (const c of text) if (typeof row[c] === 'string' && FORMULA_LIKE.test(row[c] as string)) formulas++;
		}
	});
	if (rates)
		out.notes.push({
			...fileProblem(file, `${rates} 行的执行率由 实际支出 ÷ 预算 算出`, `${rates} rows: execution rate computed as actual spend ÷ budget`),
			column: 'execution_rate'
		});
	if (formulas) {
		out.notes.push(
			fileProblem(
				file,
				`${formulas} 个文本单元格以 = + - @ 开头（像电子表格公式）：按文本保存，不会被计算；本站导出的 CSV 会在前面加 '`,
				`${formulas} text cells start with = + - @ (like spreadsheet formulas): kept as text, never evaluated; CSVs exported here prefix them with '`
			)
		);
	}
	if (unquoted)
		out.notes.push(
			fileProblem(
				file,
				`${unquoted} 个单元格去掉了 CSV 导出时加在公式样文本前的 '`,
				`${unquoted} cells: the ' a CSV export put before formula-looking text was removed`
			)
		);
	if (out.problems.length >= maxProblems)
		out.notes.push(fileProblem(file, `问题过多，只列出前 ${maxProblems} 条`, `too many problems: only the first ${maxProblems} are listed`));
	return out;
}
