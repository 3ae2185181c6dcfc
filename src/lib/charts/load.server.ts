import { buildConnector } from '../db/dataset.server';
import { runQueries, type Query } from '../queries/combined';
import { renderSvg } from './ssr';
import { SSR_INK } from './palette';
import type { ChartContext, ChartOption } from './types';
import { localeFromPath } from '../i18n/path';
import { englishLabel } from '../places/english';

/** Runs named queries on the build-time connector (a shared statement once); each result keeps its name. */
export async function queryAll<K extends string>(queries: Record<K, Query>): Promise<Record<K, any[]>> {
	const db = await buildConnector();
	const out = {} as Record<K, any[]>;
	await runQueries(queries, (sql) => db.query(sql), (k, rows) => (out[k] = rows));
	return out;
}

/** Context for server-rendered charts: the page's language (from its path, `/en/…` for English), text in the page colour. */
export function ssrContext(url: URL): ChartContext {
	const locale = localeFromPath(url.pathname);
	return { locale, ink: SSR_INK, ...(locale === 'en' ? { place: (name: string) => englishLabel(name) } : {}) };
}

/** SVG of an option for the prerendered page, or null when there is nothing to draw. */
export function svgOf(option: ChartOption, hasRows: boolean, height = 320, width = 640): string | null {
	return hasRows ? renderSvg(option, width, height) : null;
}
