import { error } from '@sveltejs/kit';
import { DEFAULT_FILTERS, filterOptionsQuery, type FilterOptionRow } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { prerenderPage } from '$lib/pages/load.server';
import { street } from '$lib/pages';
import { firstPaintFor } from '$lib/answers/firstpaint.load.server';

async function streets(): Promise<FilterOptionRow[]> {
	const { options } = await queryAll({ options: filterOptionsQuery() });
	return options.filter((o) => o.kind === 'street');
}

/** One prerendered page per street present in the data. */
export async function entries() {
	return [...new Set((await streets()).map((o) => o.value))].map((name) => ({ name }));
}

/** A street's years and reports, prerendered. */
export async function load({ params, url, locals, isDataRequest }) {
	const district = (await streets()).find((o) => o.value === params.name)?.parent ?? null;
	if (!district) error(404, `unknown street ${params.name}`);
	if (!isDataRequest) locals.firstPaint = await firstPaintFor(url, { page: 'street', district, street: params.name });
	return { name: params.name, district, ...(await prerenderPage(street, url, { ...DEFAULT_FILTERS, district, street: params.name })) };
}
