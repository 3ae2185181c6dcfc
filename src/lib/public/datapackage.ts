/**
 * The open data as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): one tabular resource
 * per CSV the ingest wrote, every column with its type and its meaning in Chinese and English from dictionary.json.
 * Frictionless has one `title`/`description` per item: they carry "中文 / English"; `title_zh`, `title_en`,
 * `description_zh`, `description_en` keep each language on its own (custom properties, which the spec allows).
 */
import type { Dictionary } from './opendata.server';

/** Frictionless field types for the DuckDB types the ingest writes. */
export function fieldType(duck: string): 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'any' {
	const t = duck.toUpperCase();
	if (/^(VARCHAR|TEXT|STRING|UUID)/.test(t)) return 'string';
	if (/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(t)) return 'integer';
	if (/^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC)/.test(t)) return 'number';
	if (t === 'BOOLEAN') return 'boolean';
	if (t === 'DATE') return 'date';
	if (/^TIMESTAMP/.test(t)) return 'datetime';
	return 'any';
}

const both = (zh: string, en: string) => (zh && en ? `${zh} / ${en}` : zh || en);

export interface PackageMeta {
	/** Data version folder name and its as-of date (from the dataset version). */
	version?: string | null;
	asOf?: string | null;
	/** Rows are counted by the ingest: reports that are generated demonstrations. */
	synthetic?: number;
}

/** The datapackage.json object for the tables of `dict` that have a CSV (paths relative to the package). */
export function dataPackage(dict: Dictionary, meta: PackageMeta = {}) {
	const syn = meta.synthetic ?? dict.generation?.synthetic_reports ?? 0;
	const zh = `预算绩效评价报告开放数据：每张表一个 CSV（UTF-8，首行为列名）。${syn > 0 ? `含 ${syn} 份合成的示范报告（reports.synthetic = true），非真实报告。` : ''}`;
	const en = `Open data from budget performance evaluation reports: one CSV per table (UTF-8, header row).${syn > 0 ? ` Includes ${syn} generated demonstration reports (reports.synthetic = true), not real ones.` : ''}`;
	return {
		profile: 'tabular-data-package',
		name: 'perf-eval-insight-open-data',
		title: both('绩效评价洞察开放数据', 'Performance Evaluation Insight open data'),
		title_zh: '绩效评价洞察开放数据',
		title_en: 'Performance Evaluation Insight open data',
		description: both(zh, en),
		description_zh: zh,
		description_en: en,
		...(meta.version ? { version: meta.version } : {}),
		...(meta.asOf ? { created: `${meta.asOf}T00:00:00Z` } : {}),
		resources: dict.tables
			.filter((t) => t.files.csv)
			.map((t) => ({
				profile: 'tabular-data-resource',
				name: t.name,
				path: t.files.csv as string,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				title: both(t.zh, t.en),
				title_zh: t.zh,
				title_en: t.en,
				rows: t.rows,
				dialect: { delimiter: ',', header: true, doubleQuote: true },
				schema: {
					fields: t.columns.map((c) => ({
						name: c.name,
						type: fieldType(c.type),
						description: both(c.zh, c.en),
						description_zh: c.zh,
						description_en: c.en,
						...(c.required ? { constraints: { required: true } } : {}),
						...(fieldType(c.type) === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {})
					})),
					missingValues: ['']
				}
			}))
	};
}
