import { DEFAULT_FILTERS } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { barsHeight, streetsOption, STREETS_PLOTTED } from '$lib/charts/districts';

/** Streets compared, prerendered. */
export async function load({ url }) {
	const C = ssrContext(url);
	const rows = await queryAll(PAGE_QUERIES.streets(DEFAULT_FILTERS));
	return { rows, svg: { streets: svgOf(streetsOption(rows.streets, C, STREETS_PLOTTED), rows.streets.length > 0, barsHeight(Math.min(rows.streets.length, STREETS_PLOTTED))) } };
}
