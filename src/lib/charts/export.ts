/**
 * What an exported chart image carries besides the plot: its title, the filters it was drawn under, where the
 * data come from (site, data version), the export date and, when it may hold them, a synthetic-data mark.
 * The caption is pure; composePng draws it above the chart in the browser.
 */
import type { Filters } from '../queries/filters';
import { translate, translateValue, type Locale } from '../i18n/translate';

/** The filters in words: "区：白云区 · 年度：2022–2023", or "全部数据" when none narrows the data. */
export function filterSummary(f: Filters, l: Locale): string {
	const parts: string[] = [];
	const sep = l === 'en' ? ': ' : '：';
	const put = (key: Parameters<typeof translate>[1], v: string | null) => v && parts.push(`${translate(l, key)}${sep}${v}`);
	put('filters.district', f.district);
	put('filters.street', f.street);
	if (f.yearFrom != null || f.yearTo != null) parts.push(`${translate(l, 'export.years')}${sep}${f.yearFrom ?? '…'}–${f.yearTo ?? '…'}`);
	put('filters.evaluationType', f.evaluationType && translateValue(l, f.evaluationType));
	put('filters.grade', f.grade && translateValue(l, f.grade));
	if (f.source !== 'all') put('filters.source', translate(l, `filters.source.${f.source}`));
	return parts.length ? parts.join(' · ') : translate(l, 'export.noFilters');
}

export interface CaptionInput {
	title: string;
	filters: Filters;
	locale: Locale;
	/** Export day, YYYY-MM-DD. */
	date: string;
	version: string | null;
	asOf: string | null;
	/** The view may hold synthetic reports. */
	synthetic: boolean;
}

/** The caption's lines: title, filters, source and dates, and the synthetic mark when it applies. */
export function exportCaption(c: CaptionInput): string[] {
	const l = c.locale;
	const lines = [c.title, translate(l, 'export.filters', { filters: filterSummary(c.filters, l) })];
	lines.push(translate(l, 'export.source', { site: translate(l, 'app.name'), version: c.version ?? '—', asOf: c.asOf ?? '—', date: c.date }));
	if (c.synthetic) lines.push(translate(l, 'export.synthetic'));
	return lines;
}

/** Draws `lines` (the first bold) above the chart image; returns a PNG data URL. Browser only. */
export async function composePng(
	chartUrl: string,
	lines: string[],
	colours: { bg: string; ink: string; warn: string },
	synthetic: boolean,
	scale = 2
): Promise<string> {
	const img = new Image();
	img.src = chartUrl;
	await img.decode();
	const pad = 12 * scale;
	const lineH = 20 * scale;
	const head = pad + lines.length * lineH + pad / 2;
	const canvas = document.createElement('canvas');
	canvas.width = img.width;
	canvas.height = head + img.height;
	const g = canvas.getContext('2d')!;
	g.fillStyle = colours.bg;
	g.fillRect(0, 0, canvas.width, canvas.height);
	const font = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
	lines.forEach((text, i) => {
		const last = synthetic && i === lines.length - 1;
		g.font = `${i === 0 ? 'bold ' : ''}${(i === 0 ? 15 : 12) * scale}px ${font}`;
		g.fillStyle = last ? colours.warn : colours.ink;
		g.textBaseline = 'top';
		g.fillText(text, pad, pad + i * lineH, canvas.width - 2 * pad);
	});
	g.drawImage(img, 0, head);
	return canvas.toDataURL('image/png');
}
