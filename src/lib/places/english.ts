/**
 * English names for Chinese places: the name's core in Hanyu Pinyin as place names are written (syllables
 * joined, first letter capital, an apostrophe before a syllable starting with a, o or e: Xi'an, Lu'an) and
 * its administrative suffix translated (区 District, 县 County, 街道 Subdistrict, 镇 Town, 乡 Township,
 * 自治州 Autonomous Prefecture …). Pinyin comes from `pinyin-pro` on the whole name, so a character read
 * differently in a place name gets the name's reading (番禺 Panyu, 六安 Lu'an). A few provinces keep their
 * established English names (陕西 Shaanxi, 内蒙古 Inner Mongolia …).
 *
 * pinyin-pro is about 300 KB: the site computes names at build time (server loads) and ships the map, so the
 * browser never loads it; this module is for Node and prerendering.
 */
import { pinyin } from 'pinyin-pro';

/** Which level a name is at, where the suffix alone does not tell (市 is a prefecture city or a county-level city). */
export type NameLevel = 'province' | 'city' | 'district' | 'street';

/** Established English names that pinyin alone does not give (the whole name, suffix included). */
const FIXED: Record<string, string> = {
	陕西省: 'Shaanxi Province',
	内蒙古自治区: 'Inner Mongolia Autonomous Region',
	西藏自治区: 'Tibet Autonomous Region',
	广西壮族自治区: 'Guangxi Zhuang Autonomous Region',
	宁夏回族自治区: 'Ningxia Hui Autonomous Region',
	新疆维吾尔自治区: 'Xinjiang Uygur Autonomous Region',
	香港特别行政区: 'Hong Kong SAR',
	澳门特别行政区: 'Macao SAR'
};

/** Readings pinyin-pro gets wrong in place names (the core, without its suffix), to be extended as they are found. */
const READINGS: Record<string, string> = { 乐清: 'Yueqing', 黄陂: 'Huangpi', 藏: 'Zang' };

/** Ethnic groups named in autonomous areas' names (…族自治州): the longest first when matched. */
const ETHNIC = [
	'维吾尔',
	'哈萨克',
	'柯尔克孜',
	'乌孜别克',
	'塔吉克',
	'塔塔尔',
	'俄罗斯',
	'鄂温克',
	'鄂伦春',
	'达斡尔',
	'土家',
	'布依',
	'哈尼',
	'傈僳',
	'拉祜',
	'东乡',
	'纳西',
	'景颇',
	'仫佬',
	'布朗',
	'撒拉',
	'毛南',
	'仡佬',
	'锡伯',
	'阿昌',
	'普米',
	'德昂',
	'保安',
	'裕固',
	'独龙',
	'赫哲',
	'门巴',
	'珞巴',
	'基诺',
	'蒙古',
	'朝鲜',
	'壮',
	'回',
	'藏',
	'苗',
	'彝',
	'侗',
	'瑶',
	'白',
	'傣',
	'黎',
	'佤',
	'畲',
	'水',
	'土',
	'羌',
	'怒',
	'京',
	'满'
].sort((a, b) => b.length - a.length);

/** Suffixes, longest first: [Chinese, English, or a function of the level]. */
const SUFFIXES: [string, string | ((level: NameLevel | undefined) => string | null)][] = [
	['特别行政区', 'Special Administrative Region'],
	['街道办事处', 'Subdistrict'],
	['自治区', 'Autonomous Region'],
	['自治州', 'Autonomous Prefecture'],
	['自治县', 'Autonomous County'],
	['自治旗', 'Autonomous Banner'],
	['民族乡', 'Ethnic Township'],
	['林区', 'Forestry District'],
	['地区', 'Prefecture'],
	['街道', 'Subdistrict'],
	['苏木', 'Sumu'],
	['新区', 'New Area'],
	['省', 'Province'],
	// A prefecture-level or province-level city is written without "City" (Guangzhou, Beijing); a county-level one with it.
	['市', (level) => (level === 'province' || level === 'city' ? null : 'City')],
	['区', 'District'],
	['县', 'County'],
	['旗', 'Banner'],
	['盟', 'League'],
	['镇', 'Town'],
	['乡', 'Township'],
	['街', 'Subdistrict']
];

const HAN = /\p{Script=Han}/u;

