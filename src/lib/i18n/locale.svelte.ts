import type { MessageKey } from './messages';
import { translate, translateValue, type Locale } from './translate';

/** The active locale: Chinese at prerender time, then the URL's `?lang` once the app is running. */
class LocaleState {
	current: Locale = $state('zh');
}

/** Process-wide locale holder (one per browser tab; always 'zh' while prerendering). */
export const locale = new LocaleState();

/** Translates a key in the active locale. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return translate(locale.current, key, params);
}

/** Translates a data value (优, 单位自评, 产出 …) in the active locale. */
export function tv(value: string | null | undefined): string {
	return translateValue(locale.current, value);
}
