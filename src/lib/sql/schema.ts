/** What the schema panel and autocompletion know: shipped tables (dictionary.json or SCHEMA) plus the user's own. */
import { SCHEMA } from '../schema/tables';
import type { UserColumn } from './engine';

/** One column in the panel. */
export interface PanelColumn {
	name: string;
	type: string;
	zh: string;
	en: string;
}

/** One table in the panel. */
export interface PanelTable {
	name: string;
	zh: string;
	en: string;
	rows: number | null;
	shipped: boolean;
	columns: PanelColumn[];
}

const s = (v: unknown) => (typeof v === 'string' ? v : '');

/** Tables from a parsed dictionary.json; throws with the reason when it has no usable `tables` list. */
export function tablesFromDictionary(json: unknown): PanelTable[] {
	const tables = (json as { tables?: unknown })?.tables;
	if (!Array.isArray(tables) || !tables.length) throw new Error('dictionary.json: no tables');
	return tables.map((t) => ({
		name: s(t.name),
		zh: s(t.zh),
		en: s(t.en),
		rows: typeof t.rows === 'number' ? t.rows : null,
		shipped: true,
		columns: (Array.isArray(t.columns) ? t.columns : []).map((c: Record<string, unknown>) => ({ name: s(c.name), type: s(c.type), zh: s(c.zh), en: s(c.en) }))
	}));
}

/** Tables from SCHEMA (src/lib/schema/tables.ts), when dictionary.json cannot be read. */
export function tablesFromSchema(): PanelTable[] {
	return SCHEMA.map((t) => ({
		name: t.name,
		zh: t.zh,
		en: t.en,
		rows: null,
		shipped: true,
		columns: t.columns.map((c) => ({ name: c.name, type: c.type, zh: c.zh, en: c.en }))
	}));
}

/** User tables grouped from information_schema rows (`schema.table` unless in main). */
export function userTables(cols: UserColumn[]): PanelTable[] {
	const byName = new Map<string, PanelTable>();
	for (const c of cols) {
		const name = c.schema === 'main' ? c.table : `${c.schema}.${c.table}`;
		let t = byName.get(name);
		if (!t) byName.set(name, (t = { name, zh: '', en: '', rows: null, shipped: false, columns: [] }));
		t.columns.push({ name: c.column, type: c.type, zh: '', en: '' });
	}
	return [...byName.values()];
}

/** One completion option (the subset of @codemirror/autocomplete's Completion used here). */
export interface CompletionOption {
	label: string;
	type: string;
	detail?: string;
	info?: string;
}

/** Table → columns with type and description, the namespace shape @codemirror/lang-sql completes from. */
export function completionSchema(tables: PanelTable[], locale: 'zh' | 'en'): Record<string, { self: CompletionOption; children: CompletionOption[] }> {
	const desc = (x: { zh: string; en: string }) => (locale === 'en' ? x.en : x.zh) || undefined;
	return Object.fromEntries(
		tables.map((t) => [
			t.name,
			{
				self: { label: t.name, type: 'type', detail: t.shipped ? undefined : locale === 'en' ? 'your table' : '自建表', info: desc(t) },
				children: t.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type, info: desc(c) }))
			}
		])
	);
}
