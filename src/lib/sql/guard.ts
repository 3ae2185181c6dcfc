/**
 * The console's statement guard: refuses, before anything runs, statements that would reach outside the
 * browser's own tables (files, URLs, extensions, other databases), loosen the configuration, or alter the
 * shipped tables. Works on tokens, so comments, string literals and letter case cannot hide or fake a keyword.
 * The engine also runs with enable_external_access=false and a locked configuration; this is the clear message.
 */
import { DATASET_TABLES } from '../db/connector';
import { splitStatements, type Statement, type Token } from './lexer';

/** Why a statement is refused (one i18n message per code). */
export type RefusalCode =
	'attach' | 'extension' | 'copy' | 'export' | 'import' | 'config' | 'pragma' | 'secret' | 'fileFunction' | 'fileTable' | 'shipped' | 'shadow';

/** A refused statement: the reason, the offending word or name, and where it is in the script. */
export interface Refusal {
	code: RefusalCode;
	detail: string;
	from: number;
	to: number;
}

/**
 * Settings a console user may change, for this session only: exactly those the locked engine still accepts
 * (lock_configuration = true refuses every other one, threads and memory_limit included; lockdown.spec.ts
 * checks every setting DuckDB-WASM has against this list).
 */
export const SAFE_SETTINGS: ReadonlySet<string> = new Set(['schema', 'search_path']);

/** PRAGMAs that only report on the database. */
const SAFE_PRAGMAS = new Set([
	'table_info',
	'show',
	'show_tables',
	'show_tables_expanded',
	'show_databases',
	'database_list',
	'database_size',
	'version',
	'platform',
	'storage_info',
	'functions',
	'collations',
	'metadata_info',
	'user_agent'
]);

/** Table functions and scalar functions that read files or URLs, or run SQL held in a string (which would slip past this guard). */
const FILE_FUNCTIONS = new Set([
	'parquet_scan',
	'parquet_metadata',
	'parquet_schema',
	'parquet_file_metadata',
	'parquet_kv_metadata',
	'parquet_bloom_probe',
	'sniff_csv',
	'glob',
	'st_read',
	'st_read_meta',
	'iceberg_scan',
	'iceberg_metadata',
	'iceberg_snapshots',
	'delta_scan',
	'sqlite_scan',
	'sqlite_attach',
	'postgres_scan',
	'postgres_attach',
	'postgres_query',
	'postgres_execute',
	'mysql_scan',
	'mysql_query',
	'mysql_execute',
	'scan_arrow_ipc',
	'query',
	'query_table',
	'json_execute_serialized_sql',
	'load_aws_credentials',
	'csv_scan',
	'excel_scan'
]);

const SHIPPED = new Set<string>(DATASET_TABLES);

/** Words that end a FROM clause at the same bracket depth. */
const CLAUSE_END = new Set([
	'where',
	'group',
	'having',
	'order',
	'limit',
	'offset',
	'qualify',
	'window',
	'union',
	'except',
	'intersect',
	'select',
	'returning',
	'set',
	'values'
]);

/** Keywords after which a string or quoted name is a table reference, so a file path or URL read by a replacement scan. */
const TABLE_POSITION = new Set(['from', 'join', 'describe', 'summarize', 'pivot', 'unpivot', 'show']);

const refuse = (code: RefusalCode, t: Token, detail = t.value): Refusal => ({ code, detail, from: t.from, to: t.to });
const isWord = (t: Token | undefined, ...w: string[]) => !!t && t.kind === 'word' && w.includes(t.value);
const isPunct = (t: Token | undefined, p: string) => !!t && t.kind === 'punct' && t.value === p;
const nameOf = (t: Token | undefined) => (t && (t.kind === 'word' || t.kind === 'quoted') ? t.value.toLowerCase() : '');
const looksLikePath = (s: string) => /[./\\:]/.test(s);

