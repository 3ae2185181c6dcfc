import { error } from '@sveltejs/kit';
import { localeFromPath } from '$lib/i18n/path';
import { placeEntries, placePage } from '$lib/places/page.server';

/** One prerendered page per place with reports, from the level the overview starts at down to streets. */
export async function entries() {
	return (await placeEntries()).map((path) => ({ path }));
}

/** A place: its figures and rank, its children (or its reports), breadcrumbs, peers; English names on /en. */
export async function load({ params, url }) {
	const lang = localeFromPath(url.pathname);
	const p = await placePage(params.path ?? '', lang);
	if (!p) error(404, `no reports for ${params.path}`);
	return { place: p, lang };
}
