import { error } from '@sveltejs/kit';
import { DEFAULT_FILTERS, filterOptionsQuery, type FilterOptionRow } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { yearMoneyOption, yearTrendOption } from '$lib/charts/years';

async function streets(): Promise<FilterOptionRow[]> {
	const { options } = await queryAll({ options: filterOptionsQuery() });
	return (options as FilterOptionRow[]).filter((o) => o.kind === 'street');
}

/** One prerendered page per street present in the data. */
export async function entries() {
	return [...new Set((await streets()).map((o) => o.value))].map((name) => ({ name }));
}

/** A street's years and reports, prerendered. */
export async function load({ params, url }) {
	const C = ssrContext(url);
	const district = (await streets()).find((o) => o.value === params.name)?.parent ?? null;
	if (!district) error(404, `unknown street ${params.name}`);
	const f = { ...DEFAULT_FILTERS, district, street: params.name };
	const rows = await queryAll(PAGE_QUERIES.street(f));
	return {
		name: params.name,
		district,
		rows,
		svg: {
			years: svgOf(yearTrendOption(rows.years, C), rows.years.length > 0, 300),
			money: svgOf(yearMoneyOption(rows.years, C), rows.years.length > 0, 300)
		}
	};
}
