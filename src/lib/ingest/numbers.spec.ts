import { describe, expect, it } from 'vitest';
import { meets, parseChineseNumeral, parseMeasure, parseMoneyWan, parseQuantity, percentTolerance, percentWords, scanQuantities } from './numbers';

describe('parseChineseNumeral', () => {
	const cases: [string, number | null][] = [
		['十八', 18],
		['十', 10],
		['二百', 200],
		['五千', 5000],
		['一千二百三十四', 1234],
		['三十五', 35],
		['两万', 20000],
		['一万', 10000],
		['零', 0],
		['', null],
		['十a', null]
	];
	it.each(cases)('%s → %s', (s, v) => expect(parseChineseNumeral(s)).toBe(v));
});

describe('parseQuantity', () => {
	const cases: [string, number, string | null, boolean][] = [
		['100%', 1, '%', false],
		['约95%', 0.95, '%', true],
		['98.5%', 0.985, '%', false],
		['二百余人次', 200, '人次', true],
		['6420册次', 6420, '册次', false],
		['286户次', 286, '户次', false],
		['约二百余人次', 200, '人次', true],
		['五千余人次', 5000, '人次', true],
		['近5000人次', 5000, '人次', true],
		['18余次', 18, '次', true],
		['1万多名', 1, '万名', true],
		['2.36万平方米', 2.36, '万平方米', false],
		['4.6万人次', 4.6, '万人次', false],
		['31.2万吨', 31.2, '万吨', false],
		['3万羽', 3, '万羽', false],
		['3万尾', 3, '万尾', false],
		// (a measure word nobody has written in a report yet has no unit)
		['3万缕', 3, null, false],
		['18.6公里', 18.6, '公里', false],
		['5万', 5, '万元', false],
		['3907册', 3907, '册', false],
		['86 宗', 86, '宗', false],
		['100余盆', 100, '盆', true],
		['39 期', 39, '期', false],
		['100万', 100, '万元', false],
		['42 万元', 42, '万元', false],
		['1,234,567.89元', 1234567.89, '元', false],
		['88.5分', 88.5, '分', false],
		['约13.6万吨/年', 13.6, '万吨/年', true],
		['120元/人', 120, '元/人', false],
		['85元/吨', 85, '元/吨', false],
		['2.35万元/公里', 2.35, '万元/公里', false],
		['86条(段)', 86, '条(段)', false],
		['25公斤', 25, '公斤', false],
		['12台(套)', 12, '台(套)', false],
		['328家次', 328, '家次', false],
		['12.6km²', 12.6, 'km²', false],
		['4.2km', 4.2, 'km', false],
		['2023项目', 2023, null, false],
		['36800套(间)', 36800, '套(间)', false],
		['12.6万头(只)', 12.6, '万头(只)', false],
		['10.6万元/村', 10.6, '万元/村', false],
		['200万元(省级)', 200, '万元', false],
		['5项目标', 5, '项', false]
	];
	it.each(cases)('%s', (s, value, unit, approx) => {
		const q = parseQuantity(s);
		expect(q).not.toBeNull();
		expect(q!.value).toBeCloseTo(value, 9);
		expect(q!.unit).toBe(unit);
		expect(q!.approx).toBe(approx);
	});
	it.each([
		['投诉量超过30件', '超过30件', true],
		['返工率不超过2%', '2%', false],
		['时长约为3小时', '约为3小时', true]
	])('scanQuantities: %s — "超过" is approximate, "不超过" a bound left to the reader', (s, text, approx) => {
		const [f] = scanQuantities(s);
		expect(f.text).toBe(text);
		expect(f.q.approx ?? false).toBe(approx);
	});
	it('rejects text without a number', () => {
		expect(parseQuantity('达成预期指标')).toBeNull();
		expect(parseQuantity('')).toBeNull();
	});
});

describe('parseMoneyWan', () => {
	const cases: [string, number | null][] = [
		['1,234,567.89元', 123.456789],
		['100万', 100],
		['100万元', 100],
		['99.96万元', 99.96],
		['10600元', 1.06],
		['共计 98 万元', 98],
		['5000人次', null],
		['1.2亿元', 12000],
		['效果明显', null]
	];
	it.each(cases)('%s → %s', (s, wan) => {
		const m = parseMoneyWan(s);
		if (wan === null) expect(m).toBeNull();
		else expect(m!.wan).toBeCloseTo(wan, 9);
	});
});

