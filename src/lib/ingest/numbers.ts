/**
 * Numbers as Chinese reports write them: Arabic digits with thousands separators, Chinese numerals,
 * 万 multipliers, percentages and approximate counts (约 / 近 / 余 / 多).
 */

/** A parsed quantity. Percentages are fractions (unit '%'); money keeps the unit written ('万元' or '元'). */
export interface Quantity {
	value: number;
	unit: string | null;
	/** Written as approximate (约, 近, 余, 多, 左右 …): the caller turns this into a warning. */
	approx: boolean;
}

/** Measure words of things counted in a target (粒 of seed, 箱 of bees …): units, and units that make a prose figure an indicator. */
export const MEASURE_WORDS = [
	'粒',
	'箱',
	'窝',
	'羽',
	'袋',
	'盒',
	'瓶',
	'棚',
	'孔',
	'群',
	'棒',
	'尾',
	'斤',
	'对',
	'副',
	'笔',
	'门',
	'峰',
	'首',
	'把',
	'出',
	'面',
	'届',
	'龛',
	'航次'
] as const;

/** Units recognised after a number, longest first so 人次 wins over 人 and 万元 over 元. */
export const UNITS = [
	// concentrations (a water or soil test's result)
	'毫克/立方米',
	'微克/立方米',
	'毫克/千克',
	'毫克/升',
	'mg/L',
	'mg/kg',
	'次/日',
	'次/天',
	'次/周',
	'次/月',
	'次/年',
	'台(套)',
	'台（套）',
	'台套',
	'台件',
	'台次',
	'辆次',
	'件次',
	'例次',
	'家次',
	'点次',
	'站次',
	'课时',
	'处次',
	'册次',
	'户次',
	'批次',
	'班次',
	'架次',
	'车次',
	'艘次',
	'只次',
	'头次',
	'栋次',
	'平方公里',
	'km²',
	'km',
	'平方米',
	'm²',
	'm³',
	'㎡',
	'立方米',
	'毫升',
	'公斤',
	'千克',
	'千瓦时',
	'千瓦',
	'万元',
	'千元',
	'亿元',
	'个百分点',
	'百分点',
	'人次',
	'公里',
	'公顷',
	'分钟',
	'个工作日',
	// (a block's stairwells, "126个单元")
	'个单元',
	'工作日',
	'场次',
	'小时',
	'个月',
	'%',
	'‰',
	'元',
	'次',
	'册',
	'枚',
	'个',
	'名',
	'宗',
	'场',
	'期',
	'件',
	'条',
	'人',
	'户',
	'分',
	'项',
	'家',
	'所',
	'篇',
	'批',
	'盆',
	'部',
	'台',
	'套',
	'本',
	'份',
	'支',
	'处',
	'间',
	'天',
	'日',
	'年',
	'月',
	'周',
	'轮',
	'班',
	'站',
	'块',
	'张',
	'幅',
	'棵',
	'株',
	'座',
	'位',
	'组',
	'队',
	'吨',
	'亩',
	'辆',
	'眼',
	'口',
	'盏',
	'起',
	'片',
	'栋',
	'头',
	'只',
	'例',
	'卷',
	'顶',
	'床',
	'页',
	'艘',
	// (horses are counted in 匹, buildings in 幢)
	'匹',
	'幢',
	...MEASURE_WORDS,
	'米'
] as const;

/** What may not follow a unit that also opens common words ("2023项目", "12对照检查", "3门诊部"). */
const UNIT_GUARD: Partial<Record<string, string>> = {
	// (machines are counted in 台; a typhoon, "8台风季", a platform, "3台阶", are none)
	台: '(?![风湾阶账])',
	项: '(?!目(?!标))',
	km: '(?![A-Za-z])',
	群: '(?![众体落])',
	对: '(?![照比接口象于外待应策标称话])',
	副: '(?![县区市局镇主组])',
	笔: '(?![记试者])',
	门: '(?![诊户店面窗卫槛类前口市禁票岗])',
	// (camels are counted in 峰; a summit, "2023峰会", is none)
	峰: '(?![会值期谷峦顶])',
	// (songs are counted in 首; "首届", "首次", "首批" open other words)
	首: '(?![届次批个位先要府都长席选页付期映发创家款年日月季轮台套单笔件])',
	// (knives, combs and fans are counted in 把; "把握", "把关" are other words)
	把: '(?![握关手控脉])',
	// (plays are counted in 出; "出现", "出台", "出资" … open other words)
	出: '(?![现台资租口入具让售席生任勤院发版品厂行动栏去来于自色彩众炉圈局线])',
	// (drums, flags and walls are counted in 面; "面积", "面向" … open other words)
	面: '(?![积向对临上下貌试谈授料粉包条板孔具前子])',
	// (leagues and festivals are counted in 届; "届时", "届满" are other words)
	届: '(?![时满期内中])',
	// (horses are counted in 匹; "匹配" is another word)
	匹: '(?![配敌])'
};

