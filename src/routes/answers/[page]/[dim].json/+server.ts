import { error } from '@sveltejs/kit';
import { buildConnector } from '$lib/db/dataset.server';
import { answerPack } from '$lib/answers/build.server';
import { ANSWER_DIMS, ANSWER_PAGES, type AnswerDim, type AnswerPage } from '$lib/answers/states';
import { shippedDataVersion } from '$lib/public/version.server';

export const prerender = true;

/** One file per dashboard page and filter dimension (answers/states.ts). */
export function entries() {
	return ANSWER_PAGES.flatMap((page) => ANSWER_DIMS.map((dim) => ({ page, dim })));
}

/** The page's results for every single-filter state of the dimension, computed on native DuckDB at build time. */
export async function GET({ params }) {
	const page = params.page as AnswerPage;
	const dim = params.dim as AnswerDim;
	if (!ANSWER_PAGES.includes(page) || !ANSWER_DIMS.includes(dim)) error(404, `no answers for ${page}/${dim}`);
	const pack = await answerPack(await buildConnector(), page, dim, shippedDataVersion().version);
	return new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
