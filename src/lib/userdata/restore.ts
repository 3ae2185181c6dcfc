/**
 * Puts the user's kept data into a freshly attached database: the union views, then every saved batch
 * replayed in the order it was loaded, each with its own mode. Shared by the dashboard's database and the
 * SQL console's, so both show exactly what the user has.
 */
import type { Run } from '../db/setup';
import type { SavedBatch } from './persist';
import { loadRows } from './load';
import { installUserViews } from './views';
import { readCorrections } from './corrections-store';
import { putFixes } from '../corrections/browser';
import type { FixRow } from '../corrections/overlay';

/** A file the user loaded, as listed on the page. */
export interface LoadedFile {
	name: string;
	table: string;
	rows: number;
	at: string;
}

/**
 * Creates schema `mine` and the main.* union views, puts in the reviewer's corrections (`fixes`; by default those
 * kept in this browser, corrections-store.ts), replays `saved` (oldest first); returns the files still in effect.
 */
export async function restoreUserData(run: Run, saved: SavedBatch[], alias = 'ds', fixes?: FixRow[]): Promise<LoadedFile[]> {
	await installUserViews(run, alias);
	const kept = fixes ?? (await readCorrections().catch(() => []));
	if (kept.length) await putFixes(run, kept, alias);
	let files: LoadedFile[] = [];
	for (const b of saved) {
		await loadRows(run, b.rows, b.mode);
		const rows = Object.values(b.rows).reduce((a, r) => a + (r?.length ?? 0), 0);
		// A replace batch supersedes the earlier files of its table, as it did when the user loaded it.
		files = [...(b.mode === 'replace' ? files.filter((f) => f.table !== b.table) : files), { name: b.file, table: b.table, rows, at: b.at }];
	}
	return files;
}
