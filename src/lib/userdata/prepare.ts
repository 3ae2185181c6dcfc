/**
 * One entry point from a file's name and bytes to rows ready for loading, for every kind of file.
 * The browser's workers and the Node specs both call this, so a bad file gets the same message everywhere.
 */
import type { TableName } from '../ingest/types';
import { validateCsvBytes } from './csv';
import { fileKind, scanReason, unsupportedReason, type FileKind } from './kinds';
import { archiveEntries, archiveItems } from '../formats/archive';
import { decodeHtml, htmlToText, mhtmlToHtml } from '../formats/html';
import { WorkbookError, workbookSheets, type SheetJs } from '../formats/sheets';
import { rtfToText } from '../formats/rtf';
import { kindName, sniff } from '../formats/sniff';
import { LIMITS } from '../node/limits';
import { checkDocxParts } from '../node/zip';
import { validateParquetBytes, type ParquetToIpc } from './parquet';
import { reportTextToRows } from './report';
import { decodeUpload } from './text';
import { fileProblem, type Problem, type TableRows } from './types';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** A file checked and turned into rows; nothing has been loaded yet. */
export interface Prepared {
	file: string;
	kind: FileKind;
	/** The table of a tabular file; 'report' for a report document (rows for every table). */
	table: TableName | 'report' | null;
	/** Good rows by table (bad rows already left out). */
	rows: TableRows;
	problems: Problem[];
	notes: Problem[];
	/** Nothing in the file can be loaded. */
	fatal: boolean;
	/** Data rows in the file (1 for a report). */
	total: number;
	badRows: number;
	encoding?: string;
	delimiter?: string;
}

/** What preparing needs from its environment. */
export interface PrepareDeps {
	/** report_ids already loaded (shipped and the user's). */
	existingIds?: Set<string>;
	/** parquet-wasm, loaded by the caller (a worker in the browser, the node build in tests). */
	parquetToIpc?: ParquetToIpc;
	/** .docx → text (mammoth), when available. */
	docxToText?: (bytes: Uint8Array) => Promise<string>;
	/** .pdf → text (pdfjs), when available. */
	pdfToText?: (bytes: Uint8Array) => Promise<string>;
	/** SheetJS for .xlsx/.xls, loaded by the caller when a workbook comes. */
	sheetJs?: () => Promise<SheetJs>;
	onProgress?: (share: number) => void;
}

function refused(file: string, kind: FileKind, zh: string, en: string): Prepared {
	return { file, kind, table: null, rows: {}, problems: [fileProblem(file, zh, en)], notes: [], fatal: true, total: 0, badRows: 0 };
}

