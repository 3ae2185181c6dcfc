/** CSV text → header and string cells (PapaParse), and the whole bytes → validation path. Pure, browser-safe. */
import Papa from 'papaparse';
import { decodeUpload, delimiterName, detectDelimiter } from './text';
import { fileProblem, type Problem } from './types';
import { validateRows, type ValidateOptions, type Validation } from './validate';
import { MAX_UPLOAD_ROWS } from './limits';

/** Parsed CSV: header, data rows as strings, structural problems (unclosed quotes …). */
export interface CsvTable {
	delimiter: string;
	header: string[];
	data: string[][];
	problems: Problem[];
}

/**
 * Parses CSV text with the given (or detected) delimiter; `onProgress` receives the share of text consumed.
 * Stops after `maxRows` data rows and one more (so a file over the limit is known to be, without holding it all).
 */
export function parseCsv(
	file: string,
	text: string,
	delimiter = detectDelimiter(text),
	onProgress?: (share: number) => void,
	maxRows = MAX_UPLOAD_ROWS
): CsvTable {
	const rows: string[][] = [];
	const problems: Problem[] = [];
	let lastShare = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: 'greedy',
		step(res, parser) {
			rows.push(res.data);
			if (rows.length > maxRows + 1) parser.abort();
			for (const e of res.errors) {
				if (problems.length < 50)
					problems.push({ file, row: rows.length, column: null, value: null, zh: `CSV 格式错误：${e.message}`, en: `CSV format error: ${e.message}` });
			}
			if (onProgress && text.length > 0) {
				const share = res.meta.cursor / text.length;
				if (share - lastShare > 0.02) {
					lastShare = share;
					onProgress(share);
				}
			}
		}
	});
	const [header = [], ...data] = rows;
	return { delimiter, header, data, problems };
}

/** Bytes of a CSV file → validation (decoding, delimiter, parsing, SCHEMA.md checks). */
export function validateCsvBytes(
	file: string,
	bytes: Uint8Array,
	opts: ValidateOptions = {},
	onProgress?: (share: number) => void
): Validation & { encoding?: string; delimiter?: string } {
	const dec = decodeUpload(bytes);
	if (!dec.ok)
		return { file, table: null, rows: [], rowNumbers: [], problems: [fileProblem(file, dec.zh, dec.en)], notes: [], fatal: true, total: 0, badRows: 0 };
	const csv = parseCsv(file, dec.text, undefined, onProgress);
	const v = validateRows(file, csv.header, csv.data, { csv: true, ...opts });
	if (csv.problems.length && !v.fatal) {
		// Quote errors make field boundaries unreliable: the file cannot be trusted row by row.
		return { ...v, rows: [], fatal: true, problems: [...csv.problems, ...v.problems], encoding: dec.encoding, delimiter: csv.delimiter };
	}
	const notes = [...v.notes];
	if (dec.encoding !== 'utf-8') notes.push(fileProblem(file, `按 ${dec.encoding.toUpperCase()} 编码读取`, `read as ${dec.encoding.toUpperCase()}`));
	if (csv.delimiter !== ',') notes.push(fileProblem(file, `分隔符：${delimiterName(csv.delimiter)}`, `delimiter: ${delimiterName(csv.delimiter)}`));
	return { ...v, notes, encoding: dec.encoding, delimiter: csv.delimiter };
}
