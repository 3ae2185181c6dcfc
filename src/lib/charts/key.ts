/**
 * A cheap identity of what a chart draws: its rows and its option, functions included by their source text (the
 * formatters close over the rows and the locale, which the key holds otherwise). Two equal keys draw the same
 * picture, so the chart is not touched (actions/echarts.ts): the prerendered state answered again by the engine,
 * a filter that leaves a chart's rows as they were.
 */
export function chartKey(option: unknown, rows: unknown): string {
	return JSON.stringify([option, rows], (_k, v) => (typeof v === 'function' ? `ƒ${String(v)}` : typeof v === 'bigint' ? `${v}n` : v));
}
