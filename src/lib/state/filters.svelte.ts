import { pushState } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { locale } from '../i18n/locale.svelte';
import { localeFromSearch, type Locale } from '../i18n/translate';
import { localeFromPath, localisePath } from '../i18n/path';
import { isDefault, PARAM, parseFilters, withQuery } from './url';

/** The app-relative path of the current page (without `base`), language prefix included. */
function appPath(): string {
	const p = page.url.pathname;
	return base && p.startsWith(base) ? p.slice(base.length) || '/' : p;
}

/** What a filter change keeps in its history entry (shallow routing: page.url stays the loaded one). */
interface FilterPageState {
	filters?: Filters;
}

/**
 * The dashboard's filters, read from and written to the URL query (shareable, back/forward, reload).
 * Until the app has mounted, filters are the defaults: prerendered pages cannot read the query, and the
 * first client render must match the prerendered HTML. A change is a shallow history entry (pushState)
 * holding the filters in page.state: no navigation, so nothing reloads or re-renders but what reads them.
 */
export class FilterState {
	/** True once the browser has mounted and the URL may be read. */
	live = $state(false);
	/** Current filters (defaults before mount). */
	current: Filters = $derived(this.live ? ((page.state as FilterPageState).filters ?? parseFilters(page.url.searchParams)) : DEFAULT_FILTERS);
	/**
	 * Locale from the path (`/en/…`), known at prerender time so English pages are English without JavaScript.
	 * The old `?lang=en` links still work once the app runs (the layout moves them to the `/en` path).
	 */
	lang: Locale = $derived(localeFromPath(appPath()) === 'en' || (this.live && localeFromSearch(page.url.searchParams) === 'en') ? 'en' : 'zh');
	/** Whether any filter narrows the data. */
	active = $derived(!isDefault(this.current));

	/** Called once from the root layout after mount. */
	start(): void {
		this.live = true;
	}

	/** Applies a change as a new history entry with the new query (focus and scroll kept). */
	set(patch: Partial<Filters>): Promise<void> {
		const next = { ...this.current, ...patch };
		if (patch.district !== undefined && patch.district !== this.current.district && patch.street === undefined) next.street = null;
		return this.#push(next);
	}

	/** Clears every filter, keeping the language. */
	reset(): Promise<void> {
		return this.#push({ ...DEFAULT_FILTERS });
	}

	/** Shallow routing: the URL and page.state change, the page is not navigated (or re-loaded). */
	#push(next: Filters): Promise<void> {
		const state: FilterPageState = { filters: next };
		// A page's own parameters (the /reports search and sort) stay; only the filters change.
		const own = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
		for (const k of [...Object.values(PARAM), 'lang']) own.delete(k);
		const url = withQuery(page.url.pathname, next);
		const rest = own.toString();
		pushState(rest ? `${url}${url.includes('?') ? '&' : '?'}${rest}` : url, state);
		return Promise.resolve();
	}

	/** A link to `path` (app-relative route path, starting with '/') in the current language, keeping the filters. */
	href(path: string, patch: Partial<Filters> = {}): string {
		return withQuery(base + localisePath(path, locale.current), { ...this.current, ...patch });
	}

	/** The current page in another language, keeping the filters (and any other query, such as the console's). */
	hrefLang(lang: Locale): string {
		// page.url is the loaded URL (filter changes are shallow): keep its other parameters, take the filters from current.
		const q = new URLSearchParams(this.live ? page.url.searchParams : '');
		q.delete('lang');
		for (const k of Object.values(PARAM)) q.delete(k);
		const own = new URLSearchParams(withQuery('', this.current).slice(1));
		for (const [k, v] of own) q.set(k, v);
		const s = q.toString();
		return base + localisePath(appPath(), lang) + (s ? `?${s}` : '');
	}
}

/** The one filter state of the app. */
export const filters = new FilterState();
