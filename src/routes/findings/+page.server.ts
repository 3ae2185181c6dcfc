import { DEFAULT_FILTERS, reportsListQuery } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { prerenderPage } from '$lib/pages/load.server';
import { findings } from '$lib/pages';

/** Problem themes and their sentences, prerendered; synthetic report ids so sentences can be labelled. */
export async function load({ url }) {
	const { synthetic } = await queryAll({ synthetic: reportsListQuery({ ...DEFAULT_FILTERS, source: 'synthetic' }, { limit: 100000 }) });
	return { ...(await prerenderPage(findings, url)), syntheticIds: synthetic.map((r) => r.report_id) };
}
