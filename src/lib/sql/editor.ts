/** The CodeMirror 6 setup for the console (browser only): DuckDB-flavoured SQL, completion, run key, error marks. */
import { EditorState, Compartment, Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { syntaxHighlighting, HighlightStyle, bracketMatching, indentOnInput } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { autocompletion, closeCompletion, completionKeymap, closeBrackets, closeBracketsKeymap, type CompletionSource } from '@codemirror/autocomplete';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { sql, PostgreSQL, SQLDialect, keywordCompletionSource, schemaCompletionSource } from '@codemirror/lang-sql';
import { DUCKDB_FUNCTIONS } from './functions';
import type { CompletionOption } from './schema';
import { statementAt } from './lexer';

/** PostgreSQL's grammar with DuckDB's extra keywords and types. */
export const DuckDB = SQLDialect.define({
	...PostgreSQL.spec,
	keywords: `${PostgreSQL.spec.keywords ?? ''} qualify pivot unpivot summarize describe pragma attach detach install load replace exclude columns struct map list union_by_name positional asof anti semi sample using macro`,
	types: `${PostgreSQL.spec.types ?? ''} hugeint uhugeint ubigint uinteger usmallint utinyint tinyint blob struct map list`,
	builtin: DUCKDB_FUNCTIONS.map(([n]) => n).join(' ')
});

/** Token colours as CSS variables (set by the page for light and dark), so both themes keep AA contrast. */
export const consoleHighlight = HighlightStyle.define([
	{ tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: 'var(--sql-keyword)' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--sql-string)' },
	{ tag: [tags.number, tags.bool, tags.null], color: 'var(--sql-number)' },
	{ tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--sql-comment)', fontStyle: 'italic' },
	{ tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--sql-type)' },
	{ tag: tags.invalid, color: 'var(--sql-invalid)' }
]);

/** Completion of the curated DuckDB functions, with their signature as detail. */
export const functionCompletion: CompletionSource = (ctx) => {
	const word = ctx.matchBefore(/[A-Za-z_][A-Za-z0-9_]*/);
	if (!word || (word.from === word.to && !ctx.explicit)) return null;
	return { from: word.from, options: DUCKDB_FUNCTIONS.map(([label, detail]) => ({ label, type: 'function', detail, boost: -1 })), validFor: /^[A-Za-z0-9_]*$/ };
};

/** Words after which a table name comes, never a column (`FROM rep` means reports, not report_id). */
const TABLE_POSITION = /\b(?:from|join|into|update|table|describe|summarize)\s+$/i;

/**
 * Completion of every known column name without its table prefix (lang-sql completes columns only after
 * `table.`); none where only a table can stand, so the tables lang-sql suggests there come first.
 */
export function columnCompletion(getColumns: () => { label: string; type: string; detail?: string; info?: string }[]): CompletionSource {
	return (ctx) => {
		const word = ctx.matchBefore(/[A-Za-z_][A-Za-z0-9_]*/);
		if (!word || (word.from === word.to && !ctx.explicit)) return null;
		// After a dot lang-sql's own schema completion knows the table; stay out of its way.
		if (ctx.state.sliceDoc(word.from - 1, word.from) === '.') return null;
		if (TABLE_POSITION.test(ctx.state.sliceDoc(Math.max(0, word.from - 40), word.from))) return null;
		return { from: word.from, options: getColumns(), validFor: /^[A-Za-z0-9_]*$/ };
	};
}

/** The part of the document a run takes: the selection if any, else the statement at the cursor. */
export function runTarget(view: EditorView): { text: string; from: number } | null {
	const sel = view.state.selection.main;
	const doc = view.state.doc.toString();
	if (!sel.empty) return { text: doc.slice(sel.from, sel.to), from: sel.from };
	const s = statementAt(doc, sel.head);
	return s ? { text: s.text, from: s.from } : null;
}

/** Callbacks and labels the editor needs from its page. */
export interface EditorOptions {
	doc: string;
	label: string;
	placeholder: string;
	onchange: (doc: string) => void;
	onrun: () => void;
}

/** A live editor and the handles the page uses on it. */
export interface ConsoleEditor {
	view: EditorView;
	setSchema(schema: Record<string, { self: CompletionOption; children: CompletionOption[] }>): void;
	setDoc(doc: string): void;
	markError(from: number, to: number, message: string): void;
	clearError(): void;
	destroy(): void;
}

/** Creates the editor in `parent`. */
export function createEditor(parent: HTMLElement, opts: EditorOptions): ConsoleEditor {
	const lang = new Compartment();
	const language = (schema: Record<string, { self: CompletionOption; children: CompletionOption[] }>): Extension => {
		const config = { dialect: DuckDB, schema: schema as never, upperCaseKeywords: true };
		const seen = new Map<string, CompletionOption>();
		for (const [table, t] of Object.entries(schema)) {
			for (const c of t.children) {
				const prev = seen.get(c.label);
				seen.set(c.label, { ...c, detail: prev ? `${prev.detail} · ${table}` : `${c.detail ?? ''} · ${table}` });
			}
		}
		const columns = [...seen.values()];
		return [
			sql(config),
			DuckDB.language.data.of({ autocomplete: keywordCompletionSource(DuckDB, true) }),
			DuckDB.language.data.of({ autocomplete: schemaCompletionSource(config) }),
			DuckDB.language.data.of({ autocomplete: functionCompletion }),
			DuckDB.language.data.of({ autocomplete: columnCompletion(() => columns) })
		];
	};
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc: opts.doc,
			extensions: [
				lineNumbers(),
				highlightActiveLineGutter(),
				history(),
				drawSelection(),
				indentOnInput(),
				bracketMatching(),
				closeBrackets(),
				highlightActiveLine(),
				syntaxHighlighting(consoleHighlight),
				autocompletion({ activateOnTyping: true }),
				lintGutter(),
				placeholder(opts.placeholder),
				// Running closes an open completion list: it would otherwise stay over the editor with the result below.
				Prec.highest(keymap.of([{ key: 'Mod-Enter', preventDefault: true, run: (v) => (closeCompletion(v), opts.onrun(), true) }])),
				keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
				lang.of(language({})),
				// An explicit tabindex makes the (contenteditable) content count as the scroller's focusable content for
				// assistive-technology checks, without adding a second tab stop on the scroller itself.
				EditorView.contentAttributes.of({ 'aria-label': opts.label, 'aria-multiline': 'true', tabindex: '0' }),
				EditorView.updateListener.of((u) => {
					if (u.docChanged) opts.onchange(u.state.doc.toString());
				})
			]
		})
	});
	return {
		view,
		setSchema: (schema) => view.dispatch({ effects: lang.reconfigure(language(schema)) }),
		setDoc(doc) {
			if (doc === view.state.doc.toString()) return;
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc }, selection: { anchor: doc.length } });
		},
		markError(from, to, message) {
			const len = view.state.doc.length;
			const a = Math.min(from, len);
			view.dispatch(setDiagnostics(view.state, [{ from: a, to: Math.min(Math.max(to, a), len), severity: 'error', message }]));
			view.dispatch({ selection: { anchor: a }, scrollIntoView: true });
		},
		clearError: () => view.dispatch(setDiagnostics(view.state, [])),
		destroy: () => view.destroy()
	};
}
