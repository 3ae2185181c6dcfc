import { describe, expect, it } from 'vitest';
import { divisionRows, lookupPlace, resolvePlace } from './places';

describe('lookupPlace', () => {
	const cases: [string, string, string | null, string | null][] = [
		['石门街', '广州市', '石门街道', '440111019'],
		['石门街道', '广州市', '石门街道', '440111019'],
		['白云区', '广州市', '白云区', '440111'],
		['白云', '广州市', '白云区', '440111'],
		['人和镇', '广州市', '人和镇', '440111103'],
		// 新市街道 exists in several provinces; inside Guangzhou it is 白云区's
		['新市街道', '广州市', '新市街道', '440111008'],
		['石门街', '深圳市', null, null]
	];
	it.each(cases)('%s in %s', (name, city, official, code) => {
		const r = lookupPlace(name, city);
		expect(r?.name ?? null).toBe(official);
		expect(r?.code ?? null).toBe(code);
	});
});

describe('resolvePlace', () => {
	const cases: { name: string; text: string; head?: string; unit?: string; district: string | null; street: string | null; level: 'street' | 'district' | null; warn?: RegExp }[] = [
		{
			name: 'long unit name',
			head: '广州市白云区人民政府石门街道办事处2021年党建工作经费项目绩效自评报告',
			text: '广州市白云区人民政府石门街道办事处2021年党建工作经费项目绩效自评报告\n预算执行。',
			district: '白云区',
			street: '石门街道',
			level: 'street'
		},
		{
			name: '街 for 街道',
			head: '广州市白云区人民政府石门街办事处',
			text: '广州市白云区人民政府石门街办事处\n石门街党工委。',
			district: '白云区',
			street: '石门街道',
			level: 'street'
		},
		{
			name: 'district inferred from a street',
			text: '海幢街道党组织工作经费绩效评价。',
			district: '海珠区',
			street: '海幢街道',
			level: 'street',
			warn: /district inferred from street name/
		},
		{
			name: 'street only implied by prose',
			text: '推动党的二十大精神在新市落地生根，全街党员干部。',
			district: '白云区',
			street: '新市街道',
			level: 'street',
			warn: /street inferred from prose/
		},
		{
			name: '新市民 is not 新市',
			text: '为新市民提供服务，开展党建工作。',
			district: null,
			street: null,
			level: null
		},
		{
			name: 'district-level unit (区直属机关工作委员会)',
			head: '中共广州市黄埔区直属机关工作委员会重点项目绩效评价报告',
			unit: '中共广州市黄埔区直属机关工作委员会',
			text: '中共广州市黄埔区直属机关工作委员会重点项目绩效评价报告\n为区直机关党组织提供阵地。',
			district: '黄埔区',
			street: null,
			level: 'district'
		},
		{
			name: 'district implied by 白云实践 and 区直机关工委',
			text: '区直属机关工委属下的机关党委，以高质量机关党建服务保障中国式现代化的白云实践。',
			unit: '区直属机关工委',
			district: '白云区',
			street: null,
			level: 'district',
			warn: /short name/
		},
		{
			name: 'a street name of another city is not resolved in Guangzhou',
			text: '深圳市福田区园岭街道党建经费。',
			district: null,
			street: null,
			level: null
		},
		{
			name: 'town (镇)',
			head: '广州市从化区鳌头镇人民政府党建工作经费绩效自评报告',
			text: '广州市从化区鳌头镇人民政府党建工作经费绩效自评报告',
			district: '从化区',
			street: '鳌头镇',
			level: 'street'
		}
	];
	it.each(cases)('$name', (c) => {
		const p = resolvePlace(c.text, { head: c.head, headOffset: 0, unit: c.unit ?? null });
		expect(p.district).toBe(c.district);
		expect(p.street).toBe(c.street);
		expect(p.unitLevel).toBe(c.level);
		if (c.warn) expect(p.warnings.join('; ')).toMatch(c.warn);
		if (p.evidence) expect(c.text.slice(p.evidence[0], p.evidence[1]).length).toBeGreaterThan(0);
	});
	it('scopes to a configured city', () => {
		const p = resolvePlace('深圳市福田区园岭街道党建经费。', { city: '深圳市' });
		expect(p.district).toBe('福田区');
		expect(p.street).toBe('园岭街道');
	});
});

describe('divisionRows', () => {
	it('lists Guangzhou with its 11 districts and their streets, parents linked', () => {
		const rows = divisionRows('广州市');
		const districts = rows.filter((r) => r.level === 'district');
		expect(rows.filter((r) => r.level === 'city')).toHaveLength(1);
		expect(districts).toHaveLength(11);
		const codes = new Set(rows.map((r) => r.code));
		for (const r of rows.filter((r) => r.level === 'street')) expect(codes.has(r.parent_code!)).toBe(true);
		expect(rows.find((r) => r.name === '石门街道')?.parent_code).toBe('440111');
	});
	it('is empty for a city outside the bundled province', () => expect(divisionRows('北京市')).toEqual([]));
});
