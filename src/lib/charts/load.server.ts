import { buildConnector } from '../db/dataset.server';
import { runQueries, type Query } from '../queries/combined';
import type { RowsOf } from '../queries/typed';
import { renderSvg } from './ssr';
import { SSR_INK } from './palette';
import type { ChartContext, ChartOption } from './types';
import { localeFromPath } from '../i18n/path';
import { englishLabel } from '../places/english';

/** Runs named queries on the build-time connector (a shared statement once); each result keeps its name and its builder's row type. */
export async function queryAll<Q extends Record<string, Query>>(queries: Q): Promise<RowsOf<Q>> {
	const db = await buildConnector();
	const out: Record<string, unknown[]> = {};
	await runQueries(
		queries,
		(sql) => db.query(sql),
		(k, rows) => (out[k] = rows)
	);
	return out as RowsOf<Q>;
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
