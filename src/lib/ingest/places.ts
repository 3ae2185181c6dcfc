/**
 * Where a report comes from, resolved against the official divisions of the whole country from the
 * chain the report gives (省 → 市 → 区/县/县级市 → 街道/镇/乡): in its title, its unit cells
 * (主管部门 / 实施单位 …), its signature, then its prose. A place is only written when the text settles
 * it: a name that exists in several places (新市街道 ×6, 白云区 ×2) needs its chain, a street needs its
 * 街道/镇/乡 suffix, and what stays open is NULL with a check naming the candidates. A city given by the
 * caller (`--city`, a manifest) is a hint that breaks ties; it never creates a place the text does not name.
 */
import type { Check } from './checks';
import type { DivisionRow } from './types';
// COMMON_BASES as data: everyday words (人民, 建设, 中山 …) that are also street base names, one JSON array.
import commonBases from './common-bases.json';
import {
	MUNICIPALITIES,
	ancestorAt,
	autonomousShort,
	chainOf,
	cityName,
	divisionRowsFor,
	divisions,
	findCity,
	isAncestorOrSelf,
	type Level
} from './divisions';

export { divisionRowsFor };

/** A resolved place with how it was found. */
export interface Place {
	province: string | null;
	city: string | null;
	district: string | null;
	street: string | null;
	/** Code of the most specific place resolved (9 street, 6 district, 4 city, 2 province). */
	divisionCode: string | null;
	unitLevel: 'street' | 'district' | null;
	warnings: string[];
	checks: Check[];
	/** Offsets of the mention that decided the most specific place. */
	evidence: [number, number] | null;
}

/** What the caller knows besides the text. */
export interface PlaceOptions {
	/** A city that breaks ties ("广州市"): --city or a manifest. */
	hint?: string | null;
	/** Ranges of the text that name the report's own unit: title, unit cells, signature. */
	head?: [number, number][];
	/** The evaluated unit's name, if found. */
	unit?: string | null;
}

interface Mention {
	nodes: number[];
	start: number;
	end: number;
	head: boolean;
}

/** Characters a division name can end with (省 市 区 县 旗 州 盟 镇 乡 街道 苏木 地区 …). */
const ENDS = new Set([...'省市区县旗州盟镇乡道木'].map((c) => c.charCodeAt(0)));

/** Words marking a district-level unit (a district or county department or committee, not a street office). */
// (the 区 of a 社区, 园区, 景区 or 小区 is no district: "某镇社区服务中心")
// (nor is Beijing's 地区, a township-level office: "某区小红门地区城市管理服务中心")
export const DISTRICT_UNIT =
	/[区县旗]直属机关|[区县旗]直机关|[区县旗]委[^员会]|[区县旗](?:人民)?政府(?!.{0,6}[街镇乡])|[区县旗](?:(?!镇|乡(?!村)|街道)[^\s，。、]){0,8}?(局|委员会|工委|办公室|委)(?!.{0,3}[街镇乡])|(?<![社园景小地])[区县旗](?:(?!镇|乡(?!村)|街道|村|社区)[^\s，。、]){2,14}?(?:中心|所|站|院|馆|队|学校|中学|小学|幼儿园)(?![\u4e00-\u9fff])|[区县]直/;

/** The unit is a street office, a town or a township. */
// (…or one of Beijing's township-level 地区: "某区小红门地区城市管理服务中心")
const STREET_UNIT =
	/街道|街办|办事处|[镇乡](?:人民政府|政府|党委|委员会)?$|苏木|(?<=[区县][\u4e00-\u9fff]{2,4})地区(?=[\u4e00-\u9fff]{2,}(?:中心|办公室|站|所|队)$)/;
/** The report speaks of itself as a street / town. */
const STREET_SELF = /全街|本街|我街|街党工委|街党校|全镇|本镇|我镇|全乡|本乡|我乡/;

