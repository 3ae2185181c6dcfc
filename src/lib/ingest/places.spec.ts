import { describe, expect, it } from 'vitest';
import { DISTRICT_UNIT, divisionRows, lookupPlace, resolvePlace, scanMentions } from './places';

describe('lookupPlace', () => {
	const cases: [string, string | null, string | null, string | null][] = [
		['石门街', '广州市', '石门街道', '440111019'],
		['石门街道', '广州市', '石门街道', '440111019'],
		['白云区', '广州市', '白云区', '440111'],
		['白云区', '贵阳市', '白云区', '520113'],
		// two 白云区 in China: without a city it is not settled
		['白云区', null, null, null],
		['人和镇', '广州市', '人和镇', '440111103'],
		// 新市街道 exists six times; inside Guangzhou it is 白云区's
		['新市街道', '广州市', '新市街道', '440111008'],
		['新市街道', null, null, null],
		['稠城街道', null, '稠城街道', '330782001'],
		['石门街', '深圳市', null, null]
	];
	it.each(cases)('%s in %s', (name, city, official, code) => {
		const r = lookupPlace(name, city);
		expect(r?.name ?? null).toBe(official);
		expect(r?.code ?? null).toBe(code);
	});
});

interface Case {
	name: string;
	text: string;
	/** the head is the first line of the text unless given */
	head?: string;
	unit?: string;
	hint?: string;
	want: [string | null, string | null, string | null, string | null, string | null];
	level?: 'street' | 'district' | null;
	check?: string;
	warn?: RegExp;
}

