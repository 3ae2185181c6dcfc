/** The one database seam: DuckDB-WASM in the browser, native DuckDB in Node, same interface. */
import type { QueryPlan } from '../sqltext/plan';
import type { RecordBatch, Schema } from 'apache-arrow';

/** A result as Arrow record batches, streamed as the engine produces them (nothing is held but what the reader keeps). */
export interface ArrowStream extends AsyncIterable<RecordBatch> {
	readonly schema: Schema;
}

/** A plain row: numbers, strings, booleans, null (ISO strings for dates and timestamps). */
export type Row = Record<string, unknown>;

/** Runs SQL and returns plain rows. */
export interface Connector {
	/** Rows of the query's result, values already plain JS (BigInt and DECIMAL as number). */
	query<T = Row>(sql: string): Promise<T[]>;
	/** Releases the database; further queries reject. */
	close(): Promise<void>;
	/** What the attached dataset lets builders read besides detail rows (attachDataset's answer); none: detail only. */
	plan?: QueryPlan;
	/**
	 * The result of one statement as an Arrow stream (DuckDB-WASM connectors: the SQL console). Aborting `signal`
	 * asks the engine to stop it, while it computes or streams; the promise or the stream then rejects or ends.
	 */
	arrow?(sql: string, signal?: AbortSignal): Promise<ArrowStream>;
}

/** The tables every connector exposes, as views or tables in the default schema. */
export const DATASET_TABLES = ['reports', 'indicators', 'expenditures', 'findings', 'sources', 'divisions', 'checks', 'evidence', 'corrections'] as const;

/** A value from a driver made plain: bigint → number, Date → ISO string, nested lists/structs likewise. */
export function plainValue(v: unknown): unknown {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.toISOString();
	if (Array.isArray(v)) return v.map(plainValue);
	if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
		const o: Row = {};
		for (const [k, x] of Object.entries(v as Row)) o[k] = plainValue(x);
		return o;
	}
	return v;
}