/** The (last part of the) object name starting at tokens[i]: `reports`, `main.reports`, `"x"."reports"`; and the index after it. */
function objectName(tokens: Token[], i: number): { name: string; at: Token | undefined; next: number } {
	let at = tokens[i];
	let name = nameOf(at);
	let j = i + 1;
	while (isPunct(tokens[j], '.') && tokens[j + 1]) {
		at = tokens[j + 1];
		name = nameOf(at);
		j += 2;
	}
	return { name, at, next: j };
}

/** Refuses a statement that names a shipped table as the object it changes (temp.… is never a shipped table). */
function shippedTarget(tokens: Token[], i: number): Refusal | null {
	const { name, at } = objectName(tokens, i);
	if (at !== tokens[i] && nameOf(tokens[i]) === 'temp') return null;
	return at && SHIPPED.has(name) ? refuse('shipped', at, name) : null;
}

/**
 * Refuses a temporary object named like a shipped table: the temp schema is searched first, so every later
 * query naming the table would read the user's object instead, with nothing to show it.
 */
function shadowTarget(tokens: Token[], i: number, temp: boolean): Refusal | null {
	const first = nameOf(tokens[i]);
	const { name, at } = objectName(tokens, i);
	const qualified = at !== tokens[i];
	return at && SHIPPED.has(name) && (temp || (qualified && first === 'temp')) ? refuse('shadow', at, name) : null;
}

/** Rules on the statement's leading keyword(s); `tokens` starts at the statement's verb. */
function checkVerb(tokens: Token[]): Refusal | null {
	const [t0, t1] = tokens;
	if (!t0 || t0.kind !== 'word') return null;
	switch (t0.value) {
		case 'explain':
			// EXPLAIN ANALYZE executes the statement.
			return checkVerb(tokens.slice(isWord(t1, 'analyze', 'analyse') ? 2 : 1));
		case 'prepare': {
			const as = tokens.findIndex((t) => isWord(t, 'as'));
			return as < 0 ? null : checkVerb(tokens.slice(as + 1));
		}
		case 'attach':
		case 'detach':
			return refuse('attach', t0);
		case 'install':
		case 'load':
			return refuse('extension', t0);
		case 'force':
			return isWord(t1, 'install') ? refuse('extension', t1) : null;
		case 'update':
			return isWord(t1, 'extensions') ? refuse('extension', t1) : shippedTarget(tokens, 1);
		case 'copy':
			return refuse('copy', t0);
		case 'export':
			return refuse('export', t0);
		case 'import':
			return refuse('import', t0);
		case 'set':
		case 'reset': {
			let j = 1;
			while (isWord(tokens[j], 'global', 'session', 'local')) j++;
			const name = tokens[j];
			if (isWord(name, 'variable')) return null;
			// The two settings the locked engine accepts are per session: DuckDB refuses them globally.
			const global = tokens.slice(1, j).some((t) => isWord(t, 'global'));
			return name && !global && SAFE_SETTINGS.has(nameOf(name)) ? null : refuse('config', name ?? t0, nameOf(name) || t0.value);
		}
		case 'pragma':
			return t1 && SAFE_PRAGMAS.has(nameOf(t1)) ? null : refuse('pragma', t1 ?? t0, nameOf(t1) || t0.value);
		case 'create': {
			let j = 1;
			let replace = false;
			if (isWord(tokens[j], 'or') && isWord(tokens[j + 1], 'replace')) {
				replace = true;
				j += 2;
			}
			let temp = false;
			while (isWord(tokens[j], 'persistent', 'temporary', 'temp', 'materialized', 'unique')) temp = isWord(tokens[j++], 'temporary', 'temp') || temp;
			if (isWord(tokens[j], 'secret')) return refuse('secret', tokens[j]);
			if (!isWord(tokens[j], 'table', 'view', 'macro', 'function', 'sequence', 'type')) return null;
			let k = j + 1;
			if (isWord(tokens[k], 'if') && isWord(tokens[k + 1], 'not') && isWord(tokens[k + 2], 'exists')) k += 3;
			// Only tables and views are read by name in FROM; a temp macro or sequence named reports hides nothing.
			const shadow = isWord(tokens[j], 'table', 'view') ? shadowTarget(tokens, k, temp) : null;
			if (shadow) return shadow;
			return replace ? shippedTarget(tokens, k) : null;
		}
		case 'drop': {
			if (isWord(t1, 'schema', 'database')) return refuse('shipped', t1, `${t1!.value} ${nameOf(tokens[2])}`.trim());
			let j = 2;
			if (isWord(tokens[j], 'if') && isWord(tokens[j + 1], 'exists')) j += 2;
			for (;;) {
				const r = shippedTarget(tokens, j);
				if (r) return r;
				const { next } = objectName(tokens, j);
				if (!isPunct(tokens[next], ',')) return null;
				j = next + 1;
			}
		}
		case 'alter': {
			if (!isWord(t1, 'table', 'view')) return null;
			const target = isWord(tokens[2], 'if') ? 4 : 2;
			const r = shippedTarget(tokens, target);
			if (r) return r;
			// ALTER … RENAME TO reports: where it succeeds (a temp object, another schema) it hides the shipped table
			// like CREATE TEMP would; in main it fails anyway (the shipped view holds the name).
			const to = tokens.findIndex((t, i) => isWord(t, 'to') && isWord(tokens[i - 1], 'rename'));
			const renamed = to > 0 ? objectName(tokens, to + 1) : null;
			return renamed?.at && SHIPPED.has(renamed.name) ? refuse('shadow', renamed.at, renamed.name) : null;
		}
		case 'truncate':
			return shippedTarget(tokens, isWord(t1, 'table') ? 2 : 1);
		case 'insert': {
			const into = tokens.findIndex((t) => isWord(t, 'into'));
			return into < 0 ? null : shippedTarget(tokens, into + 1);
		}
		case 'delete':
			return isWord(t1, 'from') ? shippedTarget(tokens, 2) : null;
		case 'comment':
			return isWord(tokens[2], 'table', 'view', 'column') ? shippedTarget(tokens, 3) : null;
		default:
			return null;
	}
}

