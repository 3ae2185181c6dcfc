/**
 * The SQL console's logic, apart from its page: the state machine (loading → ready → running → done | error |
 * refused | cancelled), the run loop over the statements of a selection, error positions, history, sharing and
 * export. The page binds the editor and renders; vitest drives the same class on DuckDB-WASM's Node build
 * (session.spec.ts). Browser storage and the engine are passed in.
 */
import type { RunResult } from './engine';
import { splitStatements } from './lexer';
import { checkStatement, type Refusal } from './guard';
import { errorPosition, errorSummary, lineColumn } from './errorpos';
import { isTooLarge } from './toolarge';
import { addHistory, loadHistory, saveHistory, type HistoryEntry, type KeyValueStore } from './history';
import { shareHref } from './share';
import { exportFileName, resultCsv, resultParquet, resultXlsx, type ParquetWriter } from './export';
import { userTables, type PanelTable } from './schema';

/** Where the console stands. */
export type Status =
	| { kind: 'loading' }
	| { kind: 'failed'; message: string }
	| { kind: 'ready' }
	| { kind: 'running'; i: number; n: number }
	| { kind: 'done' }
	| { kind: 'cancelled'; hard: boolean }
	| { kind: 'error'; message: string; line: number | null; column: number | null; tooLarge: boolean }
	| { kind: 'refused'; refusal: Refusal; line: number; column: number }
	| { kind: 'nothing' }
	| { kind: 'reset' };

/** What the session needs of an engine (ConsoleEngine). */
export interface SessionEngine {
	readonly locked: boolean;
	readonly version: string;
	readonly dead: boolean;
	run(sql: string): Promise<RunResult>;
	cancel(): void;
	terminate(): void;
	userColumns(): Promise<Parameters<typeof userTables>[0]>;
}

/** The part of a run the editor shows: the text and where it starts in the document. */
export interface RunTarget {
	text: string;
	from: number;
}

/** Error marks in the editor (none in tests). */
export interface Marks {
	markError(from: number, to: number, message: string): void;
	clearError(): void;
}

const NO_MARKS: Marks = { markError() {}, clearError() {} };

export class ConsoleSession {
	status: Status = $state({ kind: 'loading' });
	/** The last successful result; cleared by an error or a refusal, so nothing below an error belongs to another query. */
	result: RunResult | null = $state.raw(null);
	engine: SessionEngine | null = $state.raw(null);
	history: HistoryEntry[] = $state([]);
	/** Tables the user made in the console, for the schema panel. */
	mine: PanelTable[] = $state.raw([]);
	/** Milliseconds the running statement has taken (ticks every 100 ms). */
	elapsed = $state(0);

	readonly #open: () => Promise<SessionEngine>;
	readonly #storage: KeyValueStore | null;
	readonly #refusalText: (r: Refusal) => string;

