import { guangzhouGeo } from '$lib/public/geo.server';

export const prerender = true;

/** The reduced district geometry as a static file, fetched by the live map (kept out of the page's HTML). */
export function GET() {
	return new Response(JSON.stringify(guangzhouGeo()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
