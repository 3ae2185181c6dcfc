/**
 * The console's statement guard: refuses, before anything runs, statements that would reach outside the
 * browser's own tables (files, URLs, extensions, other databases), loosen the configuration, or alter the
 * shipped tables. Works on tokens, so comments, string literals and letter case cannot hide or fake a keyword.
 * The engine also runs with enable_external_access=false and a locked configuration; this is the clear message.
 */
import { DATASET_TABLES } from '../db/connector';
import { splitStatements, type Statement, type Token } from './lexer';

/** Why a statement is refused (one i18n message per code). */
export type RefusalCode = 'attach' | 'extension' | 'copy' | 'export' | 'import' | 'config' | 'pragma' | 'secret' | 'fileFunction' | 'fileTable' | 'shipped';

/** A refused statement: the reason, the offending word or name, and where it is in the script. */
export interface Refusal {
	code: RefusalCode;
	detail: string;
	from: number;
	to: number;
}

/** Settings a console user may change: none of them touches files, the network or extensions. */
const SAFE_SETTINGS = new Set([
	'threads', 'worker_threads', 'memory_limit', 'max_memory', 'default_order', 'default_null_order', 'timezone', 'calendar',
	'preserve_insertion_order', 'search_path', 'schema', 'max_expression_depth', 'integer_division', 'default_collation',
	'order_by_non_integer_literal', 'pivot_limit', 'enable_progress_bar', 'enable_progress_bar_print', 'ordered_aggregate_threshold'
]);

/** PRAGMAs that only report on the database. */
const SAFE_PRAGMAS = new Set([
	'table_info', 'show', 'show_tables', 'show_tables_expanded', 'show_databases', 'database_list', 'database_size', 'version',
	'platform', 'storage_info', 'functions', 'collations', 'metadata_info', 'user_agent'
]);

/** Table functions and scalar functions that read files or URLs, or run SQL held in a string (which would slip past this guard). */
const FILE_FUNCTIONS = new Set([
	'parquet_scan', 'parquet_metadata', 'parquet_schema', 'parquet_file_metadata', 'parquet_kv_metadata', 'parquet_bloom_probe',
	'sniff_csv', 'glob', 'st_read', 'st_read_meta', 'iceberg_scan', 'iceberg_metadata', 'iceberg_snapshots', 'delta_scan',
	'sqlite_scan', 'sqlite_attach', 'postgres_scan', 'postgres_attach', 'postgres_query', 'postgres_execute', 'mysql_scan',
	'mysql_query', 'mysql_execute', 'scan_arrow_ipc', 'query', 'query_table', 'json_execute_serialized_sql', 'load_aws_credentials',
	'csv_scan', 'excel_scan'
]);

const SHIPPED = new Set<string>(DATASET_TABLES);

/** Words that end a FROM clause at the same bracket depth. */
const CLAUSE_END = new Set(['where', 'group', 'having', 'order', 'limit', 'offset', 'qualify', 'window', 'union', 'except', 'intersect', 'select', 'returning', 'set', 'values']);

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

/** Refuses a statement that names a shipped table as the object it changes. */
function shippedTarget(tokens: Token[], i: number): Refusal | null {
	const { name, at } = objectName(tokens, i);
	return at && SHIPPED.has(name) ? refuse('shipped', at, name) : null;
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
			return name && SAFE_SETTINGS.has(nameOf(name)) ? null : refuse('config', name ?? t0, nameOf(name) || t0.value);
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
			while (isWord(tokens[j], 'persistent', 'temporary', 'temp', 'materialized', 'unique')) j++;
			if (isWord(tokens[j], 'secret')) return refuse('secret', tokens[j]);
			if (replace && isWord(tokens[j], 'table', 'view', 'macro', 'function', 'sequence', 'type')) return shippedTarget(tokens, j + 1);
			return null;
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
		case 'alter':
			return isWord(t1, 'table', 'view') ? shippedTarget(tokens, isWord(tokens[2], 'if') ? 4 : 2) : null;
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
