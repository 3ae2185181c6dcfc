import { en, zh, VALUE_EN, type MessageKey } from './messages';

export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** One plural-rules object per locale (a new one per call costs more than the lookup). */
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category ('one', 'other' …) of a parameter: a number, or a number already formatted ("1", "1,234"). */
function pluralOf(locale: Locale, v: string | number): string {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(bcp47(locale))));
	return rules.select(Number(String(v).replace(/[,\s]/g, '')));
}

/** `{name, plural, one {…} other {…}}`: the forms of a word by its parameter's plural category. */
const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;

/** The placeholders a message uses, each once, sorted (a plural's forms are not placeholders). */
export function placeholders(template: string): string[] {
	const plurals = [...template.matchAll(PLURAL)].map((m) => m[1]);
	const plain = [...template.replace(PLURAL, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
	return [...new Set([...plurals, ...plain])].sort();
}

/**
 * Looks up a message and fills `{name}` placeholders; unknown placeholders stay visible. `{name, plural, one {…}
 * other {…}}` chooses a form by the parameter's plural category in the locale (Intl.PluralRules: "1 report",
 * "2 reports", "0 reports"; Chinese has only `other`).
 */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
	const template: string = (locale === 'en' ? en : zh)[key] ?? key;
	if (!params) return template;
	return template
		.replace(PLURAL, (m, name: string, forms: string) => {
			if (!(name in params)) return m;
			const form = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((f) => [f[1], f[2]]));
			return form.get(pluralOf(locale, params[name])) ?? form.get('other') ?? m;
		})
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
