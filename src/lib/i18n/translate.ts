import { en, zh, VALUE_EN, type MessageKey } from './messages';

export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** Looks up a message and fills `{name}` placeholders; unknown placeholders stay visible. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
	const template: string = (locale === 'en' ? en : zh)[key] ?? key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Display label for a categorical data value (grade, evaluation type, indicator level …). */
export function translateValue(locale: Locale, value: string | null | undefined): string {
	if (value == null || value === '') return '—';
	return locale === 'en' ? (VALUE_EN[value] ?? value) : value;
}

/** Locale from a URL query (`?lang=en`); anything else is Chinese. */
export function localeFromSearch(search: URLSearchParams): Locale {
	return search.get('lang') === 'en' ? 'en' : 'zh';
}

/** BCP 47 tag for `<html lang>` and Intl. */
export function bcp47(locale: Locale): string {
	return locale === 'en' ? 'en' : 'zh-CN';
}
