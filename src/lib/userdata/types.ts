/** Shared shapes for user-supplied data: problems, parsed files, load batches. */
import type { TableName } from '../ingest/types';

/** One thing wrong with an uploaded file; row is 1-based counting the header as row 1 (null: the whole file). */
export interface Problem {
	file: string;
	row: number | null;
	column: string | null;
	value: string | null;
	zh: string;
	en: string;
}

/** A plain typed row ready to insert (SCHEMA.md types: string, number, boolean, null). */
export type TypedRow = Record<string, string | number | boolean | null>;

/** Rows for one or more tables, as produced from one file. */
export type TableRows = Partial<Record<TableName, TypedRow[]>>;

/** How a batch goes into the user's tables. */
export type LoadMode = 'append' | 'replace';

/** The reason given for a report that is already loaded: nothing in the file needs correcting. */
export const ALREADY_LOADED = {
	zh: '这份报告已载入（report_id 相同），无需再次载入，文件无需修改',
	en: 'this report is already loaded (same report_id): nothing to load again, nothing to correct'
};

/** A problem with no row or column: the file as a whole. */
export function fileProblem(file: string, zh: string, en: string): Problem {
	return { file, row: null, column: null, value: null, zh, en };
}

/** One line of text for a problem, both languages. */
export function problemText(p: Problem): string {
	const where = [
		p.file,
		p.row != null ? `行/row ${p.row}` : null,
		p.column ? `列/column ${p.column}` : null,
		p.value != null ? `值/value "${p.value.length > 40 ? p.value.slice(0, 40) + '…' : p.value}"` : null
	]
		.filter(Boolean)
		.join(', ');
	return `${where}: ${p.zh} / ${p.en}`;
}
