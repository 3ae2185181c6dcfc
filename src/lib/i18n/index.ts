export { t, tv, locale } from './locale.svelte';
export { translate, translateValue, localeFromSearch, bcp47, LOCALES, type Locale } from './translate';
export type { MessageKey } from './messages';
export { localeFromPath, localisePath, stripLocale } from './path';
