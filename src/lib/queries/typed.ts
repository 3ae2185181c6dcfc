/**
 * Row types that travel with the SQL: a builder declares what its rows look like (`Sql<KpiRow>`), and a page's
 * named queries carry them to the rows it reads (`RowsOf`), at prerender and in the browser. Types only: at run time
 * a `Sql<R>` is the plain SQL string, and a string is one (`kpiQuery(f): Sql<KpiRow>` returns a template literal).
 */
import type { Query } from './combined';

declare const ROW: unique symbol;

/** SQL whose result rows have the type R. */
export type Sql<R> = string & { readonly [ROW]?: R };

/** A named query (its own statement or its part of a shared one) whose rows have the type R. */
export type TypedQuery<R> = Query & { readonly [ROW]?: R };

/** The row type of a query: its builder's, or a plain record for SQL that names none. */
export type RowOf<Q> = Q extends { readonly [ROW]?: infer R } ? (unknown extends R ? Record<string, unknown> : R) : Record<string, unknown>;

/** Rows by query name for a page's named queries. */
export type RowsOf<Q> = { readonly [K in keyof Q]: RowOf<Q[K]>[] };
