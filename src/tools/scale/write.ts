/** Writes a generated dataset the way the ingest does, plus Hive partitions, summaries and a split DuckDB file. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTableSql } from '../../lib/schema/tables';
import { csvSelectList, dictionaryJson, WASM_STORAGE_VERSION } from '../../lib/node/write';
import type { TableName } from '../../lib/ingest/types';
import { GENERATED_TABLES } from './generate';
import {
	COARSE_SUMMARY_TABLES,
	FINE_SUMMARY_TABLES,
	STATE_TABLES,
	SUMMARY_TABLES,
	rangeReadOrder,
	stateTablesSql,
	summarySql,
	type StateTable,
	type SummaryTable
} from './summary';
import places from '../demo/guangzhou.json';

/** Detail tables that go to detail.duckdb when the dataset is split. */
export const DETAIL_TABLES = ['reports', 'indicators', 'expenditures', 'findings', 'sources'] as const;

/** Name of the lazily attached detail file of a split dataset. */
export const DETAIL_FILE = 'detail.duckdb';

/** How to write. */
export interface ScaleWriteOptions {
	/** Also write {table}.csv (UTF-8 with BOM). */
	csv: boolean;
	/** Write partitioned/{table}/year=…/district=…/*.parquet. */
	partitioned: boolean;
	/** Build the summary tables (Parquet files and inside dataset.duckdb). */
	summaries: boolean;
	/** dataset.duckdb holds divisions + summaries only; detail tables go to detail.duckdb. */
	split: boolean;
	/**
	 * Split datasets only: the fine summaries go to detail.duckdb (read by range requests) and coarse copies to
	 * dataset.duckdb (fetched whole). Default: when the fine summaries have more than SUMMARY_EAGER_ROWS rows.
	 */
	lazySummaries?: boolean;
	/** Called with a short message after each step. */
	progress?: (msg: string) => void;
}

/**
 * Above this many rows of fine summaries (all four tables), a split dataset keeps them in detail.duckdb and ships
 * coarse copies in dataset.duckdb. Guangzhou at 10⁶ reports stays below (its summaries, 3.3 MB, are fetched whole as
 * before); the whole country at 10⁶ has 7.9 million rows (63 MB).
 */
export const SUMMARY_EAGER_ROWS = 2_000_000;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The COPY … PARTITION_BY statement for one table: child tables carry their report's year and district. */
export function partitionSql(table: string, dir: string): string {
	const src = table === 'reports' ? 'SELECT * FROM reports' : `SELECT t.*, r.year, r.district FROM ${table} t JOIN reports r USING (report_id)`;
	return `COPY (${src}) TO ${lit(join(dir, table))} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, district), OVERWRITE_OR_IGNORE true)`;
}

