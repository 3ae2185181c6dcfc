import { error } from '@sveltejs/kit';
import { DEFAULT_FILTERS, filterOptionsQuery } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { prerenderPage } from '$lib/pages/load.server';
import { district } from '$lib/pages';
import { firstPaintFor } from '$lib/answers/firstpaint.load.server';

/** One prerendered page per district present in the data. */
export async function entries() {
	const { options } = await queryAll({ options: filterOptionsQuery() });
	return options.filter((o) => o.kind === 'district').map((o) => ({ name: o.value }));
}

/** A district's streets, years and reports, prerendered. */
export async function load({ params, url, locals, isDataRequest }) {
	const page = await prerenderPage(district, url, { ...DEFAULT_FILTERS, district: params.name });
	if (page.rows.kpi[0]?.reports === 0) error(404, `no reports for district ${params.name}`);
	if (!isDataRequest) locals.firstPaint = await firstPaintFor(url, { page: 'district', district: params.name });
	return { name: params.name, ...page };
}
