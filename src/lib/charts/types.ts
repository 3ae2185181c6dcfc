import type { EChartsCoreOption } from 'echarts/core';
import type { Locale } from '../i18n/translate';

/** What every option builder needs besides rows. */
export interface ChartContext {
	locale: Locale;
	/** Text colour (the SSR placeholder when rendering on the server). */
	ink: string;
	/** English pages: a place name's English label ("Baiyun District (白云区)"); absent on Chinese pages. */
	place?: (name: string) => string;
}

/** An ECharts option (core typing: builders only use registered charts and components). */
export type ChartOption = EChartsCoreOption;

/** Default context: Chinese, dark text. */
export const DEFAULT_CONTEXT: ChartContext = { locale: 'zh', ink: '#1f2328' };