// Sentences written for these tests; the place chains follow how real reports name their units.
const cases: Case[] = [
	{
		name: 'a two-character county before its street office settles a street name shared by many ("叶县九龙街道办事处")',
		text: '叶县九龙街道办事处2020年度老旧小区物业服务项目绩效自评报告\n项目预算28万元。',
		want: ['河南省', '平顶山市', '叶县', '九龙街道', '410422001'],
		level: 'street'
	},
	{
		name: 'an ethnic township by its short name ("九门乡" for 九门回族乡), its county before it',
		text: '石家庄市藁城区九门乡人民政府2023年度农田灌溉项目绩效自评报告\n项目预算30万元。',
		want: ['河北省', '石家庄市', '藁城区', '九门回族乡', '130109200'],
		level: 'street'
	},
	{
		name: 'an autonomous county by its short name ("门源县" for 门源回族自治县)',
		text: '门源县民政局2022年度临时救助项目绩效自评报告\n项目预算30万元。',
		want: ['青海省', '海北藏族自治州', '门源回族自治县', null, '632221'],
		level: 'district'
	},
	{
		name: 'a short name whose stem is followed by a people that is also a word (彭水 + 苗族土家族, not 彭 + 水族)',
		text: '彭水县文化馆2023年度送戏下乡项目绩效自评报告\n项目预算12万元。',
		want: ['重庆市', '重庆市', '彭水苗族土家族自治县', null, '500243']
	},
	{
		name: 'an autonomous prefecture by its short name ("红河州")',
		text: '红河州林业和草原局2021年度森林防火项目绩效自评报告\n项目预算80万元。',
		want: ['云南省', '红河哈尼族彝族自治州', null, null, '5325']
	},
	{
		name: 'long unit name with its parent government',
		text: '广州市白云区人民政府石门街道办事处2021年党建工作经费项目绩效自评报告\n预算执行。',
		want: ['广东省', '广州市', '白云区', '石门街道', '440111019'],
		level: 'street'
	},
	{
		name: '街 for 街道',
		text: '广州市白云区人民政府石门街办事处\n石门街党工委。',
		want: ['广东省', '广州市', '白云区', '石门街道', '440111019'],
		level: 'street'
	},
	{
		name: 'a street unique in China gives its chain',
		text: '海幢街道党组织工作经费绩效评价\n预算数10万元。',
		want: ['广东省', '广州市', '海珠区', '海幢街道', '440105007'],
		level: 'street',
		warn: /district inferred from street/
	},
	{
		name: 'a town in another province, full chain',
		text: '安徽省合肥市肥西县上派镇人民政府2022年度道路养护项目绩效自评报告\n为人民群众办实事。',
		want: ['安徽省', '合肥市', '肥西县', '上派镇', '340123100'],
		level: 'street'
	},
	{
		name: '人民政府 / 人民群众 never make 人民街道',
		text: '某县人民政府关于项目资金的绩效评价报告\n坚持以人民为中心，服务人民群众。',
		want: [null, null, null, null, null],
		check: 'place_unresolved'
	},
	{
		name: '新兴产业 is no 新兴街道',
		text: '浙江省湖州市吴兴区人民政府关于新兴产业扶持资金绩效评价报告\n支持新兴产业发展。',
		want: ['浙江省', '湖州市', '吴兴区', null, '330502']
	},
	{
		name: '新市街道 alone is ambiguous: NULL with the candidates',
		text: '新市街道2021年度党建经费绩效自评报告\n全街预算数10万元。',
		want: [null, null, null, null, null],
		check: 'place_ambiguous',
		warn: /广东省/
	},
	{
		name: '新市街道 settled by the hint city',
		text: '新市街道2021年度党建经费绩效自评报告\n全街预算数10万元。',
		hint: '广州市',
		want: ['广东省', '广州市', '白云区', '新市街道', '440111008'],
		level: 'street'
	},
	{
		name: 'the text chain wins over the hint',
		text: '贵州省贵阳市白云区财政局2022年度项目支出绩效自评表\n预算数5万元。',
		hint: '广州市',
		want: ['贵州省', '贵阳市', '白云区', null, '520113'],
		level: 'district'
	},
	{
		name: '白云区 with 贵阳市 in the prose',
		text: '白云区农业农村局2023年度项目绩效自评报告\n贵阳市财政局下达资金。',
		want: ['贵州省', '贵阳市', '白云区', null, '520113'],
		level: 'district'
	},
	{
		name: 'a county-level city is the district',
		text: '浙江省义乌市稠城街道办事处2022年度社区服务经费绩效自评报告',
		want: ['浙江省', '金华市', '义乌市', '稠城街道', '330782001'],
		level: 'street'
	},
	{
		name: 'a municipality is its own city',
		text: '北京市朝阳区民政局2021年度养老服务项目绩效评价报告',
		want: ['北京市', '北京市', '朝阳区', null, '110105'],
		level: 'district'
	},
	{
		name: 'a city without districts (东莞)',
		text: '东莞市东城街道办事处2022年度项目支出绩效自评报告',
		want: ['广东省', '东莞市', null, '东城街道', '441900003'],
		level: 'street'
	},
	{
		name: 'a two-character county right after its city',
		text: '河北省石家庄市赵县财政局2021年度部门整体支出绩效自评报告',
		want: ['河北省', '石家庄市', '赵县', null, '130133'],
		level: 'district'
	},
	{
		name: 'a unique two-character county opening an institution name',
		text: '康县人民医院2022年度设备购置项目绩效自评报告\n项目预算100万元。',
		unit: '康县人民医院',
		want: ['甘肃省', '陇南市', '康县', null, '621224'],
		level: 'district'
	},
	{
		name: 'a unique two-character county opening a title line before its year, or after 受 / 对 naming a unit',
		text: '眉县2025年度果园提质项目绩效评价报告\n受眉县农业农村局委托，某公司对眉县果业服务中心实施的项目开展了评价。预算260万元。',
		unit: '眉县果业服务中心',
		want: ['陕西省', '宝鸡市', '眉县', null, '610326'],
		level: 'district'
	},
	{
		name: 'a two-character county after 受 with no institution after it, or mid-line before a year, is no place',
		text: '某县果园提质项目绩效评价报告\n项目受眉县影响较大，预计到2025年完成。\n预算260万元。',
		want: [null, null, null, null, null]
	},
	{
		name: 'a two-character county inside a word is no place',
		text: '某市健康县域医共体建设项目绩效评价报告\n推进小康县建设，预算50万元。',
		want: [null, null, null, null, null]
	},
	{
		name: "a county unit's project site gives no street",
		text: '康县人民医院2022年度设备购置项目绩效自评报告\n项目实施地点：甘肃省陇南市康县城关镇。预算100万元。',
		unit: '康县人民医院',
		want: ['甘肃省', '陇南市', '康县', null, '621224'],
		level: 'district'
	},
	{
		name: "where a county's unit lies (位于…镇) gives no street",
		text: '康县林场2022年度森林管护项目绩效自评报告\n康县林场位于县城所在地城关镇以北,经营面积12万亩。预算100万元。',
		want: ['甘肃省', '陇南市', '康县', null, '621224']
	},
	{
		name: 'a city-level unit whose prose names several districts',
		text: '合肥市财政局2022年度专项资金绩效评价报告\n资金分配至蜀山区、包河区和瑶海区。',
		want: ['安徽省', '合肥市', null, null, '3401'],
		check: 'place_partial'
	},
	{
		name: 'a county named only in the unit cell',
		text: '项目支出绩效自评表\n项目名称\t乡村道路养护\n主管部门\t肥西县交通运输局\t实施单位\t肥西县交通运输局\n预算数100万元',
		unit: '肥西县交通运输局',
		want: ['安徽省', '合肥市', '肥西县', null, '340123'],
		level: 'district'
	},
	{
		name: 'a place learnt from elsewhere does not outweigh the unit',
		text: '安徽省合肥市肥西县财政局2022年度项目绩效自评报告\n学习浙江省杭州市经验，组织赴杭州市考察。',
		want: ['安徽省', '合肥市', '肥西县', null, '340123']
	},
	{
		name: 'two provinces equally named: not written',
		text: '项目绩效评价报告\n资金由安徽省和浙江省共同安排。',
		want: [null, null, null, null, null],
		check: 'place_ambiguous'
	},
	{
		name: 'street only implied by prose, in a report that calls itself 全街',
		text: '广州市财政局下达资金。推动党的二十大精神在新市落地生根，全街党员干部。',
		want: ['广东省', '广州市', '白云区', '新市街道', '440111008'],
		level: 'street',
		warn: /street inferred from prose/
	},
	{ name: '新市民 is not 新市', text: '广州市财政局下达资金，为新市民提供服务，全街开展党建工作。', want: ['广东省', '广州市', null, null, '4401'] },
	{
		name: 'district-level unit (区直属机关工作委员会)',
		text: '中共广州市黄埔区直属机关工作委员会重点项目绩效评价报告\n为区直机关党组织提供阵地。',
		unit: '中共广州市黄埔区直属机关工作委员会',
		want: ['广东省', '广州市', '黄埔区', null, '440112'],
		level: 'district'
	},
	{
		name: 'a town (镇) with its district',
		text: '广州市从化区鳌头镇人民政府党建工作经费绩效自评报告',
		want: ['广东省', '广州市', '从化区', '鳌头镇', '440117113'],
		level: 'street'
	},
	{ name: '从化区域 is not 从化区', text: '项目绩效自评报告\n覆盖从化区域内各村。', want: [null, null, null, null, null] },
	{
		name: '部分乡镇 is no town (分乡镇) of another province',
		text: '盐池县残疾人联合会项目绩效自评报告\n吴忠市残联:现将盐池县自评情况报告如下。\n存在问题:部分乡镇复核不及时。',
		unit: '盐池县残疾人联合会',
		want: ['宁夏回族自治区', '吴忠市', '盐池县', null, '640323'],
		level: 'district'
	}
];

