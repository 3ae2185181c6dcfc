import { buildConnector } from '../db/dataset.server';
import { renderSvg } from './ssr';
import { SSR_INK } from './palette';
import type { ChartContext, ChartOption } from './types';
import { localeFromPath } from '../i18n/path';

/** Runs named queries on the build-time connector; each result keeps its name. */
export async function queryAll<K extends string>(sqls: Record<K, string>): Promise<Record<K, any[]>> {
	const db = await buildConnector();
	const out = {} as Record<K, any[]>;
	for (const k of Object.keys(sqls) as K[]) out[k] = await db.query(sqls[k]);
	return out;
}

/** Context for server-rendered charts: the page's language (from its path, `/en/…` for English), text in the page colour. */
export function ssrContext(url: URL): ChartContext {
	return { locale: localeFromPath(url.pathname), ink: SSR_INK };
}

/** SVG of an option for the prerendered page, or null when there is nothing to draw. */
export function svgOf(option: ChartOption, hasRows: boolean, height = 320, width = 640): string | null {
	return hasRows ? renderSvg(option, width, height) : null;
}
