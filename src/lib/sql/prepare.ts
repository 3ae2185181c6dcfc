/**
 * What the console's database holds before the user types anything, in order: the shipped dataset attached
 * read-only (a split dataset's detail file too), the user's own data from /data (schema `mine` and the
 * main.* union views with `user_data`), then external access disabled and the configuration locked.
 * Free of Vite assets so tests run the very same recipe on DuckDB-WASM's Node build.
 */
import { attachDataset, type DetailResolver, type Run } from '../db/setup';
import type { QueryPlan } from '../sqltext/plan';
import type { SavedBatch } from '../userdata/persist';
import { restoreUserData } from '../userdata/restore';

/** Statements that close the console's instance to the outside once the dataset is attached. */
export const LOCKDOWN = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/** How the console's database was set up. */
export interface Prepared {
	/** Every LOCKDOWN statement succeeded. */
	locked: boolean;
	/** Saved upload batches replayed into schema `mine`. */
	batches: number;
	/** The console engine's own query plan (the dashboard's is its connector's; neither touches the other). */
	plan: QueryPlan;
}

/** Attaches `file`, restores the user's `saved` batches, locks; a failed lockdown statement is reported, not fatal. */
export async function prepareConsole(run: Run, file: string, saved: SavedBatch[], detail?: DetailResolver): Promise<Prepared> {
	const plan = await attachDataset(run, file, 'ds', detail);
	await restoreUserData(run, saved);
	let locked = true;
	for (const s of LOCKDOWN) {
		try {
			await run(s);
		} catch (e) {
			locked = false;
			console.warn('console lockdown', s, e);
		}
	}
	return { locked, batches: saved.length, plan };
}
