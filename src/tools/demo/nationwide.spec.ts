import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus';
import { cityData, demoCities, wholeCountry } from './nationwide';

describe('nationwide places', () => {
	it('the demo cities: five provinces, six cities, real codes, 白云区 twice', () => {
		const cities = demoCities();
		expect(new Set(cities.map((c) => c.province)).size).toBe(5);
		expect(cities.map((c) => c.city)).toEqual(['广州市', '深圳市', '贵阳市', '杭州市', '成都市', '武汉市']);
		const baiyun = cities.flatMap((c) => c.districts.filter((d) => d.name === '白云区').map((d) => `${c.city}${d.code}`));
		expect(baiyun).toEqual(['广州市440111', '贵阳市520113']);
		for (const c of cities)
			for (const d of c.districts) {
				expect(d.code.startsWith(c.cityCode)).toBe(true);
				for (const [code, name] of d.streets) {
					expect(code.startsWith(d.code)).toBe(true);
					expect(name).toMatch(/(街道|镇|乡)$/);
				}
			}
	});

	it('a municipality is its own city and gathers its districts and counties', () => {
		const bj = cityData('11');
		expect([bj.province, bj.city, bj.cityCode]).toEqual(['北京市', '北京市', '11']);
		expect(bj.districts.map((d) => d.name)).toContain('朝阳区');
		const cq = cityData('50');
		expect(cq.districts.some((d) => d.name.endsWith('县'))).toBe(true);
	});

	it('the whole country: every province, hundreds of cities, no placeholder city', () => {
		const all = wholeCountry();
		expect(new Set(all.map((c) => c.province)).size).toBeGreaterThanOrEqual(31);
		expect(all.length).toBeGreaterThan(300);
		expect(all.some((c) => /^(市辖区|县)$/.test(c.city))).toBe(false);
	});

	it('--nationwide documents: places from several provinces, truth naming them; the default stays Guangzhou', () => {
		const docs = generateCorpus({ reports: 120, seed: 3, nationwide: true });
		const cities = new Set(docs.map((d) => d.truth.report.city));
		expect(cities.size).toBe(6);
		for (const d of docs) {
			expect(d.truth.synthetic).toBe(true);
			const c = demoCities().find((x) => x.city === d.truth.report.city)!;
			expect(d.truth.report.province).toBe(c.province);
			expect(c.districts.map((x) => x.name)).toContain(d.truth.report.district);
		}
		const other = docs.find((d) => d.truth.report.city === '成都市')!;
		expect(other.text).not.toContain('广州市');
		expect(new Set(generateCorpus({ reports: 60, seed: 3 }).map((d) => d.truth.report.city))).toEqual(new Set(['广州市']));
	});
});