	/** `open` starts an engine; `storage` keeps the history (localStorage); `refusalText` words a refusal for the editor mark. */
	constructor(opts: { open: () => Promise<SessionEngine>; storage?: KeyValueStore | null; refusalText?: (r: Refusal) => string }) {
		this.#open = opts.open;
		this.#storage = opts.storage ?? null;
		this.#refusalText = opts.refusalText ?? ((r) => r.code);
		if (this.#storage) this.history = loadHistory(this.#storage);
	}

	get running(): boolean {
		return this.status.kind === 'running';
	}

	/** Opens (or reopens) the engine; a failure is a status, not a throw. */
	async open(): Promise<void> {
		this.status = { kind: 'loading' };
		try {
			this.engine = await this.#open();
			this.status = { kind: 'ready' };
			await this.refreshUserTables();
		} catch (e) {
			this.status = { kind: 'failed', message: (e as Error).message };
		}
	}

	async refreshUserTables(): Promise<void> {
		const e = this.engine;
		if (!e || e.dead) return;
		try {
			this.mine = userTables(await e.userColumns());
		} catch {
			/* the panel keeps its last state */
		}
	}

	#remember(sql: string, ok: boolean, rows: number | null): void {
		this.history = addHistory(this.history, { sql, at: Date.now(), ok, rows });
		if (this.#storage) saveHistory(this.#storage, this.history);
	}

	clearHistory(): void {
		this.history = [];
		if (this.#storage) saveHistory(this.#storage, []);
	}

	/**
	 * Runs the statements of `target` (a selection or the statement at the cursor) of document `full`, one after
	 * another; the first refusal or error stops the run, is marked in the editor and clears the previous result.
	 */
	async run(target: RunTarget | null, full: string, marks: Marks = NO_MARKS): Promise<void> {
		const engine = this.engine;
		if (!engine || this.running) return;
		marks.clearError();
		const stmts = target ? splitStatements(target.text).map((s) => ({ ...s, from: s.from + target.from })) : [];
		if (!target || !stmts.length) {
			this.status = { kind: 'nothing' };
			return;
		}
		for (const s of stmts) {
			const r = checkStatement(s);
			if (r) {
				const from = r.from + target.from;
				marks.markError(from, r.to + target.from, this.#refusalText(r));
				this.result = null;
				this.status = { kind: 'refused', refusal: r, ...lineColumn(full, from) };
				this.#remember(target.text, false, null);
				return;
			}
		}
		const started = performance.now();
		this.elapsed = 0;
		const timer = setInterval(() => (this.elapsed = performance.now() - started), 100);
		let last: RunResult | null = null;
		let ok = true;
		try {
			for (let i = 0; i < stmts.length; i++) {
				this.status = { kind: 'running', i: i + 1, n: stmts.length };
				const s = stmts[i];
				try {
					last = await engine.run(s.text);
				} catch (e) {
					ok = false;
					const err = e as Error;
					if (err.name === 'CancelledError') {
						const hard = engine.dead;
						this.status = { kind: 'cancelled', hard };
						if (hard) await this.open().then(() => (this.status = { kind: 'cancelled', hard: true }));
					} else {
						const message = errorSummary(err.message);
						// Out of memory is no mistake in the SQL: the engine's own words (and its advice to raise
						// memory_limit, which the locked console refuses) give way to a message that suggests LIMIT.
						const tooLarge = isTooLarge(err.message);
						const pos = tooLarge ? null : errorPosition(err.message, full, s.from, s.text);
						if (pos) marks.markError(pos.from, pos.to, message);
						this.result = null;
						this.status = {
							kind: 'error',
							message: tooLarge ? message.split('\n')[0] : message,
							line: pos?.line ?? null,
							column: pos?.column ?? null,
							tooLarge
						};
					}
					break;
				}
			}
		} finally {
			clearInterval(timer);
		}
		if (ok && last) {
			this.result = last;
			this.status = { kind: 'done' };
		}
		this.#remember(target.text, ok, ok && last ? last.total : null);
		await this.refreshUserTables();
	}

	/** Asks the engine to stop the running statement. */
	cancel(): void {
		this.engine?.cancel();
	}

	/** Discards everything the user made: a fresh engine over the same data. */
	async reset(): Promise<void> {
		if (this.running) return;
		this.engine?.terminate();
		this.engine = null;
		this.result = null;
		this.mine = [];
		await this.open();
		if (this.status.kind === 'ready') this.status = { kind: 'reset' };
	}

	/** The shared link of `doc` (app-relative, `base` prefixed; `run`: runs on open), or null when too long for a link. */
	shareLink(base: string, doc: string, lang: 'zh' | 'en', run = false): string | null {
		return shareHref(base, doc, lang, run);
	}

	/** The current result as a file to download; null without a result. */
	async exportFile(kind: 'csv' | 'xlsx' | 'parquet', parquet?: () => Promise<ParquetWriter>): Promise<{ blob: Blob; name: string } | null> {
		const r = this.result;
		if (!r) return null;
		const names = r.columns.map((c) => c.name);
		if (kind === 'csv') return { blob: new Blob([resultCsv(names, r.rows)], { type: 'text/csv;charset=utf-8' }), name: exportFileName('csv') };
		if (kind === 'xlsx') return { blob: await resultXlsx(names, r.rows), name: exportFileName('xlsx') };
		if (!parquet) throw new Error('no Parquet writer');
		const bytes = resultParquet(r.table, await parquet());
		return { blob: new Blob([bytes as BlobPart], { type: 'application/vnd.apache.parquet' }), name: exportFileName('parquet') };
	}

	/** Stops the engine for good (the page is leaving). */
	close(): void {
		this.engine?.terminate();
	}
}
