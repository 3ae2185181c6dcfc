/** Where in the editor a DuckDB error points: from its "LINE n: …" excerpt and caret, or "at end of input". */

/** A position in the whole editor text: 0-based offsets, 1-based line and column. */
export interface ErrorPosition {
	from: number;
	to: number;
	line: number;
	column: number;
}

/** Display width DuckDB uses when drawing the caret: East Asian wide and full-width characters count two. */
export function renderWidth(ch: string): number {
	const c = ch.codePointAt(0) ?? 0;
	const wide =
		(c >= 0x1100 && c <= 0x115f) ||
		(c >= 0x2e80 && c <= 0xa4cf) ||
		(c >= 0xac00 && c <= 0xd7a3) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xff60) ||
		(c >= 0xffe0 && c <= 0xffe6) ||
		(c >= 0x20000 && c <= 0x3fffd);
	return wide ? 2 : 1;
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Index in `rendered` of the character the caret (at display `width`) stands under. */
function indexAtWidth(rendered: string, width: number): number {
	let w = 0;
	let i = 0;
	for (const ch of rendered) {
		if (w >= width) return i;
		w += renderWidth(ch);
		i += ch.length;
	}
	return i;
}

/**
 * A DuckDB error as text plus the character position it carries, if any. DuckDB-WASM reports some errors
 * as JSON ({"exception_type":"Parser","exception_message":"…","position":"27"}); native ones are plain text.
 */
export function parseDuckError(message: string): { text: string; position: number | null } {
	const start = message.indexOf('{"exception_type"');
	if (start >= 0) {
		try {
			const j = JSON.parse(message.slice(start)) as Record<string, string>;
			const pos = j.position != null && /^\d+$/.test(String(j.position)) ? Number(j.position) : null;
			return { text: `${j.exception_type} Error: ${j.exception_message}`, position: pos };
		} catch {
			/* not JSON after all */
		}
	}
	return { text: message, position: null };
}

/** Offset (into `stmt`) that a DuckDB error message points at, or null when it names no position. */
export function errorOffset(raw: string, stmt: string): number | null {
	const { text: message, position } = parseDuckError(raw);
	const m = /\nLINE (\d+): ([^\n]*)\n( *)\^/.exec(message);
	if (m) {
		const lineNo = Number(m[1]);
		const rendered = m[2];
		const caret = m[3].length - `LINE ${m[1]}: `.length;
		const lines = stmt.split('\n');
		if (lineNo < 1 || lineNo > lines.length) return null;
		const lineStart = lines.slice(0, lineNo - 1).reduce((n, l) => n + l.length + 1, 0);
		const line = lines[lineNo - 1];
		const k = indexAtWidth(rendered, caret);
		// Long lines are shown as a window with "..." on either side; find the window in the real line.
		const lead = rendered.startsWith('...') ? 3 : 0;
		const body = rendered.slice(lead, rendered.endsWith('...') && rendered.length > lead + 3 ? -3 : undefined);
		const at = body ? line.indexOf(body) : -1;
		const col = at >= 0 ? at + Math.max(0, k - lead) : Math.min(k, line.length);
		return lineStart + Math.min(col, line.length);
	}
	if (/at end of input/.test(message)) return stmt.trimEnd().length;
	if (position != null) return Math.min(position, stmt.length);
	const pos = /(?:at|near) (?:character|position) (\d+)/i.exec(message);
	if (pos) return Math.min(Number(pos[1]), stmt.length);
	return null;
}

/** The error's position in the whole editor `doc`, given the statement run and where it starts; null if unknown. */
export function errorPosition(message: string, doc: string, stmtFrom: number, stmt: string): ErrorPosition | null {
	const off = errorOffset(message, stmt);
	if (off == null) return null;
	const from = stmtFrom + off;
	// Mark the word at the position (or one character) so the underline is visible.
	const word = /^[\p{L}\p{N}_"'.$]+/u.exec(doc.slice(from));
	const to = Math.min(doc.length, from + (word ? word[0].length : 1));
	return { from, to: Math.max(to, from), ...lineColumn(doc, from) };
}

/** The message without DuckDB's excerpt and caret lines (the editor marks the place instead). */
export function errorSummary(message: string): string {
	return parseDuckError(message)
		.text.replace(/\n+LINE \d+: [^\n]*\n *\^\s*$/, '')
		.trim();
}
