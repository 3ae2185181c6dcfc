import { en, zh, VALUE_EN, type MessageKey } from './messages';

export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** Whether a parameter (a number, or a number already formatted: "1", "1,234") is exactly one. */
function isOne(v: string | number): boolean {
	return Number(String(v).replace(/[,\s]/g, '')) === 1;
}

/**
 * Looks up a message and fills `{name}` placeholders; unknown placeholders stay visible. `{name|one|other}`
 * chooses by the parameter's number (English plurals: "1 report", "2 reports").
 */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
	const template: string = (locale === 'en' ? en : zh)[key] ?? key;
	if (!params) return template;
	return template
		.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, name: string, one: string, other: string) => (name in params ? (isOne(params[name]) ? one : other) : m))
		.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
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
