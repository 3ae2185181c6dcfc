/** Shareable console links: `/sql?q=<query>`, or `/en/sql?q=<query>` in English. */

/** The longest query put into a link; browsers and servers start refusing URLs of a few tens of kilobytes. */
export const SHARE_MAX = 8000;

/**
 * The app-relative link (`base` + `/sql?...`) that opens the console with `sql` filled in; null if too long. With
 * `run`, the console runs the query as soon as it is open (`&run=1`, the sharer's choice).
 */
export function shareHref(base: string, sql: string, lang: 'zh' | 'en' = 'zh', run = false): string | null {
	if (sql.length > SHARE_MAX) return null;
	const p = new URLSearchParams();
	p.set('q', sql);
	if (run) p.set('run', '1');
	return `${base}${lang === 'en' ? '/en' : ''}/sql?${p.toString()}`;
}

/** True when a console URL with a query asks for it to run on open. */
export function sharedRun(search: URLSearchParams): boolean {
	return search.get('run') === '1' && sharedQuery(search) != null;
}

/** The query a console URL carries, or null. */
export function sharedQuery(search: URLSearchParams): string | null {
	const q = search.get('q');
	return q && q.trim() ? q : null;
}
