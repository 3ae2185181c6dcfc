/** Writing the dataset (Parquet, CSV, dataset.duckdb, dictionary.json) with native DuckDB. */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SCHEMA, createTableSql, type ColumnSpec, type TableSpec } from '../schema/tables';
import { TABLES, type TableName } from '../ingest/types';
import { FORMULA_PREFIXES } from '../format/csv';

/** What dictionary.json says about how the data was made (no timestamps: outputs stay deterministic). */
export interface GenerationInfo {
	generator: string;
	city: string;
	files_read: number;
	reports: number;
	rejected: number;
	synthetic_reports: number;
}

/** Options for a dataset writer. */
export interface WriteOptions {
	/** Also write dataset.duckdb (all tables in one DuckDB file for the browser's fast path). */
	duckdbFile: boolean;
	/** Storage version of dataset.duckdb, readable by the DuckDB-WASM the site ships. */
	storageVersion?: string;
}

/**
 * DuckDB-WASM 1.32 embeds DuckDB 1.4.3, so v1.4.0 is the newest storage format it opens; pinned so a
 * future native default can never outrun the browser (the spec opens the file with the WASM engine).
 */
export const WASM_STORAGE_VERSION = 'v1.4.0';

/** Names of every file a writer produces for the given options. */
export function outputFiles(options: WriteOptions): string[] {
	const files = SCHEMA.flatMap((t) => [`${t.name}.parquet`, `${t.name}.csv`]);
	files.push('dictionary.json');
	if (options.duckdbFile) files.push('dataset.duckdb');
	return files;
}

/** Streams rows into DuckDB staging tables, then writes every output file at once. */
export interface DatasetWriter {
	/** Append rows to a table (in any order: files are sorted by the table's orderBy when written). */
	append(table: TableName, rows: readonly object[]): void;
	/** Write every output file into the writer's folder; returns rows per table. */
	finish(info: GenerationInfo): Promise<Record<TableName, number>>;
	/** Drop the rows; nothing more is written. */
	abort(): Promise<void>;
}

/**
 * Open a writer whose files go into `dir` (created if missing), a folder of its own: the ingest gives it a
 * fresh temp folder of the version store (src/lib/node/output.ts), which becomes the dataset in one step.
 */
