import type { Locale } from './translate';

/**
 * Language in the path: Chinese pages live at `/…`, English ones at `/en/…`. A path, not a query, so
 * that every English page is prerendered and reads in English with JavaScript off. All functions take
 * app-relative paths (without the `base` prefix) and are pure.
 */

/** The path prefix of each non-default locale. */
const PREFIX: Record<Locale, string> = { zh: '', en: '/en' };

/** True when `pathname` is `/en` or lies under `/en/`. */
function isEnglish(pathname: string): boolean {
	return pathname === '/en' || pathname.startsWith('/en/');
}

/** The locale a path is in: English under `/en`, Chinese elsewhere. */
export function localeFromPath(pathname: string): Locale {
	return isEnglish(pathname) ? 'en' : 'zh';
}

/** The route path behind a localised path: `/en/districts` → `/districts`, `/en` → `/`. */
export function stripLocale(pathname: string): string {
	if (!isEnglish(pathname)) return pathname;
	return pathname.slice(PREFIX.en.length) || '/';
}

/** A route path in `locale`: `/districts` → `/en/districts`, `/` → `/en`; an already localised path is re-localised. */
export function localisePath(path: string, locale: Locale): string {
	const bare = stripLocale(path);
	if (locale === 'zh') return bare;
	return bare === '/' ? PREFIX[locale] : PREFIX[locale] + bare;
}
