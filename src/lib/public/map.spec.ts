import { describe, expect, it } from 'vitest';
import { districtMapOption, metricRange, shortName, simplifyGeo, simplifyRing, MAP_NAME } from './map';
import { guangzhouGeo } from './geo.server';
import { registerDistrictMap } from './register-map';
import { renderSvg } from '../charts/ssr';
import { DEFAULT_CONTEXT } from '../charts/types';
import { englishLabel } from '../places/english';

const DISTRICTS = ['荔湾区', '越秀区', '海珠区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区'];
const rows = [
	{ district: '海珠区', reports: 5, budget_wan: 100, actual_wan: 99, execution_rate: 0.99, mean_score: 91 },
	{ district: '白云区', reports: 4, budget_wan: 200, actual_wan: 150, execution_rate: 0.75, mean_score: 85.5 }
];

describe('simplifyRing', () => {
	const cases: [string, number[][], number, [number, number][]][] = [
		[
			'rounds and drops repeats',
			[
				[113.12341, 23.1],
				[113.12349, 23.1],
				[113.2, 23.2],
				[113.12341, 23.1]
			],
			0,
			[
				[113.123, 23.1],
				[113.2, 23.2],
				[113.123, 23.1]
			]
		],
		[
			'closes an open ring',
			[
				[1, 1],
				[2, 2],
				[3, 1]
			],
			0,
			[
				[1, 1],
				[2, 2],
				[3, 1],
				[1, 1]
			]
		],
		['keeps a single point', [[1.00001, 2]], 0, [[1, 2]]],
		[
			'drops points nearer than the step, keeps the last',
			[
				[0, 0],
				[0.001, 0],
				[0.01, 0],
				[0.0105, 0],
				[0.0101, 0.001],
				[0, 0]
			],
			0.002,
			[
				[0, 0],
				[0.01, 0],
				[0, 0]
			]
		]
	];
	for (const [name, ring, step, expected] of cases) it(name, () => expect(simplifyRing(ring, 3, step)).toEqual(expected));
});

describe('simplifyGeo', () => {
	it('refuses geometry it cannot draw, naming the feature', () => {
		expect(() => simplifyGeo({ features: [{ properties: { name: 'X区' }, geometry: { type: 'Point', coordinates: [1, 2] } }] })).toThrow(/X区.*Point/);
	});
	it('reads all 11 Guangzhou districts from the package, smaller than the source', () => {
		const geo = guangzhouGeo();
		expect(geo.features.map((f) => f.properties.name).sort()).toEqual([...DISTRICTS].sort());
		const points = geo.features
			.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()))
			.reduce((s, r) => s + r.length, 0);
		expect(points).toBeGreaterThan(500);
		expect(points).toBeLessThan(12783);
	});
});

describe('metricRange', () => {
	it('spans the known values', () => expect(metricRange(rows, 'execution_rate')).toEqual([0.75, 0.99]));
	it('widens a single value', () => expect(metricRange([rows[0]], 'mean_score')).toEqual([90, 91]));
	it('defaults without data', () => expect(metricRange([], 'mean_score')).toEqual([60, 100]));
});

describe('districtMapOption', () => {
	it('has one item per district, unknown ones null, and an aria description naming the values', () => {
		const o = districtMapOption(rows, DEFAULT_CONTEXT, 'execution_rate', DISTRICTS) as any;
		const data = o.series[0].data as { name: string; value: number | null }[];
		expect(o.series[0].map).toBe(MAP_NAME);
		expect(data).toHaveLength(11);
		expect(data.find((d) => d.name === '海珠区')?.value).toBe(0.99);
		expect(data.find((d) => d.name === '天河区')?.value).toBeNull();
		expect(o.aria.label.description).toContain('海珠区 99.0%、白云区 75.0%');
		expect(o.aria.label.description).toContain('地图');
	});
	it('colours by score in English', () => {
		const o = districtMapOption(rows, { ...DEFAULT_CONTEXT, locale: 'en' }, 'mean_score') as any;
		expect(o.series[0].data).toEqual([
			{ name: '海珠区', value: 91 },
			{ name: '白云区', value: 85.5 }
		]);
		expect(o.aria.label.description).toMatch(/^Mean score by district \(map\)/);
		expect(o.visualMap.text).toEqual(['91.0', '85.5']);
	});
	it('renders to SVG on the server with a path per district', () => {
		registerDistrictMap(guangzhouGeo());
		const svg = renderSvg(districtMapOption(rows, DEFAULT_CONTEXT, 'execution_rate', DISTRICTS), 640, 480);
		expect(svg.startsWith('<svg')).toBe(true);
		// every district labelled (short names), no label over another (10 px glyphs)
		for (const d of DISTRICTS) expect(svg).toContain(`>${shortName(d)}</text>`);
		const boxes = [...svg.matchAll(/translate\(([\d.]+) ([\d.]+)\)"[^>]*>([^<]+)<\/text>/g)]
			.map((m) => ({ t: m[3], x: Number(m[1]), y: Number(m[2]), w: m[3].length * 10, h: 10 }))
			.filter((b) => DISTRICTS.map(shortName).includes(b.t));
		const over = boxes.flatMap((a, i) =>
			boxes
				.slice(i + 1)
				.filter((b) => Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2)
				.map((b) => `${a.t}/${b.t}`)
		);
		expect(over).toEqual([]);
		expect((svg.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(11);
	});
});

describe('districtMapOption on English pages', () => {
	const en = { ...DEFAULT_CONTEXT, locale: 'en' as const, place: (n: string) => englishLabel(n, 'district') };
	const o = districtMapOption(rows, en, 'execution_rate', DISTRICTS) as any;
	const s = o.series[0];
	it.each([
		['label of a district with reports', s.label.formatter({ name: '海珠区' }), 'Haizhu'],
		['label of a district without reports', s.label.formatter({ name: '越秀区' }), 'Yuexiu'],
		['tooltip heading', o.tooltip.formatter({ name: '白云区' }), 'Baiyun District (白云区)'],
		['tooltip of a district without reports', o.tooltip.formatter({ name: '越秀区' }), 'Yuexiu District (越秀区)'],
		['description', o.aria.label.description, 'Haizhu District (海珠区) 99.0%, Baiyun District (白云区) 75.0%']
	])('%s', (_, got, want) => expect(got).toContain(want));
	it('keeps the Chinese names as item names (click-through to /districts/白云区)', () =>
		expect(s.data.map((d: { name: string }) => d.name)).toEqual(DISTRICTS));
	it('renders English labels into the prerendered SVG', () => {
		registerDistrictMap(guangzhouGeo());
		const svg = renderSvg(o, 640, 480);
		expect(svg).toContain('>Baiyun</text>');
		expect(svg).not.toMatch(/>[^<]*\p{Script=Han}[^<]*<\/text>/u);
	});
});

describe('map labels', () => {
	it.each([
		['越秀区', '越秀'],
		['从化区', '从化'],
		['城区', '城区'],
		['增城市', '增城']
	])('%s → %s', (name, want) => expect(shortName(name)).toBe(want));
});
