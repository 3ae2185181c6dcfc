import { openDataZip } from '$lib/public/bundle.server';

export const prerender = true;

/** Every open-data table as CSV with datapackage.json, one ZIP, written at build time. */
export function GET() {
	const bytes = openDataZip();
	return new Response(bytes.slice().buffer as ArrayBuffer, { headers: { 'content-type': 'application/zip', 'content-length': String(bytes.byteLength) } });
}
