import { checkCountsQuery } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { prerenderPage } from '$lib/pages/load.server';
import { overview } from '$lib/pages';
import { firstPaintFor } from '$lib/answers/firstpaint.load.server';

/** The overview's default view, computed at build time: rows for the page and SVG for each chart. */
export async function load({ url, locals, isDataRequest }) {
	if (!isDataRequest) locals.firstPaint = await firstPaintFor(url, { page: 'overview' });
	const { review } = await queryAll({ review: checkCountsQuery() });
	return { ...(await prerenderPage(overview, url)), reviewCount: review.length };
}