describe('resolvePlace', () => {
	it.each(cases)('$name', (c) => {
		const head = c.head ?? c.text.split('\n')[0];
		const at = c.text.indexOf(head);
		const p = resolvePlace(c.text, { head: [[at, at + head.length]], unit: c.unit ?? null, hint: c.hint ?? null });
		expect([p.province, p.city, p.district, p.street, p.divisionCode]).toEqual(c.want);
		if (c.level !== undefined) expect(p.unitLevel).toBe(c.level);
		if (c.check) expect(p.checks.map((k) => k.code).concat(p.province ? [] : ['place_unresolved'])).toContain(c.check);
		if (c.warn) expect(p.warnings.join('; ') + p.checks.map((k) => k.detail).join('; ')).toMatch(c.warn);
		if (p.evidence) expect(c.text.slice(p.evidence[0], p.evidence[1]).length).toBeGreaterThan(0);
	});
});

describe('scanMentions', () => {
	it('finds each name once, at its longest form, with its offsets', () => {
		const t = '广州市白云区人民政府石门街道办事处';
		const m = scanMentions(t);
		expect(m.map((x) => t.slice(x.start, x.end))).toEqual(['广州市', '白云区', '石门街道']);
	});
	it('finds no place in everyday words', () => {
		expect(scanMentions('坚持人民至上，发展新兴产业，推进城镇化和区域协调。部分乡镇、全县三乡镇按月发放。')).toEqual([]);
	});
});