export async function openDatasetWriter(dir: string, options: WriteOptions): Promise<DatasetWriter> {
	await mkdir(dir, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
	const conn = await instance.connect();
	const appenders = {} as Record<TableName, TableAppender>;
	let closed = false;
	const close = async () => {
		if (closed) return;
		closed = true;
		for (const a of Object.values(appenders)) a.close();
		conn.closeSync();
		instance.closeSync();
	};
	try {
		for (const t of SCHEMA) {
			await conn.run(createTableSql(t.name, `memory.main.${t.name}`));
			appenders[t.name] = await tableAppender(conn, t);
		}
	} catch (e) {
		await close();
		throw e;
	}
	return {
		append(table, rows) {
			appenders[table].add(rows);
		},
		async finish(info) {
			try {
				const counts = {} as Record<TableName, number>;
				for (const t of TABLES) {
					appenders[t].close();
					counts[t] = appenders[t].count;
				}
				await writeFiles(conn, dir, options);
				await writeFile(join(dir, 'dictionary.json'), dictionaryJson(counts, info));
				return counts;
			} finally {
				await close();
			}
		},
		abort: close
	};
}

/**
 * The SELECT list of a CSV export: text columns with formula-looking cells (FORMULA_PREFIXES) prefixed by an
 * apostrophe, as the console's CSV export does; doubles without binary noise (10 decimals); other values as they are. Parquet and
 * dataset.duckdb keep the text unchanged.
 */
export function csvSelectList(columns: readonly { name: string; type: string }[]): string {
	const starts = FORMULA_PREFIXES.map((c) => `chr(${c.charCodeAt(0)})`).join(', ');
	const text = (n: string) => `CASE WHEN left(${n}, 1) IN (${starts}) THEN chr(39) || ${n} ELSE ${n} END AS ${n}`;
	// doubles to 10 decimals: a computed 0.9278399999999999 is written 0.92784 (binary noise, not precision)
	const num = (n: string) => `round(${n}, 10) AS ${n}`;
	return columns.map((c) => (c.type === 'VARCHAR' ? text(q(c.name)) : c.type === 'DOUBLE' ? num(q(c.name)) : q(c.name))).join(', ');
}

async function writeFiles(conn: DuckDBConnection, dir: string, options: WriteOptions): Promise<void> {
	for (const t of SCHEMA) {
		const order = `ORDER BY ${t.orderBy.map(q).join(', ')}`;
		await conn.run(
			`COPY (SELECT * FROM memory.main.${t.name} ${order}) TO ${lit(join(dir, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`
		);
		const body = join(dir, `${t.name}.csv.body`);
		const csv = `SELECT ${csvSelectList(t.columns)} FROM memory.main.${t.name} ${order}`;
		await conn.run(`COPY (${csv}) TO ${lit(body)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NULLSTR '')`);
		await withBom(body, join(dir, `${t.name}.csv`));
	}
	if (options.duckdbFile) {
		const file = join(dir, 'dataset.duckdb');
		await conn.run(`ATTACH ${lit(file)} AS ds (STORAGE_VERSION ${lit(options.storageVersion ?? WASM_STORAGE_VERSION)})`);
		for (const t of SCHEMA) {
			await conn.run(createTableSql(t.name, `ds.main.${t.name}`));
			await conn.run(`INSERT INTO ds.main.${t.name} SELECT * FROM memory.main.${t.name} ORDER BY ${t.orderBy.map(q).join(', ')}`);
		}
		await conn.run('DETACH ds');
	}
}

async function withBom(body: string, target: string): Promise<void> {
	const out = createWriteStream(target);
	out.write('\uFEFF');
	await pipeline(createReadStream(body), out);
	await unlink(body);
}

type Put = (a: DuckDBAppender, v: unknown) => void;

const putters: Record<ColumnSpec['type'], Put> = {
	VARCHAR: (a, v) => a.appendVarchar(String(v)),
	INTEGER: (a, v) => a.appendInteger(v as number),
	DOUBLE: (a, v) => a.appendDouble(v as number),
	BOOLEAN: (a, v) => a.appendBoolean(v as boolean)
};

interface TableAppender {
	count: number;
	add(rows: readonly object[]): void;
	close(): void;
}

/** The Appender API: measured faster than INSERT from JSON for these tables (see bench:ingest). */
async function tableAppender(conn: DuckDBConnection, t: TableSpec): Promise<TableAppender> {
	const appender = await conn.createAppender(t.name, 'main', 'memory');
	const cols = t.columns.map((c) => ({ name: c.name, put: putters[c.type], numeric: c.type === 'INTEGER' || c.type === 'DOUBLE' }));
	let open = true;
	let count = 0;
	return {
		get count() {
			return count;
		},
		add(rows) {
			for (const row of rows) {
				const r = row as Record<string, unknown>;
				for (const c of cols) {
					const v = r[c.name];
					if (v === null || v === undefined || (c.numeric && !Number.isFinite(v))) appender.appendNull();
					else c.put(appender, v);
				}
				appender.endRow();
				count++;
			}
		},
		close() {
			if (!open) return;
			open = false;
			appender.closeSync();
		}
	};
}

/** dictionary.json: every table and column with type and descriptions, row counts and generation info. */
export function dictionaryJson(counts: Record<TableName, number>, info: GenerationInfo): string {
	const dict = {
		generation: info,
		tables: SCHEMA.map((t) => ({
			name: t.name,
			zh: t.zh,
			en: t.en,
			rows: counts[t.name],
			order_by: t.orderBy,
			files: { parquet: `${t.name}.parquet`, csv: `${t.name}.csv` },
			columns: t.columns.map((c) => ({ name: c.name, type: c.type, required: c.required === true, zh: c.zh, en: c.en }))
		}))
	};
	return JSON.stringify(dict, null, 2) + '\n';
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