/** One unit as a regex: its brackets, slashes and dots escaped, and what may not follow it where it opens common words. */
export function unitPattern(u: string): string {
	return u.replace(/[()/.]/g, '\\$&') + (UNIT_GUARD[u] ?? '');
}

/** Every unit as one regex alternation, longest first, its brackets, slashes and dots escaped (for the grid readers). */
export function unitAlternation(): string {
	return [...UNITS]
		.sort((a, b) => b.length - a.length)
		.map(unitPattern)
		.join('|');
}

const DIGIT: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	壹: 1,
	二: 2,
	贰: 2,
	两: 2,
	三: 3,
	叁: 3,
	四: 4,
	肆: 4,
	五: 5,
	伍: 5,
	六: 6,
	陆: 6,
	七: 7,
	柒: 7,
	八: 8,
	捌: 8,
	九: 9,
	玖: 9
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Parse a Chinese numeral ("十八" → 18, "二百" → 200, "一千二百三十四" → 1234, "三万五" is not supported → null). */
export function parseChineseNumeral(s: string): number | null {
	if (!s) return null;
	let total = 0;
	let section = 0;
	let digit: number | null = null;
	let seen = false;
	for (const ch of s) {
		if (ch in DIGIT) {
			// "一九" style digit strings (e.g. 二〇二三) read positionally
			if (digit !== null) {
				digit = digit * 10 + DIGIT[ch];
			} else digit = DIGIT[ch];
			seen = true;
		} else if (ch in SMALL) {
			section += (digit ?? 1) * SMALL[ch];
			digit = null;
			seen = true;
		} else if (ch in BIG) {
			section += digit ?? 0;
			if (section === 0 && !seen) return null;
			total += (section || 1) * BIG[ch];
			section = 0;
			digit = null;
			seen = true;
		} else return null;
	}
	if (!seen) return null;
	return total + section + (digit ?? 0);
}

/** Parse Arabic digits with optional thousands separators ("1,234,567.89" → 1234567.89). */
export function parseArabic(s: string): number | null {
	const t = s.replace(/[,，](?=\d{3}(?:\D|$))/g, '');
	if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
	const v = Number(t);
	return Number.isFinite(v) ? v : null;
}

/** A percentage in words: 百分之 and a numeral of up to a hundred, decimals after 点 ("百分之九十六点五"), or 百分之百. */
export const PERCENT_WORDS = '百分之(?:百|[零〇一二两三四五六七八九十百]{1,4}(?:点[零〇一二三四五六七八九]{1,4})?|\\d{1,3}(?:\\.\\d{1,4})?)';

/** The number of a percentage in words, in percent ("百分之九十六点五" → 96.5, "百分之百" → 100); null for anything else. */
export function percentWords(s: string): number | null {
	const m = /^百分之(.+)$/.exec(s);
	if (!m) return null;
	if (m[1] === '百') return 100;
	if (/^\d/.test(m[1])) return parseArabic(m[1]);
	const [whole, frac] = m[1].split('点');
	const w = parseChineseNumeral(whole);
	if (w === null || w > 100) return null;
	if (frac === undefined) return w;
	let digits = '';
	for (const ch of frac) digits += String(DIGIT[ch] ?? '');
	return digits.length === frac.length ? Number(`${w}.${digits}`) : null;
}

/**
 * One quantity pattern: optional approx prefix, a number (Arabic or Chinese), optional 余/多, optional 万,
 * optional unit, optional trailing 余/多/左右. Bounded quantifiers keep it linear.
 */
