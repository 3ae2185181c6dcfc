import { error } from '@sveltejs/kit';
import { mapKeys } from '$lib/places/page.server';
import { levelGeo } from '$lib/places/geo.server';

export const prerender = true;

/** One file per /places level that has a map: /geo/country.json, /geo/广东省.json, /geo/广东省/广州市.json. */
export async function entries() {
	return (await mapKeys()).map((key) => ({ key: `${key}.json` }));
}

/** A level's reduced geometry as a static file, fetched by that level's live map only. */
export function GET({ params }) {
	const key = (params.key ?? '').replace(/\.json$/, '');
	const geo = levelGeo(key === 'country' ? [] : key.split('/'));
	if (!geo) error(404, `no map for ${key}`);
	return new Response(JSON.stringify(geo), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
