/**
 * One SELECT whose column `q<i>` holds the rows of the i-th query as a list of structs (an empty list when
 * none): a page's queries in one worker round trip and one Arrow decode. The browser engine runs
 * single-threaded, so each list keeps its query's ORDER BY.
 */
export function batchedQuery(sqls: readonly string[]): string {
	if (sqls.length === 0) throw new Error('batchedQuery: no queries');
	return `SELECT ${sqls.map((sql, i) => `(SELECT coalesce(list(t), []) FROM (${sql}) t) AS q${i}`).join(', ')}`;
}

/** Splits the single row of a batchedQuery back into one row list per query. */
export function unbatch<T = Record<string, unknown>>(row: Record<string, unknown> | undefined, n: number): T[][] {
	return Array.from({ length: n }, (_, i) => ((row?.[`q${i}`] as T[] | null | undefined) ?? []));
}
