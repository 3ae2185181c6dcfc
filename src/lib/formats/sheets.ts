/**
 * Workbooks (.xlsx, .xls) → one text per sheet, each row one line of tab-separated cells (what the 自评表
 * grid reader reads), merged cells filled, numbers as the sheet shows them (95.5%, not 0.955). SheetJS
 * reads both formats; it is handed in (Node and the browser import it their own way). Pure.
 */
import { rowsToLines } from './html';

/** The part of SheetJS this module uses. */
export interface SheetJs {
	read(data: Uint8Array, opts: Record<string, unknown>): { SheetNames: string[]; Sheets: Record<string, SheetLike> };
	utils: {
		decode_range(ref: string): { s: { r: number; c: number }; e: { r: number; c: number } };
		sheet_to_json(ws: SheetLike, opts: Record<string, unknown>): unknown[][];
	};
}
type SheetLike = Record<string, unknown> & { '!ref'?: string; '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[] };

/** Limits of one workbook (a subset of ReaderLimits). */
export interface SheetLimits {
	/** Sheets in a workbook. */
	sheets: number;
	/** Cells of all sheets together, as their used ranges declare them. */
	sheetCells: number;
}

/** One sheet's text. */
export interface SheetText {
	name: string;
	text: string;
}

/** Why a workbook was not read: `limit` when it is past a limit (else unreadable). */
export class WorkbookError extends Error {
	constructor(
		message: string,
		readonly limit = false
	) {
		super(message);
	}
}

const count = (n: number) => n.toLocaleString('en-US');

/** Every sheet of a workbook as tab-separated rows; throws WorkbookError naming the limit or the damage. */
export function workbookSheets(XLSX: SheetJs, bytes: Uint8Array, limits: SheetLimits, fillMerged = true): SheetText[] {
	let wb;
	try {
		wb = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false, WTF: false });
	} catch (e) {
		const m = e instanceof Error ? e.message : String(e);
		if (/password|encrypt/i.test(m)) throw new WorkbookError('password-protected workbook: save it without a password first (工作簿已加密)');
		throw new WorkbookError(`unreadable workbook (${m.split('\n')[0].slice(0, 120)})`);
	}
	if (wb.SheetNames.length > limits.sheets) {
		throw new WorkbookError(`too many sheets: ${count(wb.SheetNames.length)}, the limit is ${count(limits.sheets)} (工作表过多)`, true);
	}
	let cells = 0;
	for (const name of wb.SheetNames) {
		const ref = wb.Sheets[name]?.['!ref'];
		if (!ref) continue;
		const r = XLSX.utils.decode_range(ref);
		cells += (r.e.r - r.s.r + 1) * (r.e.c - r.s.c + 1);
		if (cells > limits.sheetCells) throw new WorkbookError(`too many cells: more than ${count(limits.sheetCells)} (单元格过多)`, true);
	}
	return wb.SheetNames.map((name) => {
		const ws = wb.Sheets[name];
		if (!ws?.['!ref']) return { name, text: '' };
		const rows = (XLSX.utils.sheet_to_json(ws, { header: 1, raw: false, defval: '', blankrows: true }) as unknown[][]).map((r) =>
			r.map((c) => (c == null ? '' : String(c)))
		);
		const origin = XLSX.utils.decode_range(ws['!ref']).s;
		for (const m of ws['!merges'] ?? []) {
			const top = rows[m.s.r - origin.r]?.[m.s.c - origin.c] ?? '';
			for (let r = m.s.r; r <= m.e.r; r++) {
				const row = (rows[r - origin.r] ??= []);
				for (let c = m.s.c; c <= m.e.c; c++) {
					if (r === m.s.r && c === m.s.c) continue;
					row[c - origin.c] = fillMerged ? top : '';
				}
			}
		}
		return { name, text: rowsToLines(rows.map((r) => Array.from(r, (c) => c ?? ''))).join('\n') };
	});
}
