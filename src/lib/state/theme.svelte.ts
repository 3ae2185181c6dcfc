import { locale } from '../i18n/locale.svelte';
import type { ChartContext } from '../charts/types';
import { hasPlaceNames, placeName } from '../places/names';

/** Light/dark preference of the browser (light while prerendering). */
class ThemeState {
	dark = $state(false);
	#started = false;

	/** Follows prefers-color-scheme from now on (browser only, idempotent). */
	start(): void {
		if (this.#started || typeof matchMedia !== 'function') return;
		this.#started = true;
		const mq = matchMedia('(prefers-color-scheme: dark)');
		this.dark = mq.matches;
		mq.addEventListener('change', (e) => (this.dark = e.matches));
	}
}

/** The one theme state. */
export const theme = new ThemeState();

/** Chart context for the active locale and theme. */
export function chartContext(): ChartContext {
	return { locale: locale.current, ink: theme.dark ? '#e6edf3' : '#1f2328', ...(locale.current === 'en' && hasPlaceNames() ? { place: placeName } : {}) };
}
