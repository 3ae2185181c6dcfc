/**
 * The /reports list's own URL state — search text (`q`) and sort (`sort=budget_wan`, `sort=-budget_wan` for
 * descending) — so a shared link reproduces the list; and the search over report fields and report text. Pure.
 */
import { str } from '../queries/sql';
import type { ReportListRow } from '../queries';

export interface ListState {
	q: string;
	sort: { key: string | null; dir: 'asc' | 'desc' };
}

/** Sortable keys are column keys: letters, digits, underscore. */
const KEY = /^[a-z][a-z0-9_]{0,40}$/;

/** The list state from a URL query; anything malformed falls back to no search, no sort. */
export function parseListState(q: URLSearchParams): ListState {
	const raw = q.get('sort') ?? '';
	const desc = raw.startsWith('-');
	const key = desc ? raw.slice(1) : raw;
	return { q: (q.get('q') ?? '').slice(0, 200), sort: KEY.test(key) ? { key, dir: desc ? 'desc' : 'asc' } : { key: null, dir: 'desc' } };
}

/** `search` with the list state written in (other parameters, the filters, kept). */
export function withListState(search: string, s: ListState): string {
	const q = new URLSearchParams(search);
	if (s.q.trim()) q.set('q', s.q.trim());
	else q.delete('q');
	if (s.sort.key) q.set('sort', (s.sort.dir === 'desc' ? '-' : '') + s.sort.key);
	else q.delete('sort');
	const out = q.toString();
	return out ? `?${out}` : '';
}

/** Search text as compared: trimmed, lower case. */
export function needleOf(q: string): string {
	return q.trim().toLowerCase();
}

/** Whether a report row matches the search in its fields, or its text (ids found by reportTextQuery). */
export function matchesSearch(r: ReportListRow, needle: string, inText: Set<string>): boolean {
	if (!needle) return true;
	return inText.has(r.report_id) || [r.title, r.unit, r.project_name, r.district, r.street, r.report_id].some((v) => v?.toLowerCase().includes(needle));
}

/** The ids of reports whose source text contains `needle` (case-insensitive, literal: no LIKE wildcards). */
export function reportTextQuery(needle: string): string {
	return `SELECT report_id FROM sources WHERE strpos(lower(text), ${str(needleOf(needle))}) > 0`;
}