const Q_SRC =
	'(约为|大约|约|近|接近|超过|逾|将近|不少于|不低于|多达)?\\s{0,2}' +
	// a rate in words ("百分之九十六", "百分之九十六点五", "百分之百") before the numerals, whose 百 it would take
	'(' +
	PERCENT_WORDS +
	'|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,15}(?:\\.\\d{1,10})?|[零〇一二两三四五六七八九十百千万亿]{1,12})' +
	'\\s{0,2}(余|多)?\\s{0,2}(万(?!元))?\\s{0,2}(多|余)?\\s{0,2}' +
	'(' +
	// "2023项目" is no count of 项; a unit may be per year / month / person ("13.6万吨/年", "120元/人"),
	'(?:' +
	UNITS.map(unitPattern).join('|') +
	// "36800套(间)", "12.6万头(只)": a second measure word in brackets belongs to the unit
	// a unit per something ("85元/吨", "2.4万元/公里", "86条(段)")
	')(?:[(（][间只套台处户人次个名座条头匹株亩家所辆栋段][)）])?(?:/(?:平方米|立方米|公里|公斤|千克|年|月|日|天|人次|人|户|亩|次|村|镇|所|校|吨|斤|米|头|只|株|座|台|辆|份|处))?' +
	')?' +
	'(余|多|左右)?';

/**
 * The scanning form: the same groups, but the approximate prefix (group 1) is left empty and found by
 * looking back from the number instead, so the engine can jump straight to digits and numerals.
 */
const SCAN_SRC = '()' + Q_SRC.slice(Q_SRC.indexOf('\\s{0,2}') + 7);
// "不超过" is a bound, not an approximation: its 超过 is no prefix of the figure
const APPROX_TAIL = /(约为|大约|约|近|接近|(?<!不)超过|逾|将近|不少于|不低于|多达)\s{0,2}$/;

/** One quantity found in running text; index/end include an approximate prefix such as 约. */
export interface FoundQuantity {
	index: number;
	end: number;
	/** The quantity as written (prefix, number, 余/多, unit). */
	text: string;
	/** The number as written (digits or Chinese numeral) without prefix or unit. */
	number: string;
	q: Quantity;
}

const SCAN_RE = new RegExp(SCAN_SRC, 'g');

/** Every quantity in a string, in order (linear scan; numbers of up to 15 digits). */
export function scanQuantities(s: string): FoundQuantity[] {
	const out: FoundQuantity[] = [];
	const re = SCAN_RE; // shared: the loop below runs to completion before anyone else uses it
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(s))) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		// a lone Chinese numeral in words (一是, 统一) is no quantity: skip before parsing it
		if (!m[3] && !m[4] && !m[5] && !m[6] && !m[7] && m[2].charCodeAt(0) > 0x7f && m[2].length < 2) continue;
		const q = quantityFromMatch(m, s.slice(m.index + m[0].length, m.index + m[0].length + 1));
		if (!q) continue;
		let index = m.index;
		const pre = APPROX_TAIL.exec(s.slice(Math.max(0, index - 6), index));
		if (pre) {
			index -= pre[0].length;
			q.approx = true;
		}
		out.push({ index, end: m.index + m[0].length, text: s.slice(index, m.index + m[0].length), number: m[2], q });
	}
	return out;
}

const Q_ANCHORED = new RegExp('^' + Q_SRC);

/** A global regex finding quantities in running text (exec loop; check match.index). */
export function quantityRegex(): RegExp {
	return new RegExp(Q_SRC, 'g');
}

/** A match of quantityRegex turned into a Quantity (null when the number is not a number). */
export function quantityFromMatch(m: RegExpExecArray, next = ''): Quantity | null {
	const [, pre, num, yu1, wan, yu2, unitRaw, post] = m;
	if (num.startsWith('百分之')) {
		// a rate in words is a percentage whatever follows it
		const pct = percentWords(num);
		if (pct === null) return null;
		return { value: Number((pct / 100).toPrecision(12)), unit: '%', approx: !!(pre || post) };
	}
	let value = /\d/.test(num) ? parseArabic(num) : parseChineseNumeral(num);
	if (value === null) return null;
	let unit: string | null = unitRaw ?? null;
	// A bare 万 ("100万") means 万元; before a unit it is part of the unit as written ("2.36万平方米" is 2.36
	// 万平方米, "1万多名" 1 万名), and before a word the parser does not know ("31.2万吨") it is no money.
	if (wan) {
		if (unit !== null) unit = '万' + unit;
		else if (/^[\u4e00-\u9fff]/.test(next) && !/^[元的和及或与至到左]/.test(next)) unit = null;
		else unit = '万元';
	}
	// toPrecision drops the binary noise of the division (95.83 / 100 → 0.9583, not 0.95829999…)
	if (unit === '%') value = Number((value / 100).toPrecision(12));
	if (unit === '‰') value = Number((value / 1000).toPrecision(12));
	const approx = !!(pre || yu1 || yu2 || post);
	return { value, unit, approx };
}

