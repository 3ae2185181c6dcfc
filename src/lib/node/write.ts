/** Writing the dataset (Parquet, CSV, dataset.duckdb, dictionary.json) with native DuckDB. */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SCHEMA, createTableSql, type ColumnSpec, type TableSpec } from '../schema/tables';
import { TABLES, type TableName } from '../ingest/types';

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
	/** Write everything into a temp folder and move the files into outDir; returns rows per table. */
	finish(info: GenerationInfo): Promise<Record<TableName, number>>;
	/** Drop everything written so far; outDir is left as it was. */
	abort(): Promise<void>;
}

/**
 * Open a writer for outDir. Nothing in outDir changes until finish() has written every file into a temp
 * folder beside them; then each file is renamed into place (other files in outDir are left alone).
 */
export async function openDatasetWriter(outDir: string, options: WriteOptions): Promise<DatasetWriter> {
	await mkdir(outDir, { recursive: true });
	const tmp = join(outDir, `.ingest-tmp-${process.pid}-${Date.now()}`);
	await mkdir(tmp);
	const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
	const conn = await instance.connect();
	const appenders = {} as Record<TableName, TableAppender>;
	let closed = false;
	const close = async () => {
		if (closed) return;
		closed = true;
		try {
			for (const a of Object.values(appenders)) a.close();
			conn.closeSync();
			instance.closeSync();
		} finally {
			await rm(tmp, { recursive: true, force: true });
		}
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
				await writeFiles(conn, tmp, options);
				await writeFile(join(tmp, 'dictionary.json'), dictionaryJson(counts, info));
				for (const f of outputFiles(options)) await rename(join(tmp, f), join(outDir, f));
				// A stale dataset.duckdb would shadow the fresh Parquet files for readers that prefer it.
				if (!options.duckdbFile) await rm(join(outDir, 'dataset.duckdb'), { force: true });
				return counts;
			} finally {
				await close();
			}
		},
		abort: close
	};
}

async function writeFiles(conn: DuckDBConnection, dir: string, options: WriteOptions): Promise<void> {
	for (const t of SCHEMA) {
		const sorted = `SELECT * FROM memory.main.${t.name} ORDER BY ${t.orderBy.map(q).join(', ')}`;
		await conn.run(`COPY (${sorted}) TO ${lit(join(dir, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
		const body = join(dir, `${t.name}.csv.body`);
		await conn.run(`COPY (${sorted}) TO ${lit(body)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NULLSTR '')`);
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
