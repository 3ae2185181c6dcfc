/** Adds the map chart to the shared ECharts core and registers the district geometry once (browser and SSR). */
import { MapChart } from 'echarts/charts';
import { echarts } from '../charts/register';
import { MAP_NAME, type DistrictGeo } from './map';

echarts.use([MapChart]);

/** Registers `geo` under MAP_NAME unless already registered. */
export function registerDistrictMap(geo: DistrictGeo): void {
	if (!echarts.getMap(MAP_NAME)) echarts.registerMap(MAP_NAME, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
}