/** Rules anywhere in the statement: file-reading functions and file paths or URLs in table position. */
function checkBody(tokens: Token[]): Refusal | null {
	const inFrom: boolean[] = [false];
	let depth = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const next = tokens[i + 1];
		if (isPunct(t, '(')) {
			depth++;
			inFrom[depth] = false;
			continue;
		}
		if (isPunct(t, ')')) {
			depth = Math.max(0, depth - 1);
			continue;
		}
		if ((t.kind === 'word' || t.kind === 'quoted') && isPunct(next, '(')) {
			const fn = t.value.toLowerCase();
			if (fn.startsWith('read_') || FILE_FUNCTIONS.has(fn)) return refuse('fileFunction', t, fn);
		}
		if (t.kind === 'word') {
			if (t.value === 'from') inFrom[depth] = true;
			else if (CLAUSE_END.has(t.value)) inFrom[depth] = false;
		}
		const tablePosition = (t.kind === 'word' && TABLE_POSITION.has(t.value)) || (isPunct(t, ',') && inFrom[depth]);
		if (tablePosition && next && (next.kind === 'string' || (next.kind === 'quoted' && looksLikePath(next.value)))) {
			return refuse('fileTable', next, next.value);
		}
	}
	return null;
}

/** The first reason to refuse `stmt`, or null when it may run. */
export function checkStatement(stmt: Pick<Statement, 'tokens'>): Refusal | null {
	return checkVerb(stmt.tokens) ?? checkBody(stmt.tokens);
}

/** The first refusal in a script of one or more statements (positions are offsets into `sql`), or null. */
export function checkSql(sql: string): Refusal | null {
	for (const s of splitStatements(sql)) {
		const r = checkStatement(s);
		if (r) return r;
	}
	return null;
}