/** Writes every output of a generated dataset (tables in conn's main schema) into outDir. */
export async function writeScaleDataset(conn: DuckDBConnection, outDir: string, o: ScaleWriteOptions): Promise<Record<string, number>> {
	const say = o.progress ?? (() => undefined);
	await mkdir(outDir, { recursive: true });
	const counts: Record<string, number> = {};
	for (const t of GENERATED_TABLES) counts[t] = Number((await conn.runAndReadAll(`SELECT count(*) AS n FROM ${t}`)).getRowObjectsJS()[0].n);
	const summaries = o.summaries ? await buildSummaries(conn, counts, o.split, o.lazySummaries) : { eager: [], lazy: [] };
	if (o.summaries) say(`summaries built${summaries.lazy.length ? ' (fine ones for detail.duckdb, coarse ones for dataset.duckdb)' : ''}`);
	const tables: string[] = [...GENERATED_TABLES, ...summaries.eager, ...summaries.lazy];
	for (const t of tables) {
		await conn.run(`COPY ${t} TO ${lit(join(outDir, `${t}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
		if (o.csv) {
			// The BOM row makes Excel read UTF-8; DuckDB writes the header after it.
			const body = join(outDir, `${t}.csv`);
			// Formula-looking text gets a leading apostrophe, as in the ingest's CSVs (csvSelectList).
			const cols = (await conn.runAndReadAll(`DESCRIBE ${t}`)).getRowObjectsJS().map((c) => ({ name: String(c.column_name), type: String(c.column_type) }));
			await conn.run(`COPY (SELECT ${csvSelectList(cols)} FROM ${t}) TO ${lit(body)} (FORMAT csv, HEADER true, NULLSTR '')`);
			const { readFile } = await import('node:fs/promises');
			await writeFile(body, Buffer.concat([Buffer.from('\uFEFF'), await readFile(body)]));
		}
	}
	say('parquet written');
	if (o.partitioned) {
		const pdir = join(outDir, 'partitioned');
		await rm(pdir, { recursive: true, force: true });
		await mkdir(pdir, { recursive: true });
		for (const t of DETAIL_TABLES) await conn.run(partitionSql(t, pdir));
		say('hive partitions written');
	}
	for (const f of ['dataset.duckdb', DETAIL_FILE]) await rm(join(outDir, f), { force: true });
	await attachCopy(conn, join(outDir, 'dataset.duckdb'), o.split ? ['divisions', ...summaries.eager] : tables, o.split ? DETAIL_FILE : null);
	if (o.split) await attachCopy(conn, join(outDir, DETAIL_FILE), [...DETAIL_TABLES, ...summaries.lazy], null, true);
	say(o.split ? 'dataset.duckdb (summaries) + detail.duckdb written' : 'dataset.duckdb written');
	await writeFile(
		join(outDir, 'dictionary.json'),
		dictionaryJson(counts as Record<TableName, number>, {
			generator: 'data:demo --tables',
			city: places.city.name,
			files_read: 0,
			reports: counts.reports,
			rejected: 0,
			synthetic_reports: counts.reports
		})
	);
	return counts;
}

/** The summary tables built: those for dataset.duckdb (eager) and those for detail.duckdb (lazy, range-read). */
export interface BuiltSummaries {
	eager: (SummaryTable | StateTable)[];
	lazy: SummaryTable[];
}

/**
 * Builds the fine summary tables in conn's main schema (over its reports, indicators, findings) and records their
 * row counts in `counts`; when they go to the range-read file (`lazy`, default: a split dataset past
 * SUMMARY_EAGER_ROWS), builds the coarse copies for dataset.duckdb too.
 */
export async function buildSummaries(conn: DuckDBConnection, counts: Record<string, number>, split: boolean, lazy?: boolean): Promise<BuiltSummaries> {
	const count = async (t: string) => (counts[t] = Number((await conn.runAndReadAll(`SELECT count(*) AS n FROM ${t}`)).getRowObjectsJS()[0].n));
	for (const s of summarySql()) await conn.run(s);
	let rows = 0;
	for (const t of FINE_SUMMARY_TABLES) rows += await count(t);
	if (!split || !(lazy ?? rows > SUMMARY_EAGER_ROWS)) return { eager: [...FINE_SUMMARY_TABLES], lazy: [] };
	for (const s of summarySql('main', COARSE_SUMMARY_TABLES)) await conn.run(s);
	for (const t of COARSE_SUMMARY_TABLES) await count(t);
	// The district-only states' answers, fetched whole with the coarse copies (sqltext/plan.ts STATE_TABLES).
	for (const s of stateTablesSql()) await conn.run(s);
	for (const t of STATE_TABLES) await count(t);
	return { eager: [...COARSE_SUMMARY_TABLES, ...STATE_TABLES], lazy: [...FINE_SUMMARY_TABLES] };
}

/**
 * Rebuilds the summaries of a split dataset in `dir` from its detail file (after a generation with
 * `--no-summaries`, or to move to the current layout): dataset.duckdb is rewritten (divisions + the eager summaries),
 * the lazy ones are (re)written into detail.duckdb. `conn` is a fresh in-memory connection.
 */
export async function rewriteSummaries(conn: DuckDBConnection, dir: string, lazy?: boolean): Promise<Record<string, number>> {
	const dataset = join(dir, 'dataset.duckdb');
	const counts: Record<string, number> = {};
	await conn.run(`ATTACH ${lit(join(dir, DETAIL_FILE))} AS det`);
	await conn.run(`ATTACH ${lit(dataset)} AS old (READ_ONLY)`);
	await conn.run('CREATE TABLE main.divisions AS SELECT * FROM old.main.divisions');
	await conn.run('DETACH old');
	for (const t of ['reports', 'indicators', 'findings']) await conn.run(`CREATE VIEW main.${t} AS SELECT * FROM det.main.${t}`);
	const built = await buildSummaries(conn, counts, true, lazy);
	for (const t of SUMMARY_TABLES) await conn.run(`DROP TABLE IF EXISTS det.main.${t}`);
	for (const t of built.lazy) await conn.run(`CREATE TABLE det.main.${t} AS SELECT * FROM main.${t} ORDER BY ${rangeReadOrder(t)}`);
	for (const t of ['reports', 'indicators', 'findings']) await conn.run(`DROP VIEW main.${t}`);
	await conn.run('DETACH det');
	await rm(dataset, { force: true });
	await attachCopy(conn, dataset, ['divisions', ...built.eager], DETAIL_FILE);
	return counts;
}

/**
 * Copies `tables` into a new DuckDB file readable by DuckDB-WASM 1.32; `detail` names the detail file in dataset_meta.
 * `rangeRead`: the file is read by range requests; fine summaries copied into it are ordered district first (rangeReadOrder).
 */
async function attachCopy(conn: DuckDBConnection, file: string, tables: readonly string[], detail: string | null, rangeRead = false): Promise<void> {
	await conn.run(`ATTACH ${lit(file)} AS out_db (STORAGE_VERSION ${lit(WASM_STORAGE_VERSION)})`);
	try {
		for (const t of tables) {
			const known = (GENERATED_TABLES as readonly string[]).includes(t);
			if (known) await conn.run(createTableSql(t as TableName, `out_db.main.${t}`));
			const order = rangeRead && (FINE_SUMMARY_TABLES as readonly string[]).includes(t) ? ` ORDER BY ${rangeReadOrder(t as SummaryTable)}` : '';
			await conn.run(known ? `INSERT INTO out_db.main.${t} SELECT * FROM main.${t}` : `CREATE TABLE out_db.main.${t} AS SELECT * FROM main.${t}${order}`);
		}
		if (detail) await conn.run(`CREATE TABLE out_db.main.dataset_meta AS SELECT 'detail_file' AS key, ${lit(detail)} AS value`);
	} finally {
		await conn.run('DETACH out_db');
	}
}