/** Parse one written quantity ("约95%" → 0.95 %, "二百余人次" → 200 人次 approx, "1,234.5元"). */
export function parseQuantity(s: string): Quantity | null {
	const t = s.trim();
	if (!t) return null;
	const m = Q_ANCHORED.exec(t);
	if (!m || !m[2]) return null;
	return quantityFromMatch(m, t.slice(m[0].length, m[0].length + 1));
}

/** Money in 万元 from a written amount: "1,234,567.89元" → 123.456789, "100万" → 100, "42 万元" → 42. */
export function parseMoneyWan(s: string): { wan: number; approx: boolean } | null {
	const q = parseQuantity(s.replace(/^(人民币|共计|合计|共|计|为|达)/, ''));
	if (!q) return null;
	if (q.unit === '万元') return { wan: q.value, approx: q.approx };
	if (q.unit === '元') return { wan: q.value / 1e4, approx: q.approx };
	if (q.unit === '千元') return { wan: q.value / 10, approx: q.approx };
	if (q.unit === '亿元') return { wan: q.value * 1e4, approx: q.approx };
	return null;
}

/** The number in a target or actual cell: "≥90%" → 0.9 %, "=8个" → 8 个, "效果明显" → value null. */
export function parseMeasure(
	s: string,
	/** false where a 度量单位 column says the figure counts months ("11" | "月"): "11月" is then no date */
	dates = true
): { value: number | null; unit: string | null; approx: boolean; op: '>=' | '<=' | '=' | '>' | '<' | null } {
	const t = s.trim();
	let op: '>=' | '<=' | '=' | '>' | '<' | null = null;
	const opm = /^(≥|≧|>=|不低于|不少于|大于等于|≤|≦|<=|不高于|不超过|小于等于|＝|﹦|=|等于|>|＞|大于|高于|<|＜|小于|少于|低于)\s*/.exec(t);
	let rest = t;
	if (opm) {
		const o = opm[1];
		if (/≥|≧|>=|不低于|不少于|大于等于/.test(o)) op = '>=';
		else if (/≤|≦|<=|不高于|不超过|小于等于/.test(o)) op = '<=';
		else if (/[=＝﹦]|等于/.test(o)) op = '=';
		else if (/>|＞|大于|高于/.test(o)) op = '>';
		else op = '<';
		rest = t.slice(opm[0].length);
	} else if (/\d\s*[^\d\s]{0,6}?(?:以内|以下|之内)$/.test(t)) op = '<=';
	// (控制在)5%以内 / 3次以下: an upper bound
	// a date ("5月31日前", "11月底前", "2023年11月20日") is a time, not an amount
	// (…or a month before which: "10月前"; a month alone, "10月", with no bound written: "≤12月" compares months)
	if (
		dates &&
		(/^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|初|上旬|中旬|下旬|份|(?:以|之)?前)/.test(rest) || (!op && /^\d{1,2}\s*月$/.test(rest)))
	)
		return { value: null, unit: null, approx: false, op };
	for (const f of scanQuantities(rest)) {
		if (!/\d/.test(f.number) && !f.q.unit && !f.q.approx) continue; // a bare Chinese numeral in words
		return { value: f.q.value, unit: f.q.unit, approx: f.q.approx || /以上|以下|左右/.test(rest), op };
	}
	return { value: null, unit: null, approx: false, op };
}

/** Whether an actual value meets a target, given the comparison written in the target (default ≥). */
export function meets(actual: number, target: number, op: '>=' | '<=' | '=' | '>' | '<' | null): boolean {
	const eps = 1e-9;
	switch (op) {
		case '<=':
			return actual <= target + eps;
		case '<':
			return actual < target;
		case '>':
			return actual > target;
		case '=':
			return Math.abs(actual - target) <= eps * Math.max(1, Math.abs(target));
		default:
			return actual >= target - eps;
	}
}

/** How far a rate may lie from a percentage as written and still round to it ("89%" ± 0.005, "94.36%" ± 0.00005), as a fraction. */
export function percentTolerance(written: string): number {
	return 0.5 * 10 ** -((written.split('.')[1]?.length ?? 0) + 2) + 1e-9;
}
