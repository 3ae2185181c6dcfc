import { error } from '@sveltejs/kit';
import { buildConnector } from '$lib/db/dataset.server';
import { cachedTableXlsx, readDictionary } from '$lib/public/opendata.server';

export const prerender = true;

/** One workbook per table named in the data dictionary. */
export function entries() {
	return readDictionary().tables.map((t) => ({ table: t.name }));
}

/** The table as an XLSX file, written at build time. */
export async function GET({ params }) {
	const table = readDictionary().tables.find((t) => t.name === params.table);
	if (!table) error(404, `no table ${params.table}`);
	const bytes = await cachedTableXlsx(await buildConnector(), table);
	return new Response(bytes.slice().buffer as ArrayBuffer, {
		headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-length': String(bytes.byteLength) }
	});
}
