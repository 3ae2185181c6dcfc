import { DEFAULT_FILTERS } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, SSR_CONTEXT as C } from '$lib/charts/load.server';
import { barsHeight, streetsOption } from '$lib/charts/districts';

/** Streets compared, prerendered. */
export async function load() {
	const rows = await queryAll(PAGE_QUERIES.streets(DEFAULT_FILTERS));
	return { rows, svg: { streets: svgOf(streetsOption(rows.streets, C), rows.streets.length > 0, barsHeight(Math.min(rows.streets.length, 40))) } };
}
