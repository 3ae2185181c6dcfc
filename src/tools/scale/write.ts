/** Writes a generated dataset the way the ingest does, plus Hive partitions, summaries and a split DuckDB file. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTableSql } from '../../lib/schema/tables';
import { csvSelectList, dictionaryJson, WASM_STORAGE_VERSION } from '../../lib/node/write';
import type { TableName } from '../../lib/ingest/types';
import { GENERATED_TABLES } from './generate';
import { SUMMARY_TABLES, summarySql } from './summary';
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
	/** Called with a short message after each step. */
	progress?: (msg: string) => void;
}

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
	if (o.summaries) {
		for (const s of summarySql()) await conn.run(s);
		for (const t of SUMMARY_TABLES) counts[t] = Number((await conn.runAndReadAll(`SELECT count(*) AS n FROM ${t}`)).getRowObjectsJS()[0].n);
		say('summaries built');
	}
	const tables: string[] = [...GENERATED_TABLES, ...(o.summaries ? SUMMARY_TABLES : [])];
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
	await attachCopy(
		conn,
		join(outDir, 'dataset.duckdb'),
		o.split ? ['divisions', ...(o.summaries ? SUMMARY_TABLES : [])] : tables,
		o.split ? DETAIL_FILE : null
	);
	if (o.split) await attachCopy(conn, join(outDir, DETAIL_FILE), [...DETAIL_TABLES], null);
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

/** Copies `tables` into a new DuckDB file readable by DuckDB-WASM 1.32; `detail` names the detail file in dataset_meta. */
async function attachCopy(conn: DuckDBConnection, file: string, tables: readonly string[], detail: string | null): Promise<void> {
	await conn.run(`ATTACH ${lit(file)} AS out_db (STORAGE_VERSION ${lit(WASM_STORAGE_VERSION)})`);
	try {
		for (const t of tables) {
			const known = (GENERATED_TABLES as readonly string[]).includes(t);
			if (known) await conn.run(createTableSql(t as TableName, `out_db.main.${t}`));
			await conn.run(known ? `INSERT INTO out_db.main.${t} SELECT * FROM main.${t}` : `CREATE TABLE out_db.main.${t} AS SELECT * FROM main.${t}`);
		}
		if (detail) await conn.run(`CREATE TABLE out_db.main.dataset_meta AS SELECT 'detail_file' AS key, ${lit(detail)} AS value`);
	} finally {
		await conn.run('DETACH out_db');
	}
}
