/**
 * The console's own DuckDB-WASM instance: the shipped dataset attached read-only exactly as the dashboard
 * does (E's setup recipe), the user's own data from /data restored, then external access disabled and the
 * configuration locked (prepare.ts). A separate instance because the console needs a locked configuration
 * and a reset that discards everything the user made, and must never lock or damage the dashboard's database;
 * it reads results through the Connector seam like everything else (`arrow()`: streamed, cancellable).
 */
import type { RecordBatch, Table } from 'apache-arrow';
import { DATASET_TABLES, type Connector, type Row } from '../db/connector';
import { DATASET_FILE, NO_EXTENSION_DOWNLOADS, serial, type DetailResolver } from '../db/setup';
import { datasetUrl, startEngine, wasmConnector } from '../db/wasm';
import { readBatches, type SavedBatch } from '../userdata/persist';
import { USER_SCHEMA } from '../userdata/views';
import { resultColumns, type ResultColumn } from './grid';
import { prepareConsole } from './prepare';
import { SHADOW_SQL, shadowsFrom, type Shadow, type ShadowRow } from './shadow';
import { DISPLAY_BYTES } from './toolarge';

/** Rows kept for display and export; the total is still counted past it. */
export const DISPLAY_CAP = 100_000;

/** One statement's result. */
export interface RunResult {
	table: Table;
	columns: ResultColumn[];
	rows: Row[];
	/** Rows the statement produced (may exceed rows.length when capped). */
	total: number;
	capped: boolean;
	elapsedMs: number;
	/** Shipped table names that, after this statement, lead to another object (USE mine, SET search_path …). */
	shadowed: Shadow[];
}

/** Thrown by run() when the user cancelled. */
export class CancelledError extends Error {
	constructor() {
		super('cancelled');
		this.name = 'CancelledError';
	}
}

/** A user-made column for the schema panel. */
export interface UserColumn {
	schema: string;
	table: string;
	column: string;
	type: string;
}

/** How long after a cancel request the engine waits for DuckDB before stopping the worker outright. */
const HARD_STOP_MS = 3000;

/** A connector the console can stream from (DuckDB-WASM in the browser, or its Node build in tests). */
export type StreamingConnector = Connector & Required<Pick<Connector, 'arrow'>>;

/** An open console database. */
export class ConsoleEngine {
	readonly locked: boolean;
	readonly version: string;
	#db: StreamingConnector;
	#kill: () => void;
	#running: { cancel: () => void } | null = null;
	#queue = serial((fn: () => Promise<unknown>) => fn());
	#dead = false;

	private constructor(db: StreamingConnector, kill: () => void, locked: boolean, version: string) {
		this.#db = db;
		this.#kill = kill;
		this.locked = locked;
		this.version = version;
	}

	/** Starts DuckDB-WASM in its own worker, attaches the dataset at `url`, restores the user's data, locks the configuration. */
	static async open(url = datasetUrl()): Promise<ConsoleEngine> {
		// The same engine start as the dashboard's (bundles, range reads for a split dataset's detail file).
		const { db, worker, detailFile } = await startEngine(url);
		const kill = () => {
			void db.terminate().catch(() => undefined);
			worker.terminate();
		};
		try {
			const connector = (await wasmConnector(db, await db.connect())) as StreamingConnector;
			for (const s of NO_EXTENSION_DOWNLOADS) await connector.query(s);
			const saved = await readBatches().catch(() => []);
			return await ConsoleEngine.over(connector, kill, saved, detailFile);
		} catch (e) {
			kill();
			throw new Error(`数据库初始化失败 / failed to start the database: ${(e as Error).message}`, { cause: e });
		}
	}

	/**
	 * The console over an open connector: the dataset `file` attached, the `saved` uploads restored, the
	 * configuration locked (prepare.ts). `kill` stops the engine at once (a statement DuckDB does not interrupt).
	 * The browser's engine and DuckDB-WASM's Node build in tests come through here alike.
	 */
	static async over(db: StreamingConnector, kill: () => void, saved: SavedBatch[], detail?: DetailResolver, file = DATASET_FILE): Promise<ConsoleEngine> {
		const { locked } = await prepareConsole((sql) => db.query(sql), file, saved, detail);
		const [{ v }] = await db.query<{ v: string }>('SELECT version() AS v');
		return new ConsoleEngine(db, kill, locked, String(v));
	}

