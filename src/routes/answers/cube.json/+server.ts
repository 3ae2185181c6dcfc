import { buildConnector } from '$lib/db/dataset.server';
import { cubeFile } from '$lib/answers/build.server';
import { shippedDataVersion } from '$lib/public/version.server';

export const prerender = true;

/** The report cube (answers/cube.ts): the small pre-aggregated table the browser answers filter combinations from. */
export async function GET() {
	const data = await cubeFile(await buildConnector(), shippedDataVersion().version);
	return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