/** Every division name in the text, longest form ending at each position. */
export function scanMentions(text: string, head: [number, number][] = []): Mention[] {
	const { forms, jieForms, maxLen, nodes, children } = divisions();
	const inHead = (s: number) => head.some(([a, b]) => s >= a && s < b);
	const out: Mention[] = [];
	for (let i = 2; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x8857 /* 街 */) {
			// "石门街办事处", "石门街党工委": the short form of 石门街道
			if (/^(?:办事处|党工委|工委|街办|党校)/.test(text.slice(i + 1, i + 4))) {
				for (let len = Math.min(8, i + 1); len >= 3; len--) {
					const hits = jieForms.get(text.slice(i - len + 1, i + 1));
					if (hits) {
						out.push({ nodes: hits, start: i - len + 1, end: i + 1, head: inHead(i - len + 1) });
						break;
					}
				}
			}
			continue;
		}
		if (!ENDS.has(c)) continue;
		for (let len = Math.min(maxLen, i + 1); len >= 3; len--) {
			const f = text.slice(i - len + 1, i + 1);
			const hits = forms.get(f);
			if (!hits) continue;
			const next = text[i + 1] ?? '';
			// "从化区域", "城镇化", "县城区" are words, not places; 市场 after a city name rarely is one
			if (/[域间]/.test(next) && f.endsWith('区')) break;
			if (next === '化' && f.endsWith('镇')) break;
			// "部分乡镇", "全县三乡镇": a town named one character and 乡镇 is that word, unless its county or city comes right before it
			if (/^[\u4e00-\u9fff]乡镇$|特殊乡镇$|直属乡镇$/.test(f) && !out.some((o) => o.end === i - len + 1)) break;
			out.push({ nodes: hits, start: i - len + 1, end: i + 1, head: inHead(i - len + 1) });
			// two-character county names (赵县, 城区) only right after their city: "石家庄市赵县"
			for (const n of hits) {
				if (nodes[n].level !== 'city' && !(nodes[n].level === 'province' && MUNICIPALITIES.has(nodes[n].code))) continue;
				const kids = nodes[n].level === 'city' ? (children.get(n) ?? []) : (children.get(n) ?? []).flatMap((k) => children.get(k) ?? []);
				for (const k of kids) {
					const nm = nodes[k].name;
					if (nm.length === 2 && text.startsWith(nm, i + 1)) out.push({ nodes: [k], start: i + 1, end: i + 3, head: inHead(i + 1) });
				}
			}
			break;
		}
	}
	out.push(...shortCounties(text, inHead, out));
	return out.sort((a, b) => a.start - b.start);
}

let twoChar: Map<string, number[]> | null = null;

/**
 * A two-character county (康县, 赵县) that opens an institution's name ("康县中医医院", "2023年赵县财政局"):
 * the name must be the county's alone in the whole country, start the unit's name (after a year, a
 * bracket or the start of a line) and be followed by an institution word. Inside a word ("小康县") never.
 */
