/** Brackets and separators in the page's language: full-width in Chinese, ASCII in English. Pure. */
import type { Locale } from '../i18n/translate';

/** `text` in brackets: （text） in Chinese, (text) in English, with a space before it in English. */
export function paren(text: string, l: Locale): string {
	return l === 'en' ? ` (${text})` : `（${text}）`;
}

/** A list separator: ， in Chinese, ", " in English. */
export function comma(l: Locale): string {
	return l === 'en' ? ', ' : '，';
}