describe('parseMeasure and meets', () => {
	const cases: [string, number | null, string | null, string | null][] = [
		['≥90%', 0.9, '%', '>='],
		['=8个', 8, '个', '='],
		['≤5次', 5, '次', '<='],
		['不低于95%', 0.95, '%', '>='],
		['≧2.5万株', 2.5, '万株', '>='],
		['≦3天', 3, '天', '<='],
		['效果明显', null, null, null],
		['达成预期指标', null, null, null],
		['100%', 1, '%', null],
		['低于1%', 0.01, '%', '<'],
		['高于80%', 0.8, '%', '>'],
		['5%以内', 0.05, '%', '<='],
		['3次以下', 3, '次', '<='],
		['80%以上', 0.8, '%', null],
		['5月31日前', null, null, null],
		['11月底前', null, null, null],
		['10月前', null, null, null],
		['10月', null, null, null],
		['12个月', 12, '个月', null],
		['≤12月', 12, '月', '<='],
		['2023年11月22日', null, null, null],
		['≤12个月', 12, '个月', '<='],
		// the small-form equals sign of a PDF export
		['﹦100%', 1, '%', '='],
		['≤12千瓦时', 12, '千瓦时', '<='],
		// a concentration is one unit, the "/" no end of it
		['≤0.5毫克/升', 0.5, '毫克/升', '<='],
		['不高于0.4毫克/升', 0.4, '毫克/升', '<='],
		['35微克/立方米', 35, '微克/立方米', null],
		// bee colonies, mushroom logs, fry, a price per 斤
		['≥1200群', 1200, '群', '>='],
		['≥200万棒', 200, '万棒', '>='],
		['≥50万尾', 50, '万尾', '>='],
		['≥0.1元/斤', 0.1, '元/斤', '>='],
		// (群众 is no colony)
		['1200群众', 1200, null, null]
	];
	it.each(cases)('%s', (s, value, unit, op) => {
		const m = parseMeasure(s);
		if (value === null) expect(m.value).toBeNull();
		else expect(m.value).toBeCloseTo(value, 9);
		expect(m.unit).toBe(unit);
		expect(m.op).toBe(op);
	});
	const meetsCases: [number, number, '>=' | '<=' | '=' | null, boolean][] = [
		[0.95, 0.9, '>=', true],
		[0.85, 0.9, '>=', false],
		[0.85, 0.9, null, false],
		[3, 5, '<=', true],
		[6, 5, '<=', false],
		[8, 8, '=', true],
		[9, 8, '=', false]
	];
	it.each(meetsCases)('meets(%s, %s, %s) = %s', (a, t, op, want) => expect(meets(a, t, op)).toBe(want));
});

describe('units of heldout17 (点次, 例, 卷, 顶, 床, 万页, 亿元, 元/人次)', () => {
	it.each([
		['不少于2000点次', 2000, '点次'],
		['≥150例', 150, '例'],
		['6380卷', 6380, '卷'],
		['≥200顶', 200, '顶'],
		['1000床', 1000, '床'],
		['112万页', 112, '万页'],
		['≥5亿元', 5, '亿元'],
		['不超过5元/人次', 5, '元/人次'],
		['提高不少于1个百分点', 1, '个百分点'],
		['≥420米', 420, '米'],
		['650艘', 650, '艘'],
		['12平方米', 12, '平方米'],
		['≥85万毫升', 85, '万毫升'],
		['不少于120枚', 120, '枚']
	])('%s → %s %s', (s, value, unit) => {
		const m = parseMeasure(s);
		expect([m.value, m.unit]).toEqual([value, unit]);
	});
});

describe('rates in words and money in 千元 (heldout19)', () => {
	it.each([
		['百分之九十六', 96],
		['百分之九十六点五', 96.5],
		['百分之百', 100],
		['百分之一百', 100],
		['百分之七', 7],
		['百分之85', 85],
		['百分比', null],
		['百分之二百', null]
	])('percentWords(%s) = %s', (s, want) => expect(percentWords(s)).toBe(want));
	it.each([
		['不低于百分之七十', 0.7, '%', '>='],
		['百分之六十八', 0.68, '%', null],
		['不少于百分之九十五点五', 0.955, '%', '>=']
	])('parseMeasure(%s) → %s %s %s', (s, value, unit, op) => {
		const m = parseMeasure(s);
		expect([m.value, m.unit, m.op]).toEqual([value, unit, op]);
	});
	it.each([
		['600千元', 60],
		['576 千元', 57.6],
		['1,234,567.89元', 123.456789],
		['42万元', 42]
	])('parseMoneyWan(%s) = %s', (s, wan) => expect(parseMoneyWan(s)?.wan).toBeCloseTo(wan, 9));
});

describe('measure words of pairs, sets, transactions, courses, camels and songs; counts of visits by boat or by head', () => {
	it.each([
		['≥1.5万对', 1.5, '万对'],
		['2300副', 2300, '副'],
		['1.8万笔', 1.8, '万笔'],
		['320艘次', 320, '艘次'],
		['8600只次', 8600, '只次'],
		['≥ 4门', 4, '门'],
		['126峰', 126, '峰'],
		['≥480栋次', 480, '栋次'],
		['43首', 43, '首'],
		['≥300把', 300, '把'],
		['4出', 4, '出'],
		['60面', 60, '面'],
		['104站次', 104, '站次'],
		['26课时', 26, '课时'],
		['≥2届', 2, '届'],
		['≥36龛', 36, '龛'],
		['318航次', 318, '航次'],
		['≥10匹', 10, '匹'],
		['336幢', 336, '幢']
	])('parseMeasure(%s)', (t, value, unit) => expect([parseMeasure(t)?.value, parseMeasure(t)?.unit]).toEqual([value, unit]));
	it.each([
		'12对照检查',
		'3副县长',
		'5笔记本',
		'3门诊部',
		'12门店',
		'2023峰会',
		'2023首届',
		'3首次',
		'18首年投产',
		'2把握',
		'3出现',
		'5出台',
		'12面积',
		'3面向',
		'2届时',
		'8台风季',
		'3台阶',
		'2匹配'
	])('no measure word in %s', (t) => {
		expect(scanQuantities(t).map((q) => q.q.unit)).not.toContain(t.slice(t.search(/\D/), t.search(/\D/) + 1));
	});
});

describe('percentTolerance', () => {
	it.each([
		['89', 0.005],
		['94.36', 0.00005],
		['97.7', 0.0005]
	])('"%s%" rounds from within %f', (written, tol) => expect(percentTolerance(written)).toBeCloseTo(tol, 8));
});
