import { localeFromPath } from '$lib/i18n/path';
import { placeMenu } from '$lib/places/page.server';
import { buildConnector } from '$lib/db/dataset.server';
import { placeOptionsQuery } from '$lib/places/queries';

/** The compare page's menus (places with English labels on /en, years); the comparison itself runs in the browser. */
export async function load({ url }) {
	const lang = localeFromPath(url.pathname);
	const menu = await placeMenu(lang);
	const db = await buildConnector();
	const opts = await db.query<{ k: string; v: string }>(placeOptionsQuery());
	return {
		lang,
		menu,
		years: opts
			.filter((o) => o.k === 'year')
			.map((o) => Number(o.v))
			.sort((a, b) => b - a)
	};
}
