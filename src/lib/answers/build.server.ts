/** Build time: the answer files (answers/states.ts) computed on native DuckDB with the same queries the pages run. */
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import type { Connector, Row } from '../db/connector';
import { runQueries, type Query } from '../queries/combined';
import type { Filters } from '../queries/filters';
import { detailPlanOf } from '../queries/plan';
import { filterOptionsQuery, type FilterOptionRow } from '../queries/options';
import { PAGE_QUERIES } from '../pages';
import {
	CUBE_BROTLI_LIMIT,
	CUBE_DIMS,
	CUBE_ROW_LIMIT,
	INDICATOR_CUBE_SQL,
	INDICATOR_CUBE_SUMS,
	REPORT_CUBE_SUMS,
	encodeTable,
	reportCubeSql,
	type CubeData
} from './cube';
import { answerKey, answerStates, capStates, PLACE_OMIT, placeAnswerStates, type AnswerDim, type AnswerPack, type AnswerPage, type PlacePage } from './states';

/** Every named result of `page` under `f`, as the page's QueryView gets them (detail rows: the prerender's plan), but those in `omit`. */
export async function pageAnswers(db: Connector, page: AnswerPage | PlacePage, f: Filters, omit: readonly string[] = []): Promise<Record<string, Row[]>> {
	const out: Record<string, Row[]> = {};
	// Detail rows, at the dataset's top place level (as the page's prerender: pages/load.server.ts).
	const queries = Object.fromEntries(Object.entries(PAGE_QUERIES[page](f, detailPlanOf(db.plan)) as Record<string, Query>).filter(([k]) => !omit.includes(k)));
	await runQueries(
		queries,
		(sql) => db.query(sql),
		(k, rows) => (out[k] = rows)
	);
	return out;
}

/** The answer file of place page `page` (a district's or a street's own page) and `dim`: every place under every state of `dim`, without the report list (no state past ANSWER_STATE_LIMIT). */
export async function placeAnswerPack(
	db: Connector,
	page: PlacePage,
	dim: AnswerDim,
	version: string | null,
	options?: FilterOptionRow[]
): Promise<AnswerPack> {
	const opts = options ?? (await db.query<FilterOptionRow>(filterOptionsQuery()));
	const { states, skipped } = capStates(placeAnswerStates(opts, page, dim));
	const pack: AnswerPack = { version, page, dim, states: {}, ...(skipped ? { skipped } : {}) };
	for (const f of states) pack.states[answerKey(f)] = await pageAnswers(db, page, f, PLACE_OMIT);
	return pack;
}

/** The answer file of `page` and `dim`: every state of answerStates (none past ANSWER_STATE_LIMIT), an answer equal to an earlier state's stored once (a street alone and within its district). */
export async function answerPack(db: Connector, page: AnswerPage, dim: AnswerDim, version: string | null, options?: FilterOptionRow[]): Promise<AnswerPack> {
	const opts = options ?? (await db.query<FilterOptionRow>(filterOptionsQuery()));
	const { states, skipped } = capStates(answerStates(opts, dim));
	const pack: AnswerPack = { version, page, dim, states: {}, ...(skipped ? { skipped } : {}) };
	const byText = new Map<string, string>();
	// A street of one district (a single option row with its parent) has the same rows with and without the district.
	const parents = new Map<string, (string | null)[]>();
	for (const o of opts) if (o.kind === 'street') parents.set(o.value, [...(parents.get(o.value) ?? []), o.parent]);
	for (const f of states) {
		const key = answerKey(f);
		const only = f.street != null && f.district != null ? parents.get(f.street) : undefined;
		if (only?.length === 1 && only[0] === f.district) {
			const alone = answerKey({ ...f, district: null }); // computed before: answerStates lists the street alone first
			(pack.same ??= {})[key] = pack.same?.[alone] ?? alone;
			continue;
		}
		const rows = await pageAnswers(db, page, f);
		const text = JSON.stringify(rows);
		const same = byText.get(text);
		if (same) (pack.same ??= {})[key] = same;
		else {
			pack.states[key] = rows;
			byText.set(text, key);
		}
	}
	return pack;
}

/** Brotli bytes of `text` (what the precompressed file will weigh on the wire). */
function brotliBytes(text: string): number {
	return brotliCompressSync(Buffer.from(text), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }).length;
}

/**
 * The cube file (answers/cube.ts) of the dataset `db` holds, computed on native DuckDB: the reports table with the
 * score when that fits CUBE_ROW_LIMIT (else without: no score box), the indicators table when it fits; then, while
 * the file's brotli bytes pass CUBE_BROTLI_LIMIT, the larger table is left out (its queries wait for the engine).
 */
export async function cubeFile(db: Connector, version: string | null): Promise<CubeData> {
	const rows = async (sql: string) => Number((await db.query<{ n: number }>(`SELECT count(*) AS n FROM (${sql})`))[0].n);
	const data: CubeData = { version };
	const skipped: Record<string, string> = {};
	const withScore = (await rows(reportCubeSql(true))) <= CUBE_ROW_LIMIT;
	if (!withScore) skipped['reports.score'] = `more than ${CUBE_ROW_LIMIT} rows`;
	const reportSql = reportCubeSql(withScore);
	const reportRows = await rows(reportSql);
	if (reportRows <= CUBE_ROW_LIMIT) data.reports = encodeTable(await db.query(reportSql), [...CUBE_DIMS, ...(withScore ? ['score'] : []), ...REPORT_CUBE_SUMS]);
	else skipped.reports = `${reportRows} rows`;
	const indicatorRows = await rows(INDICATOR_CUBE_SQL);
	if (indicatorRows <= CUBE_ROW_LIMIT)
		data.indicators = encodeTable(await db.query(INDICATOR_CUBE_SQL), [...CUBE_DIMS, 'level1', 'level2', ...INDICATOR_CUBE_SUMS]);
	else skipped.indicators = `${indicatorRows} rows`;
	for (const t of ['indicators', 'reports'] as const) {
		const br = brotliBytes(JSON.stringify(data));
		if (br <= CUBE_BROTLI_LIMIT) break;
		if (data[t]) {
			delete data[t];
			skipped[t] = `file ${br} bytes brotli`;
		}
	}
	if (Object.keys(skipped).length) data.skipped = skipped;
	return data;
}
