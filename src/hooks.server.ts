import type { Handle } from '@sveltejs/kit';
import { bcp47, localeFromPath } from '$lib/i18n';

/** Sets <html lang> per page: English under /en, Chinese elsewhere. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = bcp47(localeFromPath(event.url.pathname));
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