function shortCounties(text: string, inHead: (s: number) => boolean, found: Mention[]): Mention[] {
	const { nodes } = divisions();
	if (!twoChar) {
		twoChar = new Map();
		nodes.forEach((n, i) => {
			if (n.level === 'district' && n.name.length === 2 && /[县旗]$/.test(n.name)) twoChar!.set(n.name, [...(twoChar!.get(n.name) ?? []), i]);
		});
	}
	const out: Mention[] = [];
	// one pass over the text: each 县 / 旗 with the character before it
	for (let j = 1; j < text.length; j++) {
		const c = text.charCodeAt(j);
		if (c !== 0x53bf /* 县 */ && c !== 0x65d7 /* 旗 */) continue;
		const i = j - 1;
		const ids = twoChar.get(text.slice(i, i + 2));
		if (!ids || ids.length !== 1) continue;
		const prev = text[i - 1] ?? '';
		const after = text.slice(i + 2, i + 16);
		// (…or after a preposition naming the unit: "受眉县农业农村局委托", "对眉县…服务中心实施的")
		const opens = i === 0 || /[\s\d年度（(：:，,。、\-—受对由经向]/.test(prev);
		// (…or a town or street office of the county: "叶县九龙街道办事处")
		const institution =
			/^(?:人民政府|政府|[\u4e00-\u9fff]{0,10}?(?:局|医院|卫生院|中学|小学|学校|中心|办公室|委员会|站|所|院|馆|办事处)|[\u4e00-\u9fff]{1,6}(?:街道|镇|乡)(?:办事处|人民政府|政府|党委|党工委)?)/.test(
				after
			);
		// (…or a line that opens with it and a year: a title "眉县2025年度…项目绩效评价报告")
		const titled = (i === 0 || prev === '\n') && /^\d{4}年/.test(after);
		if (opens && (institution || titled) && !found.some((m) => m.start <= i && m.end >= i + 2)) out.push({ nodes: ids, start: i, end: i + 2, head: inHead(i) });
	}
	return out;
}

interface Tally {
	head: number;
	body: number;
	first: Mention;
	firstHead: Mention | null;
	/** Counted from a mention of a city or county (not only from a town's bare name). */
	strong?: boolean;
}

/**
 * Candidates at one level under a chosen parent: each mention counts for the one node it names at that
 * level; a mention that could be several (新市街道 under six districts) counts for none, only lists them.
 */
function tally(mentions: Mention[], level: Level, parent: number): { sure: Map<number, Tally>; open: Set<number>[] } {
	const { nodes } = divisions();
	const sure = new Map<number, Tally>();
	const open: Set<number>[] = [];
	for (const m of mentions) {
		const at = new Set<number>();
		for (const n of m.nodes) {
			if (parent >= 0 && !isAncestorOrSelf(parent, n)) continue;
			const a = ancestorAt(n, level);
			if (a >= 0) at.add(a);
		}
		if (at.size === 0) continue;
		if (at.size > 1) {
			open.push(at);
			continue;
		}
		const [a] = at;
		const t = sure.get(a) ?? { head: 0, body: 0, first: m, firstHead: null };
		if (m.head || m.nodes.some((n) => nodes[n].level !== 'street')) t.strong = true;
		if (m.head) {
			t.head++;
			t.firstHead ??= m;
		} else t.body++;
		sure.set(a, t);
	}
	return { sure, open };
}

const score = (t: Tally) => t.head * 10 + t.body;

function label(i: number): string {
	return chainOf(i)
		.reverse()
		.map((n) => n.name)
		.filter((n) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(n))
		.join('');
}

/** Address and contact clauses ("地址:拉萨市城关区…", "日喀则业务代表处:…", "联系地址：…"), to the end of their line. */
export function contactClauses(text: string): [number, number][] {
	const out: [number, number][] = [];
	const re = /(?:地址|住址|所在地址|代表处|分公司|联系方式)\s*[:：][^\n]*/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
	return out;
}

/** Resolve province, city, district and street for a report's text. */
export function resolvePlace(text: string, opts: PlaceOptions = {}): Place {
	const place: Place = {
		province: null,
		city: null,
		district: null,
		street: null,
		divisionCode: null,
		unitLevel: null,
		warnings: [],
		checks: [],
		evidence: null
	};
	const { nodes, children } = divisions();
	const head = opts.head ?? [];
	// a project's site (实施地点：…城关镇) says where the money went, not where the unit is: no street from it
	const sites = siteClauses(text);
	// an address or contact line (地址: …, …代表处: …) says where an office sits, often a firm's: it never names the report's
	// own place, however near the top it stands
	const contacts = contactClauses(text);
	const mentions = scanMentions(text, head)
		.filter((m) => !(sites.some(([a, b]) => m.start >= a && m.start < b) && m.nodes.every((n) => nodes[n].level === 'street')))
		.map((m) => (m.head && contacts.some(([a, b]) => m.start >= a && m.start < b) ? { ...m, head: false } : m));
	const hint = opts.hint ? findCity(opts.hint) : -1;
	const anyHead = mentions.some((m) => m.head);
	const unitText = (opts.unit ?? '') + head.map(([a, b]) => text.slice(a, b)).join(' ');

	let chosen = -1;
	let evidence: Mention | null = null;
	const levels: Level[] = ['province', 'city', 'district', 'street'];
	// a district or county department evaluating a project in a town: the unit's place is the district
	const districtUnit = DISTRICT_UNIT.test(opts.unit ?? '') && !STREET_UNIT.test(opts.unit ?? '');
	for (const level of levels) {
		if (level === 'city' && chosen >= 0 && MUNICIPALITIES.has(nodes[chosen].code)) continue;
		if (level === 'street' && districtUnit) break;
		const { sure, open } = tally(mentions, level, chosen);
		let ranked = [...sure.entries()].sort((a, b) => score(b[1]) - score(a[1]));
		// the hint settles a tie between places the text names, never more
		if (hint >= 0 && ranked.length === 0 && open.length > 0) {
			const fits = [...new Set(open.flatMap((s) => [...s]))].filter((n) => isAncestorOrSelf(n, hint) || isAncestorOrSelf(hint, n));
			if (fits.length === 1) {
				const m = mentions.find((x) => x.nodes.some((n) => isAncestorOrSelf(fits[0], n)))!;
				ranked = [[fits[0], { head: m.head ? 1 : 0, body: m.head ? 0 : 1, first: m, firstHead: m.head ? m : null }]];
			}
		}
		if (ranked.length === 0) {
			if (open.length > 0) {
				const names = [...new Set(open.flatMap((s) => [...s]))].slice(0, 8).map(label);
				place.checks.push({ code: 'place_ambiguous', detail: names.join(' / ') });
				place.warnings.push(`地名有多个可能：${names.join('、')} (ambiguous place; not written)`);
			}
			break;
		}
		const [best, t] = ranked[0];
		// a town's name alone in the prose ("按月分乡镇发放": 分乡镇 of another province) is no rival to a county or city the
		// report names
		const second = ranked.slice(1).find(([, x]) => x.strong || !t.strong)?.[1];
		if (level === 'province' || level === 'city') {
			if (second && score(t) < 2 * score(second)) {
				const names = ranked.slice(0, 4).map(([n]) => label(n));
				place.checks.push({ code: 'place_ambiguous', detail: names.join(' / ') });
				place.warnings.push(`报告提到多个${level === 'province' ? '省' : '市'}：${names.join('、')}，未写入 (several places named; not written)`);
				break;
			}
		} else {
			// below the city: the report's own head names it, or it is the only one and the report is of that level
			const headOnly = ranked.filter(([, x]) => x.head > 0);
			if (headOnly.length > 1 && headOnly[1][1].head * 2 > headOnly[0][1].head) {
				const names = headOnly.slice(0, 4).map(([n]) => label(n));
				place.checks.push({ code: 'place_ambiguous', detail: names.join(' / ') });
				place.warnings.push(`标题或单位中有多个地点：${names.join('、')} (several places in the title or unit; not written)`);
				break;
			}
			if (t.head === 0) {
				const deeperInHead = anyHead && mentions.some((m) => m.head && m.nodes.some((n) => nodes[n].level === level));
				const selfLevel = level === 'street' ? STREET_UNIT.test(opts.unit ?? '') || STREET_SELF.test(text) : true;
				const unique = ranked.length === 1 && open.length === 0;
				const headAbove =
					anyHead &&
					mentions.some((m) => m.head) &&
					!mentions.some((m) => m.head && m.nodes.some((n) => levels.indexOf(nodes[n].level) >= levels.indexOf(level)));
				if (!unique || !selfLevel || deeperInHead || (headAbove && level === 'street')) {
					if (ranked.length > 1)
						place.checks.push({
							code: 'place_partial',
							detail: `${level}: ${ranked
								.slice(0, 5)
								.map(([n]) => nodes[n].name)
								.join(' / ')}`
						});
					break;
				}
				// a county named only in the prose of a report whose head names its city is the city's report
				if (headAbove && level === 'district' && !DISTRICT_UNIT.test(unitText)) break;
			}
		}
		chosen = best;
		evidence = t.firstHead ?? t.first;
	}

	// A street named only by its bare name in prose ("在新市落地生根"), in a report that calls itself 全街 …
	if (
		chosen >= 0 &&
		!districtUnit &&
		nodes[chosen].level !== 'street' &&
		nodes[chosen].level !== 'province' &&
		STREET_SELF.test(text) &&
		!DISTRICT_UNIT.test(unitText)
	) {
		const found = proseStreet(text, chosen, children, nodes);
		if (found) {
			chosen = found.node;
			evidence = { nodes: [found.node], start: found.start, end: found.end, head: false };
			place.warnings.push(`街道由正文“${text.slice(found.start, found.end)}”推断 (street inferred from prose)`);
		}
	}

	if (chosen < 0) return place;
	const chain = chainOf(chosen);
	const at = (l: Level) => chain.find((n) => n.level === l) ?? null;
	place.province = at('province')?.name ?? null;
	place.city = cityName(chosen);
	const dist = at('district');
	place.district = dist && dist.name !== place.city ? dist.name : null;
	place.street = at('street')?.name ?? null;
	place.divisionCode = nodes[chosen].code;
	place.evidence = evidence ? [evidence.start, evidence.end] : null;
	if (place.street && place.district && evidence && !mentions.some((m) => m.nodes.some((n) => nodes[n].code === dist!.code))) {
		place.warnings.push(`区由街道名推断 (district inferred from street name: ${place.street} → ${place.district})`);
	}
	if (place.street) place.unitLevel = 'street';
	// a county's own institution ("康县中医医院", "某县第一中学") is district-level too
	else if (
		place.district &&
		((((opts.unit ?? '').includes(place.district) || (opts.unit ?? '').includes(autonomousShort(place.district) ?? '\u0000')) &&
			!STREET_UNIT.test(opts.unit ?? '')) ||
			DISTRICT_UNIT.test(unitText) ||
			/[区县旗]直|[区县旗]委|[区县旗].{0,6}(局|委员会|工委)/.test(unitText))
	)
		place.unitLevel = 'district';
	if (!place.district && !place.street) place.checks.push({ code: 'place_partial', detail: `${place.province ?? ''}${place.city ?? ''}` });
	return place;
}

/** Clauses that name a project's site ("实施地点：…", "建设地点为…", "项目区域覆盖…") or where something lies ("位于…"), up to the clause's end. */
export function siteClauses(text: string): [number, number][] {
	const out: [number, number][] = [];
	// (…or where something lies: "林场位于旗政府所在地某某镇以东", "地处某某乡境内")
	for (const m of text.matchAll(/(?:实施|建设|项目)(?:地点|地址|区域|范围)|实施范围|覆盖范围|受益范围|位于|坐落于|地处|所在地/g)) {
		const rest = text.slice(m.index!);
		const end = /[。；;\n|\t]/.exec(rest.slice(m[0].length));
		out.push([m.index!, m.index! + m[0].length + (end ? end.index : Math.min(rest.length - m[0].length, 120))]);
	}
	return out;
}

/** Street base names that are everyday words; never taken from prose without their suffix. */
const COMMON_BASES = new Set<string>(commonBases);

/** A street of the chosen place named by its bare base in prose, unique in that place. */
function proseStreet(
	text: string,
	within: number,
	children: Map<number, number[]>,
	nodes: { name: string; level: Level }[]
): { node: number; start: number; end: number } | null {
	const streets: number[] = [];
	const walk = (i: number) => {
		for (const c of children.get(i) ?? []) {
			if (nodes[c].level === 'street') streets.push(c);
			else walk(c);
		}
	};
	walk(within);
	const baseOf = (n: string) => n.replace(/(街道|镇|乡)$/, '');
	const count = new Map<string, number>();
	for (const s of streets) count.set(baseOf(nodes[s].name), (count.get(baseOf(nodes[s].name)) ?? 0) + 1);
	const found = new Map<string, { node: number; start: number; end: number }>();
	for (const s of streets) {
		const b = baseOf(nodes[s].name);
		if (b.length < 2 || count.get(b) !== 1 || COMMON_BASES.has(b)) continue;
		let i = text.indexOf(b);
		while (i >= 0) {
			const next = text[i + b.length] ?? '';
			const prev = text[i - 1] ?? '';
			// "新市民", "新市场", "新市区" and names inside longer words are not the place
			if (!/[民场区路村镇街道小中大学园里桥站口湖广市县省]/.test(next) && !/[的新老城\u4e00-\u9fff]/.test(prev.replace(/[在到于和与及、，。是从]/, ''))) {
				found.set(b, { node: s, start: i, end: i + b.length });
				break;
			}
			i = text.indexOf(b, i + 1);
		}
	}
	return found.size === 1 ? [...found.values()][0] : null;
}

/** Look up an official district or street name ("石门街" → 石门街道) under a city (or anywhere, if unique). */
export function lookupPlace(name: string, city?: string | null): DivisionRow | null {
	const { nodes, forms, jieForms } = divisions();
	const within = city ? findCity(city) : -1;
	const n = name.trim();
	const cands = new Set<number>();
	for (const f of [n, n + '道', n + '区', n + '县']) for (const i of forms.get(f) ?? []) cands.add(i);
	for (const i of jieForms.get(n) ?? []) cands.add(i);
	const fits = [...cands].filter((i) => (nodes[i].level === 'district' || nodes[i].level === 'street') && (within < 0 || isAncestorOrSelf(within, i)));
	if (fits.length !== 1) return null;
	const d = nodes[fits[0]];
	return { code: d.code, name: d.name, level: d.level, parent_code: d.parent >= 0 ? nodes[d.parent].code : null };
}

/** Division rows of a city (by name) for the divisions table: the city, its county-level units and their streets. */
export function divisionRows(city: string): DivisionRow[] {
	const i = findCity(city);
	return i < 0 ? [] : divisionRowsFor([divisions().nodes[i].code]);
}
