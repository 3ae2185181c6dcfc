import { error } from '@sveltejs/kit';
import { buildConnector } from '$lib/db/dataset.server';
import { answerPack, placeAnswerPack } from '$lib/answers/build.server';
import { ANSWER_DIMS, ANSWER_PAGES, PLACE_DIMS, PLACE_PAGES, type AnswerDim, type AnswerPage, type PlacePage } from '$lib/answers/states';
import { shippedDataVersion } from '$lib/public/version.server';

export const prerender = true;

/** One file per dashboard page and filter dimension, and per place page (a district's, a street's) and dimension (answers/states.ts). */
export function entries() {
	return [
		...ANSWER_PAGES.flatMap((page) => ANSWER_DIMS.map((dim) => ({ page, dim }))),
		...PLACE_PAGES.flatMap((page) => PLACE_DIMS[page].map((dim) => ({ page, dim })))
	];
}

/** The page's results for every single-filter state of the dimension, computed on native DuckDB at build time. */
export async function GET({ params }) {
	const dim = params.dim as AnswerDim;
	const place = params.page as PlacePage;
	const page = params.page as AnswerPage;
	const version = shippedDataVersion().version;
	let pack;
	if (PLACE_PAGES.includes(place) && PLACE_DIMS[place].includes(dim)) pack = await placeAnswerPack(await buildConnector(), place, dim, version);
	else if (ANSWER_PAGES.includes(page) && ANSWER_DIMS.includes(dim)) pack = await answerPack(await buildConnector(), page, dim, version);
	else error(404, `no answers for ${params.page}/${dim}`);
	return new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
