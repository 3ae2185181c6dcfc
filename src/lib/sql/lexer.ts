/** A small SQL lexer (DuckDB/PostgreSQL rules) that knows comments and quoting, for the guard and statement splitting. */

/** One token; `text` is the raw source slice, `value` the unquoted/lower-cased meaning. */
export interface Token {
	kind: 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'param';
	/** Lower-cased for words; content without quotes for quoted identifiers and strings. */
	value: string;
	from: number;
	to: number;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

/** Index just past a block comment starting at `i` (`/*`); DuckDB, like PostgreSQL, nests them. */
function skipBlockComment(sql: string, i: number): number {
	let depth = 0;
	while (i < sql.length) {
		if (sql.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (sql.startsWith('*/', i)) {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else i++;
	}
	return sql.length;
}

/** Reads a quoted run starting at `i` (the opening quote); doubled quotes escape, `backslash` for E'' strings. */
function readQuoted(sql: string, i: number, q: string, backslash: boolean): { value: string; end: number } {
	let value = '';
	let j = i + 1;
	while (j < sql.length) {
		const c = sql[j];
		if (backslash && c === '\\' && j + 1 < sql.length) {
			value += sql[j + 1];
			j += 2;
		} else if (c === q) {
			if (sql[j + 1] === q) {
				value += q;
				j += 2;
			} else return { value, end: j + 1 };
		} else {
			value += c;
			j++;
		}
	}
	return { value, end: sql.length };
}

/** Tokens of `sql`, comments and whitespace dropped. Unterminated quotes and comments run to the end. */
export function tokenize(sql: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		if (/\s/.test(c)) {
			i++;
		} else if (sql.startsWith('--', i)) {
			const nl = sql.indexOf('\n', i);
			i = nl < 0 ? sql.length : nl + 1;
		} else if (sql.startsWith('/*', i)) {
			i = skipBlockComment(sql, i);
		} else if (c === "'") {
			const { value, end } = readQuoted(sql, i, "'", false);
			out.push({ kind: 'string', value, from: i, to: end });
			i = end;
		} else if ((c === 'e' || c === 'E') && sql[i + 1] === "'") {
			const { value, end } = readQuoted(sql, i + 1, "'", true);
			out.push({ kind: 'string', value, from: i, to: end });
			i = end;
		} else if (c === '"') {
			const { value, end } = readQuoted(sql, i, '"', false);
			out.push({ kind: 'quoted', value, from: i, to: end });
			i = end;
		} else if (c === '$') {
			const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
			if (m) {
				const close = sql.indexOf(m[0], i + m[0].length);
				const end = close < 0 ? sql.length : close + m[0].length;
				out.push({ kind: 'string', value: sql.slice(i + m[0].length, close < 0 ? sql.length : close), from: i, to: end });
				i = end;
			} else {
				let j = i + 1;
				while (j < sql.length && /[A-Za-z0-9_]/.test(sql[j])) j++;
				out.push({ kind: 'param', value: sql.slice(i, j), from: i, to: j });
				i = j;
			}
		} else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
			let j = i + 1;
			while (j < sql.length && /[0-9._eE]/.test(sql[j])) j++;
			out.push({ kind: 'number', value: sql.slice(i, j), from: i, to: j });
			i = j;
		} else if (WORD_START.test(c)) {
			let j = i + 1;
			while (j < sql.length && WORD_PART.test(sql[j])) j++;
			out.push({ kind: 'word', value: sql.slice(i, j).toLowerCase(), from: i, to: j });
			i = j;
		} else {
			out.push({ kind: 'punct', value: c, from: i, to: i + 1 });
			i++;
		}
	}
	return out;
}

/** One statement of a script: its source range (without the terminating `;`) and its tokens. */
export interface Statement {
	from: number;
	to: number;
	text: string;
	tokens: Token[];
}

/** Splits a script at top-level semicolons (not inside strings, quoted names or comments); empty statements dropped. */
export function splitStatements(sql: string): Statement[] {
	const tokens = tokenize(sql);
	const out: Statement[] = [];
	let current: Token[] = [];
	const flush = () => {
		if (current.length) {
			const from = current[0].from;
			const to = current[current.length - 1].to;
			out.push({ from, to, text: sql.slice(from, to), tokens: current });
		}
		current = [];
	};
	for (const t of tokens) {
		if (t.kind === 'punct' && t.value === ';') flush();
		else current.push(t);
	}
	flush();
	return out;
}

/**
 * The statement the cursor at `pos` belongs to: the one whose range (extended to its `;`) holds it, else
 * the nearest one before the cursor, else the first one; null for a script with no statement.
 */
export function statementAt(sql: string, pos: number): Statement | null {
	const all = splitStatements(sql);
	if (!all.length) return null;
	let best: Statement | null = null;
	for (const s of all) {
		if (s.from <= pos) best = s;
		if (pos >= s.from && pos <= s.to) return s;
	}
	return best ?? all[0];
}