/** Pinyin of a run of text as a place name writes it: one word, capitalised, apostrophes where needed. */
export function placePinyin(text: string): string {
	if (!text) return '';
	const syl = pinyin(text, { toneType: 'none', type: 'array' }) as string[];
	let out = '';
	for (let i = 0; i < syl.length; i++) {
		const s = syl[i];
		if (i > 0 && HAN.test(text[i] ?? '') && /^[aoe]/.test(s) && /[a-zü]$/.test(out)) out += "'";
		out += s;
	}
	return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Splits …族…族 before an autonomous suffix: [core, ethnic groups in order]. */
function splitEthnic(stem: string): [string, string[]] {
	const groups: string[] = [];
	let rest = stem;
	for (;;) {
		if (!rest.endsWith('族')) break;
		const body = rest.slice(0, -1);
		const e = ETHNIC.find((x) => body.endsWith(x) && body.length > x.length);
		if (!e) break;
		groups.unshift(e);
		rest = body.slice(0, -e.length);
	}
	// 新疆维吾尔自治区 names its group without 族.
	if (!groups.length) {
		const e = ETHNIC.find((x) => x.length > 1 && rest.endsWith(x) && rest.length > x.length);
		if (e) return [rest.slice(0, -e.length), [e]];
	}
	return [rest, groups];
}

const cache = new Map<string, string>();

/**
 * The English name of a place: "Baiyun District" for 白云区, "Guangzhou" for 广州市 at city level,
 * "Guangdong Province", "Shimen Subdistrict", "Dali Bai Autonomous Prefecture". A name with no Chinese
 * characters is returned as it is; a name that is only a suffix (区) is romanised whole.
 */
export function englishPlace(name: string, level?: NameLevel): string {
	const key = `${level ?? ''}|${name}`;
	const hit = cache.get(key);
	if (hit !== undefined) return hit;
	const out = compute(name.trim(), level);
	if (cache.size > 20000) cache.clear();
	cache.set(key, out);
	return out;
}

function compute(name: string, level: NameLevel | undefined): string {
	if (!HAN.test(name)) return name;
	if (FIXED[name]) return FIXED[name];
	const whole = pinyin(name, { toneType: 'none', type: 'array' }) as string[];
	for (const [zh, en] of SUFFIXES) {
		if (!name.endsWith(zh) || name.length <= zh.length) continue;
		let stem = name.slice(0, -zh.length);
		let groups: string[] = [];
		if (zh.startsWith('自治')) [stem, groups] = splitEthnic(stem);
		// Pinyin of the stem read within the whole name (context decides readings), syllable per character.
		const core = READINGS[stem] ?? joinSyllables(stem, whole.slice(0, stem.length));
		const ethnic = groups.map((g) => READINGS[g] ?? placePinyin(g));
		const suffix = typeof en === 'function' ? en(level) : en;
		return [core, ...ethnic, suffix].filter(Boolean).join(' ');
	}
	return placePinyin(name);
}

/** Characters whose reading in place names is fixed, whatever the word around them suggests (花都 Huadu, not Huadou). */
const PLACE_CHAR: Record<string, string> = { 都: 'du' };

function joinSyllables(text: string, syl: string[]): string {
	// pinyin-pro gives one item per character for Han text; anything else falls back to reading the text alone.
	if (syl.length !== text.length) return placePinyin(text);
	let out = '';
	for (let i = 0; i < syl.length; i++) {
		const s = PLACE_CHAR[text[i]] ?? syl[i];
		if (i > 0 && HAN.test(text[i]) && /^[aoe]/.test(s) && /[a-zü]$/.test(out)) out += "'";
		out += s;
	}
	return out.charAt(0).toUpperCase() + out.slice(1);
}

/** "Baiyun District (白云区)": the English name with the Chinese one after it (just the name when they are the same). */
export function englishLabel(name: string, level?: NameLevel): string {
	const en = englishPlace(name, level);
	return en === name ? name : `${en} (${name})`;
}

/** The label of a place in a page's language: the Chinese name on Chinese pages, englishLabel on English ones. */
export function placeLabel(name: string, lang: 'zh' | 'en', level?: NameLevel): string {
	return lang === 'en' ? englishLabel(name, level) : name;
}

/** English labels for every name of `names` at `level` (the map a server load ships to an English page). */
export function englishNames(names: Iterable<string | null | undefined>, level?: NameLevel): Record<string, string> {
	const out: Record<string, string> = {};
	for (const n of names) if (n) out[n] = englishLabel(n, level);
	return out;
}