describe('divisionRows', () => {
	it('lists Guangzhou with its 11 districts and their streets, parents linked', () => {
		const rows = divisionRows('广州市');
		const districts = rows.filter((r) => r.level === 'district');
		expect(rows.filter((r) => r.level === 'city')).toHaveLength(1);
		expect(rows.filter((r) => r.level === 'province').map((r) => r.name)).toEqual(['广东省']);
		expect(districts).toHaveLength(11);
		const codes = new Set(rows.map((r) => r.code));
		for (const r of rows.filter((r) => r.level !== 'province')) expect(codes.has(r.parent_code!)).toBe(true);
		expect(rows.find((r) => r.name === '石门街道')?.parent_code).toBe('440111');
	});
	it('covers cities in every province, municipalities by their own name', () => {
		expect(divisionRows('北京市').some((r) => r.name === '朝阳区')).toBe(true);
		expect(divisionRows('乌鲁木齐市').some((r) => r.level === 'district')).toBe(true);
		expect(divisionRows('火星市')).toEqual([]);
	});
});

describe('a county institution is a district-level unit (heldout26)', () => {
	it.each([
		['莲花县中小学卫生保健所', true],
		['某县非物质文化遗产保护中心', true],
		['某县第二中学', true],
		['某县乡村振兴局', true],
		['某县某镇卫生院', false],
		['某县某镇农业服务中心', false],
		['某县某村党群服务站', false],
		// the 区 of a 社区 or 园区 is no district
		['某区某镇社区服务中心', false],
		['某县某镇工业园区管理服务中心', false],
		// a town's own office or bureau is the town's
		['某市某区某水镇农业农村办公室', false],
		['某县某乡财政所', false],
		['某县农业农村办公室', true],
		['某县乡村振兴局', true]
	])('%s → %s', (unit, district) => expect(DISTRICT_UNIT.test(unit)).toBe(district));
	it('towns a county institution serves, named in its prose, give no street', () => {
		const text = '莲花县中小学卫生保健所2019年度直饮水运维项目绩效自评报告\n项目覆盖琴亭镇、良坊镇等乡镇的中小学校。\n建议在良坊镇设立备件点。';
		const p = resolvePlace(text, { unit: '莲花县中小学卫生保健所', head: [[0, 30]] });
		expect([p.district, p.street]).toEqual(['莲花县', null]);
	});
});

describe("an address or contact line near the top is no head of the report's place", () => {
	// a consulting firm's page: its office and branch addresses stand above the report it wrote for a county unit
	const text = [
		'• 地址:西藏自治区拉萨市城关区某某路8号',
		'• 日喀则业务代表处:日喀则市桑珠孜区某某路3号',
		'• 亚东县某某繁育中心2019年度鲑鱼繁育项目绩效评价报告',
		'受亚东县财政局委托,我公司对该项目开展了评价。'
	].join('\n');
	const head: [number, number][] = [[0, text.indexOf('受')]];
	it('the county the title names settles the city; the firm’s addresses do not make it ambiguous', () => {
		const p = resolvePlace(text, { unit: '亚东县某某繁育中心', head });
		expect([p.province, p.city, p.district, p.divisionCode]).toEqual(['西藏自治区', '日喀则市', '亚东县', '540233']);
	});
	it('without the contact rule the addresses would tie the cities (the lines are what is tested)', () => {
		const noContact = text.replace('地址:', '地址在').replace('代表处:', '代表处在');
		const p = resolvePlace(noContact, { unit: '亚东县某某繁育中心', head });
		expect(p.city).toBeNull();
	});
});
