import type { Handle } from '@sveltejs/kit';
import { bcp47, localeFromPath } from '$lib/i18n';

/**
 * Sets <html lang> per page: English under /en, Chinese elsewhere. A page whose load set `locals.firstPaint` (the
 * KPI figures of each single-filter state: answers/firstpaint.server.ts) gets it at the end of <head>, in the HTML
 * only: not in the page's data, so a page read in the app never downloads it.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = bcp47(localeFromPath(event.url.pathname));
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const out = html.replace('%lang%', lang);
			return event.locals.firstPaint ? out.replace('</head>', `${event.locals.firstPaint}</head>`) : out;
		}
	});
};