	/** True while a statement runs. */
	get busy(): boolean {
		return this.#running !== null;
	}

	/** Runs one statement, streaming its result; keeps the first `cap` rows and counts the rest. */
	run(sql: string, cap = DISPLAY_CAP): Promise<RunResult> {
		if (this.#dead) return Promise.reject(new Error('console database stopped'));
		return this.#queue(() => this.#run(sql, cap)) as Promise<RunResult>;
	}

	async #run(sql: string, cap: number): Promise<RunResult> {
		const { Table } = await import('apache-arrow');
		const { arrowToRows } = await import('../db/arrow');
		const t0 = performance.now();
		const abort = new AbortController();
		let hardStop: ReturnType<typeof setTimeout> | undefined;
		let rejectCancel!: (e: Error) => void;
		const cancelledP = new Promise<never>((_, rej) => (rejectCancel = rej));
		cancelledP.catch(() => undefined);
		const cancelled = () => abort.signal.aborted;
		this.#running = {
			cancel: () => {
				if (cancelled()) return;
				abort.abort();
				// A statement DuckDB does not interrupt in time is stopped with its worker (the session opens a new one).
				hardStop = setTimeout(() => {
					this.terminate();
					rejectCancel(new CancelledError());
				}, HARD_STOP_MS);
			}
		};
		try {
			const work = (async () => {
				const reader = await this.#db.arrow(sql, abort.signal);
				const batches: RecordBatch[] = [];
				let kept = 0;
				let keptBytes = 0;
				let total = 0;
				for await (const batch of reader) {
					if (cancelled()) break;
					total += batch.numRows;
					// Rows are kept up to `cap` and DISPLAY_BYTES (long text in many rows); the rest is only counted.
					if (kept < cap && keptBytes < DISPLAY_BYTES) {
						const take = Math.min(batch.numRows, cap - kept);
						const part = take === batch.numRows ? batch : batch.slice(0, take);
						batches.push(part);
						kept += take;
						keptBytes += part.data.byteLength;
					}
				}
				if (cancelled()) throw new CancelledError();
				const table = batches.length ? new Table(batches) : new Table(reader.schema);
				const elapsedMs = performance.now() - t0;
				// A catalog question of a few milliseconds; its failure never fails the statement.
				const shadowed = await this.#db.query<ShadowRow>(SHADOW_SQL).then(shadowsFrom, () => []);
				return { table, columns: resultColumns(table.schema.fields), rows: arrowToRows(table), total, capped: total > kept, elapsedMs, shadowed };
			})();
			return await Promise.race([work, cancelledP]);
		} catch (e) {
			if (cancelled()) throw new CancelledError();
			throw e;
		} finally {
			clearTimeout(hardStop);
			this.#running = null;
		}
	}

	/** Asks DuckDB to stop the running statement (no-op when idle). */
	cancel(): void {
		this.#running?.cancel();
	}

	/** Tables and columns the user created in the console (not the shipped views, not the /data tables behind them), for the schema panel. */
	async userColumns(): Promise<UserColumn[]> {
		const shipped = DATASET_TABLES.map((t) => `'${t}'`).join(', ');
		const sql = `SELECT table_schema AS schema, table_name AS "table", column_name AS "column", data_type AS type
FROM information_schema.columns
WHERE table_catalog IN (current_database(), 'temp') AND NOT (table_schema IN ('main', '${USER_SCHEMA}') AND table_name IN (${shipped}))
ORDER BY table_schema, table_name, ordinal_position`;
		return this.#queue(() => this.#db.query<UserColumn>(sql)) as Promise<UserColumn[]>;
	}

	/** True once terminate() ran (after a hard stop the page opens a fresh engine). */
	get dead(): boolean {
		return this.#dead;
	}

	/** Stops the worker at once; every user table goes with it. */
	terminate(): void {
		if (this.#dead) return;
		this.#dead = true;
		this.#kill();
	}
}
