/** File sizes for people. Pure. */
import type { Locale } from '../i18n/translate';
import { numberFormat } from '../format/index';

/** A byte count as B, KB or MB (1 KB = 1024 B), one decimal, the locale's separators; '—' when unknown. */
export function formatBytes(n: number | null | undefined, locale: Locale = 'zh'): string {
	if (n == null || !Number.isFinite(n)) return '—';
	const fmt = (x: number) => numberFormat(locale, 0, 1).format(x);
	if (n < 1024) return `${n} B`;
	if (n < 1024 * 1024) return `${fmt(n / 1024)} KB`;
	return `${fmt(n / 1024 / 1024)} MB`;
}
