/**
 * Puts the browser's corrections into an open database (dashboard, SQL console, tests on native DuckDB):
 * the table mine.corrections holds them and the main.* views are re-created with them overlaid
 * (userdata/views.ts, corrections/overlay.ts). All or nothing, in one transaction.
 */
import type { Run } from '../db/setup';
import { FIXES_TABLE, refreshUserViews } from '../userdata/views';
import { insertFixesSql, type FixRow } from './overlay';

/** Replaces the browser's corrections in the database with `rows` and re-creates the views over them. */
export async function putFixes(run: Run, rows: FixRow[], alias = 'ds'): Promise<void> {
	await run('BEGIN TRANSACTION');
	try {
		await run(`DELETE FROM ${FIXES_TABLE}`);
		for (const s of insertFixesSql(FIXES_TABLE, rows)) await run(s);
		await refreshUserViews(run, alias);
		await run('COMMIT');
	} catch (e) {
		await run('ROLLBACK').catch(() => undefined);
		throw new Error(`更正未能应用 / corrections could not be applied: ${(e as Error).message}`, { cause: e });
	}
}
