/** Parsing an ingest manifest CSV (pure: no node: imports, so an upload page could reuse it). */
import { isWebUrl } from '../ingest/url';
import Papa from 'papaparse';
import type { EvaluationType, ManifestEntry } from '../ingest/types';

/** Columns a manifest may have; only source_file is required. */
export const MANIFEST_COLUMNS = ['source_file', 'district', 'street', 'year', 'source_url', 'synthetic', 'unit', 'project_name', 'evaluation_type'] as const;

const EVALUATION_TYPES: EvaluationType[] = ['单位自评', '部门评价', '财政评价'];
const TRUE = new Set(['true', '1', 'yes', 'y', '是', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', 'f']);

/** A problem in a manifest: the row (header = row 1; null for the whole file) and what is wrong. */
export interface ManifestError {
	row: number | null;
	message: string;
}

/** A parsed manifest: good rows, and one error per bad row. */
export interface ParsedManifest {
	entries: ManifestEntry[];
	errors: ManifestError[];
	warnings: string[];
}

/** Parse manifest CSV text; `label` names the file in warnings. Row numbers count the header as row 1. */
export function parseManifest(text: string, label: string): ParsedManifest {
	const out: ParsedManifest = { entries: [], errors: [], warnings: [] };
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h) => h.trim().toLowerCase()
	});
	const fields = parsed.meta.fields ?? [];
	if (!fields.includes('source_file')) {
		out.errors.push({ row: null, message: `no source_file column (header: ${fields.join(', ') || 'none'})` });
		return out;
	}
	const unknown = fields.filter((f) => !(MANIFEST_COLUMNS as readonly string[]).includes(f));
	if (unknown.length) out.warnings.push(`${label}: unknown column(s) ignored: ${unknown.join(', ')}`);
	for (const err of parsed.errors) {
		if (err.code === 'TooFewFields' || err.code === 'TooManyFields') continue;
		out.errors.push({ row: (err.row ?? 0) + 2, message: err.message });
	}
	const seen = new Map<string, number>();
	parsed.data.forEach((raw, i) => {
		const row = i + 2;
		const problems: string[] = [];
		const get = (k: string) => {
			const v = raw[k];
			return v === undefined || v === null || v.trim() === '' ? null : v.trim();
		};
		const source_file = get('source_file');
		if (!source_file) {
			out.errors.push({ row, message: 'source_file is empty' });
			return;
		}
		const entry: ManifestEntry = { source_file };
		for (const k of ['district', 'street', 'unit', 'project_name'] as const) {
			const v = get(k);
			if (v !== null) entry[k] = v;
		}
		const url = get('source_url');
		if (url !== null) {
			// Shown as a link on the site: only a web address, never javascript: or a local path.
			const shown = url.slice(0, 80);
			if (isWebUrl(url)) entry.source_url = url;
			else problems.push(`source_url "${shown}" is not an http(s) address`);
		}
		const year = get('year');
		if (year !== null) {
			if (/^\d{4}$/.test(year) && +year >= 1990 && +year <= 2100) entry.year = +year;
			else problems.push(`year "${year}" is not a year (1990–2100)`);
		}
		const synthetic = get('synthetic');
		if (synthetic !== null) {
			const s = synthetic.toLowerCase();
			if (TRUE.has(s)) entry.synthetic = true;
			else if (FALSE.has(s)) entry.synthetic = false;
			else problems.push(`synthetic "${synthetic}" is not true/false`);
		}
		const et = get('evaluation_type');
		if (et !== null) {
			if ((EVALUATION_TYPES as string[]).includes(et)) entry.evaluation_type = et as EvaluationType;
			else problems.push(`evaluation_type "${et}" is not one of ${EVALUATION_TYPES.join(' / ')}`);
		}
		if (problems.length) {
			out.errors.push({ row, message: problems.join('; ') });
			return;
		}
		const prev = seen.get(source_file);
		if (prev !== undefined) {
			out.errors.push({ row, message: `source_file "${source_file}" already listed in row ${prev}` });
			return;
		}
		seen.set(source_file, row);
		out.entries.push(entry);
	});
	return out;
}
