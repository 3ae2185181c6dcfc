import type { Reroute } from '@sveltejs/kit';
import { stripLocale } from '$lib/i18n/path';

/**
 * English pages live under `/en` and are served by the same routes as the Chinese ones: `/en/districts`
 * renders `/districts`, with the locale read from the path (page.url keeps the `/en`). Prerendering
 * follows the language links, so every English page is written out too and reads with JavaScript off.
 */
export const reroute: Reroute = ({ url }) => stripLocale(url.pathname);