/** Checks one file and returns its good rows, its problems, and whether anything can be loaded. */
export async function prepareUpload(file: string, bytes: Uint8Array, deps: PrepareDeps = {}): Promise<Prepared> {
	const kind = fileKind(file);
	const existingIds = deps.existingIds ?? new Set<string>();
	if (kind === 'csv' || kind === 'parquet') {
		if (kind === 'parquet' && !deps.parquetToIpc) return refused(file, kind, 'Parquet 读取器未载入', 'Parquet reader not loaded');
		const v =
			kind === 'csv' ? validateCsvBytes(file, bytes, { existingIds }, deps.onProgress) : validateParquetBytes(file, bytes, deps.parquetToIpc!, { existingIds });
		return {
			...v,
			kind,
			rows: v.table && v.rows.length ? { [v.table]: v.rows } : {},
			encoding: 'encoding' in v ? (v.encoding as string) : undefined,
			delimiter: 'delimiter' in v ? (v.delimiter as string) : undefined
		};
	}
	if (
		kind === 'report' ||
		kind === 'docx' ||
		kind === 'pdf' ||
		kind === 'doc' ||
		kind === 'rtf' ||
		kind === 'workbook' ||
		kind === 'page' ||
		kind === 'zip' ||
		kind === 'image'
	) {
		if (bytes.length === 0) return refused(file, kind, '文件为空', 'empty file');
		const docs = await documents(file, kind, bytes, deps, false);
		if ('zh' in docs) return refused(file, kind, docs.zh, docs.en);
		const rows: TableRows = {};
		const problems: Problem[] = [];
		const notes: Problem[] = [];
		const seen = new Set(existingIds);
		let reports = 0;
		const sha = bytesToHex(sha256(bytes));
		for (const d of docs.list) {
			const label = file + d.part;
			if ('zh' in d) {
				(d.skip ? notes : problems).push(fileProblem(label, d.zh, d.en));
				continue;
			}
			const outcome = reportTextToRows(label, d.text, d.sha ?? sha, seen, sourceName(file) + d.part);
			if (!outcome.ok) {
				(d.sheet && docs.list.length > 1 ? notes : problems).push(outcome.problem);
				continue;
			}
			for (const [t, r] of Object.entries(outcome.rows)) ((rows as Record<string, unknown[]>)[t] ??= []).push(...(r as unknown[]));
			for (const r of outcome.rows.reports ?? []) seen.add(String((r as { report_id: unknown }).report_id));
			reports += outcome.rows.reports?.length ?? 1;
			for (const w of outcome.warnings) notes.push(fileProblem(label, `抽取提示：${w}`, `extraction note: ${w}`));
		}
		if (reports === 0)
			return {
				file,
				kind,
				table: null,
				rows: {},
				problems: problems.length ? problems : notes.length ? notes : [fileProblem(file, '没有可读取的报告', 'no report found')],
				notes: problems.length ? notes : [],
				fatal: true,
				total: 0,
				badRows: 0
			};
		return { file, kind, table: 'report', rows, problems, notes, fatal: false, total: reports, badRows: 0 };
	}
	const why = unsupportedReason(file);
	return refused(file, kind, why.zh, why.en);
}

const sourceName = (file: string) => file.replace(/^.*[\\/]/, '');

/** One document of an upload: its text (or bytes to decode), or why it is not read (`skip`: only a note). */
type Doc = { part: string; text: string; sha?: string; sheet?: boolean } | { part: string; zh: string; en: string; skip?: boolean };

