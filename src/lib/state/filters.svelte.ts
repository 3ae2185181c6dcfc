import { goto } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { locale } from '../i18n/locale.svelte';
import { localeFromSearch, type Locale } from '../i18n/translate';
import { isDefault, parseFilters, withQuery } from './url';

/**
 * The dashboard's filters, read from and written to the URL query (shareable, back/forward, reload).
 * Until the app has mounted, filters are the defaults: prerendered pages cannot read the query, and the
 * first client render must match the prerendered HTML.
 */
export class FilterState {
	/** True once the browser has mounted and the URL may be read. */
	live = $state(false);
	/** Current filters (defaults before mount). */
	current: Filters = $derived(this.live ? parseFilters(page.url.searchParams) : DEFAULT_FILTERS);
	/** Locale from the URL (Chinese before mount). */
	lang: Locale = $derived(this.live ? localeFromSearch(page.url.searchParams) : 'zh');
	/** Whether any filter narrows the data. */
	active = $derived(!isDefault(this.current));

	/** Called once from the root layout after mount. */
	start(): void {
		this.live = true;
	}

	/** Applies a change by navigating to the new query (a history entry, focus and scroll kept). */
	set(patch: Partial<Filters>): Promise<void> {
		const next = { ...this.current, ...patch };
		if (patch.district !== undefined && patch.district !== this.current.district && patch.street === undefined) next.street = null;
		return goto(withQuery(page.url.pathname, next, locale.current), { replaceState: false, keepFocus: true, noScroll: true });
	}

	/** Clears every filter, keeping the language. */
	reset(): Promise<void> {
		return goto(withQuery(page.url.pathname, DEFAULT_FILTERS, locale.current), { replaceState: false, keepFocus: true, noScroll: true });
	}

	/** A link to `path` (app-relative, starting with '/') that keeps the filters and language. */
	href(path: string, patch: Partial<Filters> = {}): string {
		return withQuery(base + path, { ...this.current, ...patch }, locale.current);
	}

	/** The current page in another language, keeping the filters. */
	hrefLang(lang: Locale): string {
		return withQuery(page.url.pathname, this.current, lang);
	}
}

/** The one filter state of the app. */
export const filters = new FilterState();
