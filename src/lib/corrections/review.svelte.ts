/**
 * The reviewer's corrections in the running app: kept in this browser (userdata/corrections-store.ts), put into
 * the browser database at once when it is open (every view and the SQL console read them, overlay.ts), exported
 * as corrections.csv and imported again. Browser only.
 */
import { applyCorrections, correctionsCsv, parseCorrections, valueText, type Correction, type CorrectionProblem } from './corrections';
import { mergeImported, nulProblem, upsertCorrection } from './input';
import { putFixes } from './browser';
import {
	clearCorrections,
	readCorrections,
	rememberReviewer,
	rememberedReviewer,
	storable,
	writeCorrections,
	type StoredCorrection
} from '../userdata/corrections-store';
import { userConnector, userData } from '../userdata/runtime.svelte';
import { str } from '../queries/sql';
import { setDetailOnly } from '../state/plan';
import type { IndicatorRow, ReportRow } from '../ingest/types';
import type { Run } from '../db/setup';

/** What an import did: how many corrections it added, how many were already kept, and each refused row. */
export interface ImportResult {
	added: number;
	same: number;
	problems: CorrectionProblem[];
}

class Review {
	/** Every correction kept in this browser. */
	list: StoredCorrection[] = $state.raw([]);
	loaded = $state(false);
	/** The reviewer's name, remembered across visits. */
	reviewer = $state('');
	error: string | null = $state(null);
	#loading: Promise<void> | null = null;

	/** Reads the kept corrections and the reviewer's name (once). */
	load(): Promise<void> {
		return (this.#loading ??= (async () => {
			this.reviewer = rememberedReviewer();
			try {
				this.list = await readCorrections();
			} catch (e) {
				this.error = e instanceof Error ? e.message : String(e);
			}
			this.loaded = true;
		})());
	}

	/** This report's kept corrections. */
	forReport(id: string): StoredCorrection[] {
		return this.list.filter((c) => c.report_id === id);
	}

	/** Keeps `c` (replacing a correction of the same field, whose old value stays) and applies it everywhere. */
	async save(c: Correction): Promise<void> {
		await this.load();
		rememberReviewer(c.reviewer);
		this.reviewer = c.reviewer;
		const next = upsertCorrection(this.list, storable(c));
		const kept = next.find((x) => x.report_id === c.report_id && x.field === c.field)!;
		await writeCorrections([kept]);
		this.list = next;
		await this.#apply();
	}

	/** Drops one kept correction (the figure goes back to what the data says). */
	async remove(report_id: string, field: string): Promise<void> {
		await this.load();
		await writeCorrections([], [{ report_id, field }]);
		this.list = this.list.filter((c) => !(c.report_id === report_id && c.field === field));
		await this.#apply();
	}

	/** Drops every kept correction. */
	async clear(): Promise<void> {
		await clearCorrections();
		this.list = [];
		await this.#apply();
	}

	/** corrections.csv of every kept correction (the file the CLI takes with --corrections). */
	csv(): string {
		return correctionsCsv([...this.list].sort((a, b) => `${a.report_id}|${a.field}`.localeCompare(`${b.report_id}|${b.field}`)));
	}

	/**
	 * Imports corrections.csv: each row is checked by the file's rules (parseCorrections), against the kept
	 * corrections (one already kept for the field stays, mergeImported) and against the data as it is now
	 * (the report exists and still holds the old value, applyCorrections); the good rows are kept and applied,
	 * each bad one is named with its line. Nothing kept before is lost.
	 */
	async importText(text: string): Promise<ImportResult> {
		await this.load();
		const parsed = parseCorrections(text);
		const nul = parsed.rows.map(nulProblem).filter((p): p is CorrectionProblem => p !== null);
		const clean = parsed.rows.filter((r) => !nulProblem(r));
		const { add, same, problems } = mergeImported(this.list as Correction[], clean);
		const refused: CorrectionProblem[] = [];
		let good: Correction[] = [];
		if (add.length) {
			const run = await this.#run();
			const ids = [...new Set(add.map((r) => r.report_id))];
			const inList = ids.map(str).join(', ');
			const reports = (await run(`SELECT * FROM main.reports WHERE report_id IN (${inList})`)) as unknown as ReportRow[];
			const indicators = (await run(`SELECT * FROM main.indicators WHERE report_id IN (${inList})`)) as unknown as IndicatorRow[];
			const checked = applyCorrections(add, reports, indicators);
			refused.push(...checked.refused);
			const bad = new Set(checked.refused.map((p) => p.line));
			good = add.filter((r) => !bad.has(r.line ?? null));
		}
		if (good.length) {
			await writeCorrections(good.map(storable));
			this.list = [...this.list, ...good.map(storable)];
			await this.#apply();
		}
		const all = [...parsed.problems, ...nul, ...problems, ...refused].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		return { added: good.length, same, problems: all };
	}

	/** The browser database (opened if needed) as a Run. */
	async #run(): Promise<Run> {
		userData.start();
		const c = await userConnector();
		return (sql) => c.query(sql);
	}

	/** Puts the kept corrections into the browser database if it is open (or opening); pages re-query. */
	async #apply(): Promise<void> {
		this.error = null;
		if (userData.status === 'idle') return; // the next start reads them from this browser (restore.ts)
		try {
			const run = await this.#run();
			await putFixes(run, this.list);
			setDetailOnly('corrections', this.list.length > 0);
			userData.version++;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}

/** The page-wide review state. */
export const review = new Review();

/** Whether a correction leaves the value as it was (a confirmation). */
export function isConfirmation(c: { old_value: string | null; new_value: string | null }): boolean {
	return (c.old_value ?? '') === (c.new_value ?? '');
}

export { valueText };

export { reportHref } from './links.svelte';
