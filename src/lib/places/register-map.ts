/** Adds the map chart to the shared ECharts core and registers one /places level's geometry (browser and SSR). */
import { MapChart } from 'echarts/charts';
import { echarts } from '../charts/register';
import type { DistrictGeo } from '../public/map';
import { placeMapName } from './map';

echarts.use([MapChart]);

/** Registers `geo` as the map of level `key` unless already registered. */
export function registerPlaceMap(key: string, geo: DistrictGeo): void {
	const name = placeMapName(key);
	if (!echarts.getMap(name)) echarts.registerMap(name, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
}