/** The documents in a file: one for most, one per sheet of a workbook, one per entry of a ZIP. */
async function documents(
	file: string,
	kind: FileKind,
	bytes: Uint8Array,
	deps: PrepareDeps,
	inZip: boolean
): Promise<{ list: Doc[] } | { zh: string; en: string }> {
	const one = (text: string): { list: Doc[] } => ({ list: [{ part: '', text }] });
	const sniffed = sniff(bytes);
	switch (kind) {
		case 'report': {
			const dec = decodeUpload(bytes);
			if (!dec.ok) return { zh: dec.zh, en: dec.en };
			return { list: [{ part: '', text: dec.text, sha: bytesToHex(sha256(bytes)) }] };
		}
		case 'page': {
			if (sniffed === 'mhtml' || /\.mht(ml)?$/i.test(file)) {
				const m = mhtmlToHtml(bytes);
				if (m.ok) return one(htmlToText(m.html).text);
				if (sniffed === 'mhtml') return { zh: `无法读取网页存档：${m.reason}`, en: `cannot read the web archive: ${m.reason}` };
			}
			return one(htmlToText(decodeHtml(bytes).html).text);
		}
		case 'doc':
			if (sniffed === 'html' || sniffed === 'mhtml') return documents(file, 'page', bytes, deps, inZip);
			if (sniffed === 'zip') return documents(file, 'docx', bytes, deps, inZip);
			if (sniffed === 'rtf') return documents(file, 'rtf', bytes, deps, inZip);
			return {
				zh: '旧版 Word（.doc）只能用命令行导入（npm run ingest -- 文件）',
				en: 'old Word (.doc) files are read by the CLI only (npm run ingest -- FILE)'
			};
		case 'rtf': {
			if (sniffed !== 'rtf')
				return { zh: `这个文件实为${kindName(sniffed)}，不是 RTF 文档`, en: `this file is really ${kindName(sniffed)}, not an RTF document` };
			try {
				return one(rtfToText(bytes));
			} catch (e) {
				return { zh: `无法读取 RTF：${(e as Error).message}`, en: `cannot read the RTF: ${(e as Error).message}` };
			}
		}
		case 'docx':
		case 'pdf': {
			const read = kind === 'docx' ? deps.docxToText : deps.pdfToText;
			const ext = kind === 'docx' ? '.docx' : 'PDF';
			if (!read)
				return {
					zh: `浏览器中暂不支持 ${ext}，请使用命令行导入（npm run ingest）`,
					en: `${ext} is not yet supported in the browser: use the CLI (npm run ingest)`
				};
			let text: string;
			try {
				text = await read(bytes);
			} catch (e) {
				if (e instanceof Error && e.name === 'GarbageTextLayerError') {
					return scanReason({
						zh: '这个 PDF 的文字层是乱码（字体映射损坏），',
						en: `this PDF's text layer is garbage (${e.message.replace(/^garbage text layer \(|\)$/g, '')}) and`
					});
				}
				return { zh: `无法读取 ${ext}：${(e as Error).message}`, en: `cannot read ${ext}: ${(e as Error).message}` };
			}
			if (text.trim() === '')
				return kind === 'pdf'
					? scanReason({ zh: '这个 PDF 没有文字层（扫描件），', en: 'this PDF has no text layer (a scan) and' })
					: { zh: `${ext} 中没有可提取的文字`, en: `no text found in the ${ext}` };
			return one(text);
		}
		case 'workbook': {
			if (sniffed === 'html' || sniffed === 'mhtml') return documents(file, 'page', bytes, deps, inZip);
			if (sniffed !== 'zip' && sniffed !== 'cfb' && sniffed !== 'xml')
				return { zh: `这个文件实为${kindName(sniffed)}，不是 Excel 工作簿`, en: `this file is really ${kindName(sniffed)}, not an Excel workbook` };
			if (!deps.sheetJs) return { zh: 'Excel 读取器未载入', en: 'Excel reader not loaded' };
			if (sniffed === 'zip') {
				const c = await checkDocxParts(bytes, { ...LIMITS, docxParagraphs: Infinity, docxElements: Infinity });
				if (!c.ok) return { zh: `无法读取工作簿：${c.reason}`, en: `cannot read the workbook: ${c.reason}` };
			}
			try {
				const sheets = workbookSheets(await deps.sheetJs(), bytes, LIMITS).filter((x) => x.text.trim() !== '');
				if (sheets.length === 0) return { zh: '工作簿为空', en: 'the workbook has no cells with text' };
				return { list: sheets.map((x) => ({ part: `#${x.name}`, text: x.text, sheet: true })) };
			} catch (e) {
				const m = e instanceof WorkbookError ? e.message : String(e);
				return { zh: `无法读取工作簿：${m}`, en: `cannot read the workbook: ${m}` };
			}
		}
		case 'zip': {
			if (inZip) return { zh: '压缩包内的压缩包不读取，请先解压', en: 'a ZIP inside a ZIP is not read: unpack it first' };
			const dir = archiveEntries(bytes, LIMITS);
			if (!dir.ok) return { zh: `压缩包被拒绝：${dir.reason}`, en: `archive refused: ${dir.reason}` };
			const list: Doc[] = [];
			const wanted = dir.entries.filter((e) => {
				const k = fileKind(e.name);
				if (k === 'csv' || k === 'parquet' || k === 'other') {
					list.push({ part: `/${e.name}`, zh: '不是报告文档，已跳过', en: 'not a report document: skipped', skip: true });
					return false;
				}
				return true;
			});
			for await (const item of archiveItems(bytes, wanted, LIMITS)) {
				const part = `/${item.path}`;
				if (!item.ok) {
					list.push({ part, zh: item.reason, en: item.reason });
					continue;
				}
				const inner = await documents(item.path, fileKind(item.path), item.bytes, deps, true);
				if ('zh' in inner) list.push({ part, zh: inner.zh, en: inner.en });
				else for (const d of inner.list) list.push({ ...d, part: part + d.part, ...('text' in d ? { sha: bytesToHex(sha256(item.bytes)) } : {}) });
			}
			if (list.length === 0) return { zh: '压缩包为空', en: 'empty archive' };
			return { list };
		}
		case 'image':
			return scanReason({ zh: '图片（扫描件）', en: 'an image (a scan)' });
		default:
			return unsupportedReason(file);
	}
}
