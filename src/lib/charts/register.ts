import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, HeatmapChart, LineChart } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';

/** The chart types and components every option builder may use; renderers are added by the caller. */
echarts.use([
	BarChart,
	BoxplotChart,
	HeatmapChart,
	LineChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	TooltipComponent,
	VisualMapContinuousComponent,
	LabelLayout
]);

export { echarts };
