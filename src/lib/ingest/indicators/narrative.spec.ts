import { describe, expect, it } from 'vitest';
import { splitLines } from '../structure';
import { parseNarrative } from './narrative';
import { normalizeText } from '../normalize';

// the lines as written (the normaliser drops some furniture itself; this pass must not rely on it)
// each row as its name, its target and its result, as written
function nameTargetResult(text: string) {
	return parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text]);
}

function scored(text: string) {
	return parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.name, r.actual_text, r.weight, r.points]);
}

describe('weights and points in brackets after a result', () => {
	it('"实际128个（分值20分，得20分）" gives the row its weight and points, and the bracket is no part of the result', () => {
		expect(
			scored('三、绩效目标完成情况\n1．新增停车泊位：目标≥120个，实际128个（分值20分，得20分）。\n2．日均巡查：目标≥4次，实际4次(权重15分,得分13.5分)。')
		).toEqual([
			['新增停车泊位', '128个', 20, 20],
			['日均巡查', '4次', 15, 13.5]
		]);
	});
	const cells = (text: string) => parseNarrative(splitLines(normalizeText(text).text), new Set(), [], new Set()).map((r) => [r.name, r.weight, r.points]);
	it("a scoring form's cells one a line: '名称(目标…,完成…)' then its weight and its points", () => {
		expect(cells('产出指标\n40分)\n培育紫菜苗网(目标≥3万张,完成3.2万张)\n20\n\n18\n \n苗网出库合格率(目标≥95%,完成96%)\n20\n20\n效益指标')).toEqual([
			['培育紫菜苗网', 20, 18],
			['苗网出库合格率', 20, 20]
		]);
	});
	it('two figures after such a cell that are no weight and points (points above weight) stay apart', () => {
		expect(cells('产出指标\n培育紫菜苗网(目标≥3万张,完成3.2万张)\n18\n20')).toEqual([['培育紫菜苗网', null, null]]);
	});
});

function rows(text: string) {
	const lines = splitLines(text);
	return parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text]);
}

// An indicator is a target or a result of the evaluated project. Background counts (staff, offices,
// villages, equipment, chainage) and page furniture never are. Invented wording throughout.
const CASES: [what: string, text: string, want: (string | null)[][]][] = [
	[
		'a heading whose text runs on after a space is no part of a name; a name cut before its noun ("…和 | 38.6公里") names nothing',
		[
			'(二)项目绩效目标 完成全镇 18 座提灌站和 26.5 公里渠道的管护,渠道完好率不低于 90%。',
			'二、绩效目标完成情况',
			'(一)产出指标 管护提灌站 18 座,渠道完好率 94%。'
		].join('\n'),
		[
			['管护提灌站', null, '18座'],
			['渠道完好率', '不低于90%', '94%']
		]
	],
	[
		'a figure told in the problems or the next steps is no result; a result short of its target there still is',
		[
			'三、绩效目标完成情况',
			'(一)产出指标:新建排水沟目标≥3公里,实际完成3.2公里。',
			'五、存在的问题',
			'施工中3处管线迁改增加了协调时间;受益农户目标≥500户,实际480户。',
			'六、下一步工作打算',
			'计划新聘管护员6人,加强日常巡查。',
			'七、偏离绩效目标的原因和下一步改进措施',
			'验收合格2处,其余正在整改。'
		].join('\n'),
		[
			['新建排水沟', '≥3公里', '3.2公里'],
			['受益农户', '≥500户', '480户'],
			['验收合格', null, '2处']
		]
	],
	[
		'a date as the result is a time, not the amount 2023 ("于2023年8月25日全部完工")',
		['三、绩效目标完成情况', '工程完工时间目标2023年9月30日前,实际于2023年9月18日全部完工。'].join('\n'),
		[['工程完工时间', '2023年9月30日前', '2023年9月18日']]
	],
	[
		'results worded "经测产实际提升", "问卷统计为", "抽样调查实际为", "抽样调查满意度为" (the name again); a target after "完成计划目标" / "达到年度目标"',
		[
			'三、绩效目标完成情况',
			'亩均增产目标≥40公斤,经测产实际提升46公斤;农户满意度目标≥90%,问卷统计为92.4%;群众满意度目标≥95%,抽样调查实际为94%;商户满意度目标不低于85%,抽样调查满意度为88.1%。',
			'建成灌溉渠道3.5公里,完成计划目标3.5公里;新建泵站2座,达到年度目标2座。'
		].join('\n'),
		[
			['亩均增产', '≥40公斤', '46公斤'],
			['农户满意度', '≥90%', '92.4%'],
			['群众满意度', '≥95%', '94%'],
			['商户满意度', '不低于85%', '88.1%'],
			['建成灌溉渠道', '3.5公里', '3.5公里'],
			['新建泵站', '2座', '2座']
		]
	],
	[
		'"不超过"/"不高于" is the target\'s bound, not part of the name; a money bound with its result after it is a unit cost or a standard; "=" is a bound',
		[
			'三、绩效指标完成情况',
			'质量指标:返工率不超过2%,实际1.6%;单户改造造价不高于3500元,实际3420元;每户补贴标准=800元,实际800元;项目支出≤50万元,实际48万元。'
		].join('\n'),
		[
			['返工率', '不超过2%', '1.6%'],
			['单户改造造价', '不高于3500元', '3420元'],
			['每户补贴标准', '=800元', '800元']
		]
	],
	[
		'"X≥T,实际A", "X T,达到A", "X≥T,调查结果A": the written target, then its result after the word (a bare "100%" before ",实际" is the target)',
		[
			'三、绩效指标完成情况',
			'产出指标:清理沟渠≥12公里,实际12.4公里;设备完好率100%,实际100%;安装护栏不少于80处,达到82处。',
			'满意度指标:村民满意度≥92%,抽样调查结果为90.6%;商户满意度≥85%,调查结果88%。'
		].join('\n'),
		[
			['清理沟渠', '≥12公里', '12.4公里'],
			['设备完好率', '100%', '100%'],
			['安装护栏', '不少于80处', '82处'],
			['村民满意度', '≥92%', '90.6%'],
			['商户满意度', '≥85%', '88%']
		]
	],
	[
		'a money figure with a thousands separator names nothing after it ("结余10,800元系2名人员…"); 资金发放率 is the budget\'s rate',
		['二、资金使用情况', '实际支出42.12万元,资金发放率97.5%。结余10,800元系2名人员年中退岗形成。'].join('\n'),
		[]
	],
	[
		'targets stated after results: "年初目标为不少于T", "与年初计划的T一致", "低于年初设定的不低于T的目标"',
		[
			'三、绩效目标完成情况',
			'全年完成公厕改造8个,与年初计划的8个一致;完成隐患整治620处,年初目标为不少于600处;群众满意度为89.5%,低于年初设定的不低于90%的目标。'
		].join('\n'),
		[
			['全年完成公厕改造', '8个', '8个'],
			['完成隐患整治', '不少于600处', '620处'],
			['群众满意度', '不低于90%', '89.5%']
		]
	],
	[
		'"超过年初4公里的目标": the target after 年初',
		['三、绩效目标完成情况', '全年新建产业路4.2公里,超过年初4公里的目标。'].join('\n'),
		[['全年新建产业路', '4公里', '4.2公里']]
	],
	[
		'a level-1 label alone on its line holds for the items below; "低1个百分点" is no count',
		['三、绩效指标完成情况', '产出指标:', '(1)新建公厕,年度目标4座,实际完成4座;', '满意度指标:', '(2)群众满意度,年度目标≥90%,实际89%,较目标低1个百分点。'].join(
			'\n'
		),
		[
			['新建公厕', '4座', '4座'],
			['群众满意度', '≥90%', '89%']
		]
	],
	[
		'money with a money target right after it is a benefit or a unit cost; the budget with its plan is not',
		['三、绩效目标完成情况', '果农亩均增收520元(计划≥500元);每公里养护成本0.8万元(目标≤1万元)。', '项目预算资金90万元(计划90万元),已全部支出。'].join('\n'),
		[
			['果农亩均增收', '≥500元', '520元'],
			['每公里养护成本', '≤1万元', '0.8万元']
		]
	],
	[
		'the name as a clause of its own: "X:目标T,实际A", "X,年度目标T,实际完成A", "X:目标T,抽样调查结果A"',
		[
			'三、绩效目标完成情况',
			'1.良种推广面积:目标不少于2.4万亩,实际完成2.52万亩,已完成。',
			'(2)新建垃圾收集亭,年度目标6座,实际完成6座;',
			'3.群众满意度:目标不低于90%,抽样调查结果92.5%,已完成。',
			'项目按期推进,各村积极配合。'
		].join('\n'),
		[
			['良种推广面积', '不少于2.4万亩', '2.52万亩'],
			['新建垃圾收集亭', '6座', '6座'],
			['群众满意度', '不低于90%', '92.5%']
		]
	],
	[
		'"X N，完成M" and "X目标T，建成A" pair plan and result; "调查结果为" is a result',
		['三、绩效指标完成情况', '新建沼气池4座，完成4座；库容目标500吨以上，建成520吨。受益农户满意度目标90%以上，抽样调查结果为95.1%。'].join('\n'),
		[
			['库容', '500吨以上', '520吨'],
			['受益农户满意度', '90%以上', '95.1%'],
			['新建沼气池', '4座', '4座']
		]
	],
	[
		'a 部门整体支出绩效目标 section sets targets; a year-on-year growth rate of the accounts is no indicator',
		[
			'一、基本情况',
			'（一）部门整体支出概况。',
			'收入846万元，同比上年度增加71万元，增加9.2%。',
			'（二）部门整体支出绩效目标。',
			'组织委员视察调研不少于12次，提案办结率达到100%。',
			'（三）绩效目标完成情况。',
			'全年组织委员视察调研14次，提案办结率100%。'
		].join('\n'),
		[
			['组织委员视察调研', '不少于12次', '14次'],
			['提案办结率', '100%', '100%']
		]
	],
	[
		'an essay site\'s "(通用8篇)" and the places a project covers are no indicators; a total plan is a target',
		[
			'建设项目绩效自评报告(通用8篇)',
			'二、项目安排情况',
			'一批项目涉及甲镇、乙镇等5个镇,三批合计计划硬化道路12000平方米。',
			'三、项目实施情况',
			'共完成道路硬化12150平方米。'
		].join('\n'),
		[['硬化道路', '12000平方米', '12150平方米']]
	],
	[
		'the target sentence inside 基本情况 sets targets for the results reported later; the rest stays background',
		[
			'一、项目基本情况',
			'本项目覆盖7个村，项目年度绩效目标为：清淤沟渠3.5公里，维修闸门4座。',
			'二、绩效目标完成情况',
			'全年清淤沟渠3.8公里，维修闸门4座。'
		].join('\n'),
		[
			['清淤沟渠', '3.5公里', '3.8公里'],
			['维修闸门', '4座', '4座']
		]
	],
	[
		'a plan stated after its result, a bracketed 计划 with its qualifier and thousands',
		['二、绩效目标完成情况', '全年新修水窖38口。年初计划新修水窖40口，因雨季延误未完成。开展技术培训1,350人次（计划不少于1,200人次）。'].join('\n'),
		[
			['全年新修水窖', '40口', '38口'],
			['开展技术培训', '不少于1,200人次', '1,350人次']
		]
	],
	[
		'a planned count is a target, and "已完成" after it is its result (never a name)',
		['二、绩效目标完成情况', '全镇计划实施小型水利项目7个，已完成6个。'].join('\n'),
		[['实施小型水利项目', '7个', '6个']]
	],
	[
		'a 单位概况 / 项目概况 section is background; 项目实施情况 is not',
		[
			'一、基本情况',
			'（一）单位概况',
			'本馆内设机构5个，现有在职人员32人，离退休人员14人，下辖乡镇文化站12个。',
			'（二）项目概况',
			'项目覆盖全县9个乡镇、126个行政村，配备展陈设备48台、音响设备6套。',
			'（三）项目实施情况',
			'全年举办非遗展演活动16场。'
		].join('\n'),
		[['全年举办非遗展演活动', null, '16场']]
	],
	[
		'targets counted off after a colon ("四项:一是…;二是…"), each with its bound written after the figure and its result',
		[
			'二、绩效目标完成情况',
			'年初设定绩效目标三项:一是新植油茶林不少于600亩,实际新植640亩;二是苗木成活率达到85%以上,实际为82%;三是亩均管护成本300元以内,实际280元。'
		].join('\n'),
		[
			['新植油茶林', '不少于600亩', '640亩'],
			['苗木成活率', '85%以上', '82%'],
			['亩均管护成本', '300元以内', '280元']
		]
	],
	[
		'a cost held to a figure ("控制在…以内") is a target written from its figure',
		['二、绩效目标完成情况', '每亩施肥成本目标控制在150元以内,实际为162元;单株嫁接成本控制在2元以内,实际为1.8元。'].join('\n'),
		[
			['每亩施肥成本', '150元以内', '162元'],
			['单株嫁接成本', '2元以内', '1.8元']
		]
	],
	[
		'money bounds per unit, sales and amounts in 亿元 are indicators; the targets after "目标为:" are named by their own words',
		[
			'二、绩效目标完成情况',
			'项目设定的绩效目标为:新建烘干房≥6座,实际建成6座;每亩种植补助不超过300元,实际280元;合作社年销售额≥120万元,实际完成135万元;带动产业产值1.5亿元以上,实际1.3亿元。'
		].join('\n'),
		[
			['新建烘干房', '≥6座', '6座'],
			['每亩种植补助', '不超过300元', '280元'],
			['合作社年销售额', '≥120万元', '135万元'],
			['带动产业产值', '1.5亿元以上', '1.3亿元']
		]
	],
	[
		"a project's plan in its opening sentence sets targets; what is done already names its result by the item",
		[
			'一、项目基本情况',
			'我县2022年农村道路提升项目计划投资540万元,硬化村组道路18.5公里,安装太阳能路灯120盏。',
			'二、绩效目标完成情况',
			'1、产出指标完成情况分析',
			'已完成村组道路硬化18.5公里,安装太阳能路灯120盏。'
		].join('\n'),
		[
			['硬化村组道路', '18.5公里', '18.5公里'],
			['安装太阳能路灯', '120盏', '120盏']
		]
	],
	[
		'the projects a fund is split into are background, not results',
		['二、绩效目标完成情况', '全镇整合资金预算312万元,其中产业项目4个,预算资金150万元;其中基础设施类项目3个,预算资金162万元。', '全年新建冷链仓储点2个。'].join(
			'\n'
		),
		[['全年新建冷链仓储点', null, '2个']]
	],
	[
		'text right under 基本情况 is background until the next heading',
		[
			'一、基本情况',
			'街道辖区面积3.2平方公里，常住人口5.6万人，设社区居委会9个。',
			'二、绩效目标完成情况',
			'数量指标：慰问困难党员目标值≥80人次，实际完成值86人次。'
		].join('\n'),
		[['慰问困难党员', '≥80人次', '86人次']]
	],
	[
		'an unnumbered "项目概况" line opens background; a performance heading closes it',
		['项目概况', '项目涉及行政村11个，安装监控设备64台。', '绩效目标完成情况', '全年巡查河道120次。'].join('\n'),
		[['全年巡查河道', null, '120次']]
	],
	[
		'page furniture: breadcrumb, 索引号 box, view counts, share and print buttons',
		[
			'当前位置：首页 > 政务公开 > 财政资金 > 绩效评价',
			'首页 > 信息公开 > 预决算公开',
			'索引号：11520000-2023-00731 发布机构：某某县文化馆',
			'发布日期：2023-06-18 浏览次数：386次',
			'分享到：',
			'字号：大 中 小',
			'【打印本页】【关闭窗口】',
			'三、绩效目标完成情况',
			'开展送戏下乡演出24场。'
		].join('\n'),
		[['开展送戏下乡演出', null, '24场']]
	],
	[
		'a count that opens the sentence ("14个项目共带动…3218人") names no figure: the words after it name the next one',
		'三、绩效目标完成情况\n9个项目共带动农户1260人增收。',
		[['项目共带动农户', null, '1260人']]
	],
	[
		'lengths in km, rooms in 套(间), tonnage per year: counts',
		'三、绩效目标完成情况\n治理河道4.2km;筹集租赁住房1260套(间);减少污水直排约3.1万吨/年。',
		[
			['治理河道', null, '4.2km'],
			['筹集租赁住房', null, '1260套(间)'],
			['减少污水直排', null, '约3.1万吨/年']
		]
	],
	['a chainage is a code, not a count', '三、实施情况\n修复K12+300处至K12+800处路段边沟，新增护栏1200米。', []],
	[
		'"由 X 降至 Y": the result is Y; the budget\'s 支出进度 beside an amount is no indicator; lengths in 公里',
		'二、绩效目标完成情况分析\n截至年底已支出1880万元,支出进度94%。改造供热管网12.6公里;管网失水率由9%降至4.5%;设备使用率96%。',
		[
			['改造供热管网', null, '12.6公里'],
			['管网失水率', null, '4.5%'],
			['设备使用率', null, '96%']
		]
	],
	[
		'head counts outside a background section',
		'三、实施情况\n全镇现有在职人员45人，其中退休人员12人；全年培训网格员260人次。',
		[['全年培训网格员', null, '260人次']]
	],
	[
		'a level label run into its items by a dash ("产出指标——…"); a count in the clause explaining a shortfall is no indicator',
		['二、指标完成', '产出指标——修缮古民居≥40户，实际37户，3户因产权纠纷暂缓实施；新建风雨桥≥2座，实际2座。', '满意度指标——村民满意度≥90%，实际93%。'].join(
			'\n'
		),
		[
			['修缮古民居', '≥40户', '37户'],
			['新建风雨桥', '≥2座', '2座'],
			['村民满意度', '≥90%', '93%']
		]
	],
	[
		'"X：绩效目标≥T，实际完成A" names X; the evaluators\' sample and questionnaires are no indicators',
		[
			'三、绩效目标实现情况',
			'评价组抽查站点16处，发放问卷300份，收回有效问卷288份。',
			'1.维修供水站点：绩效目标≥40处，实际完成41处。',
			'2.水质达标率：绩效目标≥95%，抽检结果93.5%，2处站点消毒设备未正常投运。'
		].join('\n'),
		[
			['维修供水站点', '≥40处', '41处'],
			['水质达标率', '≥95%', '93.5%']
		]
	],
	[
		'the year before\'s figure in brackets after a result is no part of it; a name ending in 参与 is a name; "核查成活率87%" is the result',
		[
			'三、绩效指标完成情况（括号内为上年数据）',
			'（一）新建服务站点：目标≥20个，实际完成22个（上年新建18个）。',
			'（二）群众文化活动参与：目标≥6000人次，实际5600人次，受道路中断影响两场活动取消。',
			'（三）苗木成活率：年度目标≥85%，秋季核查成活率87%。'
		].join('\n'),
		[
			['新建服务站点', '≥20个', '22个'],
			['群众文化活动参与', '≥6000人次', '5600人次'],
			['苗木成活率', '≥85%', '87%']
		]
	],
	[
		"a score table glued by a text layout, amounts, footnotes, a period of notice and a list's numbers give no names",
		[
			'三、绩效目标完成情况',
			'1.新建高标准农田：目标1.3万亩，实际1.3万亩。',
			'决策1513.5 90.00%；合计10086 86.00%。',
			'基本支出446.56万元，占37.57%；剩余33.6万元因3家单位未验收暂未支付。',
			'[2]质保金比例为合同金额5%。',
			'公示期为2023年4月11日至4月17日，共5个工作日。',
			'新增农村集体经济收入超过10万元的村3个。'
		].join('\n'),
		[
			['新建高标准农田', '1.3万亩', '1.3万亩'],
			['新增农村集体经济收入超过10万元的村', null, '3个']
		]
	]
];

// A figure in a 绩效目标 section, or written "不少于 …", is a target; the result stated later joins it.
const TARGETS: [what: string, text: string, want: (string | number | boolean | null)[][]][] = [
	[
		'"年初目标" after the name\'s colon ("城镇新增就业:年初目标≥320人,实际完成296人")',
		['第三部分 部门整体绩效目标完成情况', '(一)城镇新增就业:年初目标≥320人,实际完成296人。', '(二)楼道改造:全年目标12个,实际完成12个。'].join('\n'),
		[
			['城镇新增就业', '≥320人', '296人', false],
			['楼道改造', '12个', '12个', true]
		]
	],
	[
		'a target table with its scoring bands (优 | 良 | 中 | 差) gives no row; "指标1:X,目标…,实际…" after a label\'s colon does',
		[
			'项目绩效目标表\t\t\t',
			'指标类型\t绩效指标\t绩效目标\t绩效标准',
			'优\t良\t中\t差',
			'产出指标\t指标1:维修山塘\t12座\t12座以上\t10座-12座\t8座-10座\t8座以下',
			'二、项目绩效目标完成情况',
			'1.产出指标完成情况:指标1:维修山塘,目标12座,实际维修13座。'
		].join('\n'),
		[['维修山塘', '12座', '13座', true]]
	],
	[
		'"目标…,实际" and what was done or an average\'s word before the figure ("实际开展4次", "实际平均6个工作日"); a period (每周) stays',
		['三、绩效目标完成情况', '巡护员培训:目标4次,实际开展4次。救助审批时限目标≤10个工作日,实际平均6个工作日;开放天数目标每周不少于5天,实际每周6天。'].join(
			'\n'
		),
		[
			['巡护员培训', '4次', '4次', true],
			['救助审批时限', '≤10个工作日', '6个工作日', true],
			['开放天数', '每周不少于5天', '每周6天', true]
		]
	],
	[
		'"X:计划N,实际M" lines, and "年度目标…,全年完成…"',
		[
			'二、绩效目标完成情况',
			'(一)产出指标',
			'开设社区食堂:计划4个,实际4个。',
			'每餐补贴标准:计划≤8元,实际7.5元。',
			'1.产出指标:完成入户核查,年度目标≥300户,全年完成312户;核查准确率,年度目标100%,全年完成98%。'
		].join('\n'),
		[
			['开设社区食堂', '4个', '4个', true],
			['每餐补贴标准', '≤8元', '7.5元', true],
			['完成入户核查', '≥300户', '312户', true],
			['核查准确率', '100%', '98%', false]
		]
	],
	[
		'a survey\'s result, then "达到T以上的目标": the result is the figure, T the target, 测评结果 no part of the name',
		['二、绩效目标完成情况', '入住老人满意度测评结果为91.5%,达到90%以上的目标。'].join('\n'),
		[['入住老人满意度', '90%以上', '91.5%', true]]
	],
	[
		'targets in a 绩效目标 section, results under items named by their indicator ("（1）走访退役军人：实际走访336人")',
		[
			'二、绩效目标',
			'1.产出指标:走访退役军人不少于320人;帮扶困难家庭不少于25户。',
			'三、绩效指标完成情况',
			'1.产出指标',
			'(1)走访退役军人:实际走访336人,完成目标。',
			'(2)帮扶困难家庭:实际帮扶24户,未完成目标。'
		].join('\n'),
		[
			['走访退役军人', '不少于320人', '336人', true],
			['帮扶困难家庭', '不少于25户', '24户', false]
		]
	],
	[
		'a figure spaced off its unit keeps the unit ("实际配备 318 名")',
		['三、绩效目标完成情况', '1.护林员配备:目标 120 名,实际配备 120 名。', '2.林区巡查:目标不少于 900 点次,实际 956 点次。'].join('\n'),
		[
			['护林员配备', '120名', '120名', true],
			['林区巡查', '不少于900点次', '956点次', true]
		]
	],
	[
		'"实际" and the verb again before the result ("≥480盏,实际更换502盏"); another unit after 实际 is no result',
		['三、绩效目标完成情况', '1.产出指标:更换节能灯具≥480盏,实际更换502盏;新建便民车棚≥6处,实际投入资金12万元。'].join('\n'),
		[
			['更换节能灯具', '≥480盏', '502盏', true],
			['新建便民车棚', '≥6处', null, null]
		]
	],
	[
		'targets in a 绩效目标 section, results in the next section',
		[
			'（三）绩效目标',
			'数量指标：组织义诊活动不少于20场；',
			'质量指标：随访完成率不低于90%。',
			'二、绩效目标完成情况',
			'全年共组织义诊活动23场，随访完成率88%。'
		].join('\n'),
		[
			['组织义诊活动', '不少于20场', '23场', true],
			['随访完成率', '不低于90%', '88%', false]
		]
	],
	[
		"a result that states its target again is one row, with the bound the target was set with, named as first stated; the evaluation's own procedure counts nothing",
		[
			'一、绩效目标',
			'项目绩效目标为:维修水井20处,验收合格率不低于95%,受益农户1200户。',
			'二、绩效自评工作开展情况',
			'县水务局共抽查水井8处,发放问卷200份,回收有效问卷196份。',
			'三、绩效目标完成情况',
			'全年维修水井22处,目标20处。验收合格率98%,目标95%。受益农户1180户。'
		].join('\n'),
		[
			['维修水井', '20处', '22处', true],
			['验收合格率', '不低于95%', '98%', true],
			['受益农户', '1200户', '1180户', false]
		]
	],
	[
		'a target with no result stays a target-only row',
		['（三）绩效目标', '数量指标：新增停车位不少于120个。', '二、绩效目标完成情况', '停车场已投入使用。'].join('\n'),
		[['新增停车位', '不少于120个', null, null]]
	],
	['a result after "超过" is no target', '三、实施情况\n全年服务群众超过3000人次。', [['全年服务群众', null, '超过3000人次', null]]],
	[
		'a target written right after its result, in the forms reports use',
		[
			'二、绩效目标完成情况',
			'全年兑现奖补企业212家,年度目标200家;监测点完好率91.5%,未达到95%的年度目标;问卷满意度88%,低于90%的目标值;完成道路修补36处,计划40处;改造路灯80盏。'
		].join('\n'),
		[
			['全年兑现奖补企业', '200家', '212家', true],
			['监测点完好率', '95%', '91.5%', false],
			['问卷满意度', '90%', '88%', false],
			['完成道路修补', '40处', '36处', false],
			['改造路灯', null, '80盏', null]
		]
	],
	[
		'results first under "产出指标全部完成，…"; the targets set at the start of the year, far below, join them by name',
		[
			'一、自评结论',
			'1.产出指标全部完成,维修校舍屋面46处,维修验收合格率98%。',
			'2.效益指标全部完成,校舍安全隐患发生率下降到0.5%。',
			'3.满意度指标全部完成,师生满意度96%。',
			'二、佐证材料',
			'(一)项目基本情况',
			'县教育局统一组织维修农村学校校舍,资金由局计财股负责拨付和管理,各学校配合施工和验收。',
			'(二)绩效目标完成情况分析',
			'项目年初设定维修校舍屋面40处、验收合格率不低于95%、师生满意度不低于90%,均已完成。'
		].join('\n'),
		[
			['维修校舍屋面', '40处', '46处', true],
			['维修验收合格率', '不低于95%', '98%', true],
			['校舍安全隐患发生率', null, '0.5%', null],
			['师生满意度', '不低于90%', '96%', true]
		]
	]
];

TARGETS.push([
	'"目标不少于N，实际<name again>M": the repeated name is no part of the result',
	'二、绩效目标完成情况\n数量指标:补贴农机数量目标不少于300台(套),实际补贴农机318台(套)。',
	[['补贴农机数量', '不少于300台(套)', '318台(套)', true]]
]);

describe('parseNarrative: targets and results', () => {
	it.each(TARGETS)('%s', (_, text, want) => {
		const got = parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text, r.achieved]);
		expect(got).toEqual(want);
	});
});

describe('level labels inside one paragraph', () => {
	it('"(1)数量指标。" alone on its line is the level of the paragraph below it, until the next heading of its rank', () => {
		const text = [
			'1.产出指标完成情况分析。',
			'(1)数量指标。',
			'维修水井22处,目标20处。',
			'(2)质量指标。',
			'验收合格率98%。',
			'2.效益指标完成情况分析。',
			'受益农户1180户。'
		].join('\n');
		const got = parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.name, r.level1, r.level2]);
		expect(got).toEqual([
			['维修水井', '产出', '数量'],
			['验收合格率', '产出', '质量'],
			['受益农户', '效益', null]
		]);
	});
	it('"产出指标。数量指标：…。质量指标：…": each part under its own label', () => {
		const lines = splitLines(
			['三、绩效指标完成情况', '1.产出指标。数量指标：新建沼气池4座，完成4座。质量指标：验收合格率100%。时效指标：按期完工率100%。'].join('\n')
		);
		const r = parseNarrative(lines, new Set(), [], new Set());
		expect(r.map((x) => [x.name, x.level1, x.level2])).toEqual([
			['新建沼气池', '产出', '数量'],
			['验收合格率', '产出', '质量'],
			['按期完工率', '产出', '时效']
		]);
	});
});

describe('a level label and its figures on one line, parted by a space', () => {
	it('"(一)产出指标 管护泵站 24 座，…": the figures are 产出', () => {
		const r = parseNarrative(splitLines('四、绩效评价指标分析\n(一)产出指标 管护排灌泵站 16 座,设施完好率 96%。'), new Set(), [], new Set());
		expect(r.map((x) => [x.name, x.level1])).toEqual([
			['管护排灌泵站', '产出'],
			['设施完好率', '产出']
		]);
	});
});

describe('parseNarrative: precision', () => {
	it.each(CASES)('%s', (_, text, want) => expect(rows(text)).toEqual(want));
});

describe('parseNarrative: a town is no indicator', () => {
	it("a town's share noted after it ('某某镇(75万棒)得分94分') gives no row; the project's own figures do", () => {
		const text = '三、绩效目标完成情况\n按补助菌棒数量加权:清溪镇(60万棒)得分92分,白沙乡(40万棒)得分88分。\n全年生产菌棒目标≥100万棒,实际完成104万棒。';
		expect(rows(text).map((r) => r[0])).not.toContain('清溪镇');
		expect(rows(text).map((r) => r[0])).not.toContain('白沙乡');
		expect(rows(text)).toContainEqual(['全年生产菌棒', '≥100万棒', '104万棒']);
	});
});

describe('parseNarrative: a date result has no value', () => {
	it('"实际于2023年9月18日全部完工" gives the date as text and no number', () => {
		const [r] = parseNarrative(splitLines('三、绩效目标完成情况\n工程完工时间目标2023年9月30日前,实际于2023年9月18日全部完工。'), new Set(), [], new Set());
		expect([r.actual_text, r.actual_value, r.target_value, r.unit, r.achieved]).toEqual(['2023年9月18日', null, null, null, null]);
	});
});

describe('heldout23 wording: the result after 全年实际, the name inside the target, the year before', () => {
	it.each([
		[
			'"（一）X：年初目标不少于60个，全年实际监督67个": one row named by its item',
			'三、绩效目标完成情况\n（一）监督在建工地：年初目标不少于40个，全年实际监督44个。',
			[['监督在建工地', '不少于40个', '44个']]
		],
		[
			'"年度目标为<name><figure>，全年实际为<figure>": the name is the target\'s words before its figure',
			'三、绩效目标完成情况\n1.年度目标为修补路面坑槽5000平方米以上,实际修补4800平方米。\n2.年度目标为养护路段安全事故0起,全年实际为0起。',
			[
				['修补路面坑槽', '5000平方米以上', '4800平方米'],
				['养护路段安全事故', '0起', '0起']
			]
		],
		['"较上年（88%）" names no indicator', '二、预算执行情况\n预算执行率95%，较上年（88%）提高7个百分点。', []]
	])('%s', (_what, text, want) => expect(rows(text)).toEqual(want));
});

describe('a unit written per something', () => {
	it('"目标≤8万元/家" gives the unit per family of firms, the result written in 万元 alone', () => {
		const r = parseNarrative(splitLines('二、绩效目标完成情况\n成本指标:每家作坊平均补助4.6万元,目标≤5万元/家。'), new Set(), [], new Set());
		expect(r.map((x) => [x.name, x.target_text, x.actual_text, x.unit])).toEqual([['每家作坊平均补助', '≤5万元/家', '4.6万元', '万元/家']]);
	});
});

describe("heldout25 wording: a row's points alone after its result", () => {
	it('"，自评得分16分；" closing a numbered row gives its points, no weight', () => {
		expect(scored('一、绩效目标完成情况\n1.建设初加工点，年初目标值=4个，实际完成值=3个，自评得分16分；')).toEqual([['建设初加工点', '=3个', null, 16]]);
	});
});

describe('heldout26 wording: 台次 and other measure words, a plan sentence', () => {
	it('"410台次，年度目标为不少于400台次" reads both figures with their unit', () => {
		expect(rows('三、绩效目标完成情况\n1.完成设备维护保养410台次，年度目标为不少于400台次；')).toEqual([['完成设备维护保养', '不少于400台次', '410台次']]);
	});
	it('every figure of a sentence that opens with the plan is a target', () => {
		expect(rows('一、项目概况\n我镇计划新建大棚10栋,配套喷淋设施2套,年养菌能力达到20万袋。')).toEqual([
			['新建大棚', '10栋', null],
			['配套喷淋设施', '2套', null],
			['年养菌能力', '20万袋', null]
		]);
	});
});

describe('heldout28 wording: a qualifier is no name', () => {
	it('"满意度达到90%以上" never gives a row named "以上"', () => {
		expect(rows('一、项目概况\n年度绩效目标为:全年演出不少于60场;观众满意度达到90%以上。').map((r) => r[0])).not.toContain('以上');
	});
});

describe('level-2 labels run into the names of their indicators', () => {
	it('"其中数量指标X N, 完成M；质量指标Y …": each indicator under its label, the label no part of its name', () => {
		const lines = splitLines(
			'二、绩效指标完成情况\n绩效目标指标设置3项,其中数量指标新建育苗棚12座,完成12座;质量指标育苗成活率90%,完成94%;满意度指标种植户满意度90%,完成96%。'
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text])).toEqual([
			['产出', '数量', '新建育苗棚', '12座', '12座'],
			['产出', '质量', '育苗成活率', '90%', '94%'],
			['满意度', null, '种植户满意度', '90%', '96%']
		]);
	});
});

describe("an item's label names its figure", () => {
	it('"1. X:全年完成改造N座" is X; a survey\'s sample is no indicator; a list\'s heading label names nothing', () => {
		const lines = splitLines(
			[
				'三、绩效目标完成情况',
				'全年新建日光温室不少于40座,种植户满意度不低于90%。',
				'1. 温室建设数量:全年完成新建42座。',
				'2. 种植户满意度:经随机抽取50户种植户问卷调查,问卷调查满意度为95%。',
				'3. 年初设定的绩效目标为:完成温室配套滴灌800亩。'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text])).toEqual([
			['全年新建日光温室', '不少于40座', null],
			['温室建设数量', null, '42座'],
			['种植户满意度', '不低于90%', '95%'],
			// (a target's sentence stays a target: its label says so, and names no indicator)
			['完成温室配套滴灌', '800亩', null]
		]);
	});
});

describe('an item named in a sentence of its own', () => {
	it('"1.X。年度目标≥600亩,实际完成612亩" is X with its target and result; a heading closed by 。 names nothing', () => {
		const lines = splitLines(
			[
				'三、绩效目标完成情况',
				'(一)产出指标',
				'1.蔬菜基地面积。年度目标≥600亩,实际完成612亩。',
				'2.有机肥施用量。年度目标≥150吨,实际施用150吨。',
				'(二)效益指标',
				'蔬菜亩产增幅。年度目标≥12%,经对12户种植户抽样测算,实际增幅10.5%。',
				'(三)满意度指标',
				'种植户满意度。年度目标≥90%,实际96%。',
				'完成情况。年度目标≥20个,实际完成21个。'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.name, r.target_text, r.actual_text])).toEqual([
			['产出', '蔬菜基地面积', '≥600亩', '612亩'],
			['产出', '有机肥施用量', '≥150吨', '150吨'],
			// (the survey's clause between target and result, "经…测算,", parts nothing)
			['效益', '蔬菜亩产增幅', '≥12%', '10.5%'],
			['满意度', '种植户满意度', '≥90%', '96%']
		]);
	});
});

describe('a plan with its bound word before the figure', () => {
	it('"(一)X:计划不少于800亩,实际完成815亩" is X with its target and result', () => {
		const lines = splitLines(
			['二、绩效目标完成情况', '(一)示范种植面积:计划不少于800亩,实际完成815亩。', '(二)示范区平均亩产:计划不低于380公斤,实际测产365公斤。'].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text, r.achieved])).toEqual([
			['示范种植面积', '不少于800亩', '815亩', true],
			['示范区平均亩产', '不低于380公斤', '365公斤', false]
		]);
	});
});

describe('a count named after its figure', () => {
	it('"4个“两新”组织作为推行“第一书记”试点" counts the organisations, not the role they were chosen for', () => {
		const lines = splitLines(['一、项目绩效', '选取 6个社区、 4个“两新”组织作为推行“第一书记”试点，着力推动自身建设。'].join('\n'));
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.name, r.actual_text])).toEqual([
			['社区', '6个'],
			['“两新”组织', '4个']
		]);
	});
});

describe('a result measured ("实测")', () => {
	it('"X:目标不超过13%,实测13.5%" is a ceiling missed; "实测平均" names nothing', () => {
		const lines = splitLines(['三、绩效目标完成情况', '种子含水率:目标不超过13%,实测13.5%,秋季阴雨天气多;', '亩产鲜草目标≥1.5吨,实测平均1.38吨。'].join('\n'));
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text, r.achieved])).toEqual([
			['种子含水率', '不超过13%', '13.5%', false],
			['亩产鲜草', '≥1.5吨', '1.38吨', false]
		]);
	});
});

describe('a level-2 label before its indicator with a comma', () => {
	it('"产出指标方面:数量指标,X目标…;质量指标,Y目标…" gives both levels, after "满意度指标方面:" too', () => {
		const lines = splitLines(
			[
				'二、绩效目标完成情况',
				'产出指标方面:数量指标,新建茶园基地目标≥300亩,实际完成310亩;质量指标,茶苗成活率目标≥90%,实际达到92%。',
				'效益指标方面:经济效益指标,茶农亩均增收目标≥500元,实际为460元,未完成。',
				'满意度指标方面:服务对象满意度指标,茶农满意度目标≥90%,实际为95%。'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text])).toEqual([
			['产出', '数量', '新建茶园基地', '≥300亩', '310亩'],
			['产出', '质量', '茶苗成活率', '≥90%', '92%'],
			['效益', '经济效益', '茶农亩均增收', '≥500元', '460元'],
			['满意度', '服务对象满意度', '茶农满意度', '≥90%', '95%']
		]);
	});
});

describe('a label that only contains a level word', () => {
	it('"低效果园改造:计划…" is the indicator\'s name, not a label outside the scheme because 效果 stands inside it', () => {
		const lines = splitLines(
			['二、绩效目标实现情况', '1.产出指标', '低效果园改造:计划≥4000亩,实际4260亩。', '2.效益指标', '经济效益:亩均增收≥800元,实际860元。'].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.name, r.target_text, r.actual_text])).toEqual([
			['产出', '低效果园改造', '≥4000亩', '4260亩'],
			['效益', '亩均增收', '≥800元', '860元']
		]);
	});
});

describe('both levels in one label', () => {
	it('"产出指标(数量):X,目标…", "产出指标—数量指标:X目标…", "产出指标(质量指标):…" and "产出指标:数量指标:X…" give level 1 and level 2', () => {
		const lines = splitLines(
			[
				'三、绩效目标完成情况',
				'(一)产出指标(数量):绿色防控示范面积,目标≥2000亩,实际2150亩;',
				'(二)产出指标—数量指标:林下种植面积目标≥600亩,实际640亩,完成目标。',
				'(三)产出指标(质量指标):统防统治覆盖率,目标≥80%,实际76%。',
				// (…or the two labels one after the other, each closed by its colon)
				'产出指标:数量指标:病害检测样品数≥5000份,实际完成5230份。'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text])).toEqual([
			['产出', '数量', '绿色防控示范面积', '≥2000亩', '2150亩'],
			['产出', '数量', '林下种植面积', '≥600亩', '640亩'],
			['产出', '质量', '统防统治覆盖率', '≥80%', '76%'],
			['产出', '数量', '病害检测样品数', '≥5000份', '5230份']
		]);
	});
});

describe('a heading with its level-2 in brackets', () => {
	it('"2.1 产出指标(数量指标)" over "- X:目标…,实际…" gives both levels; the list\'s bullet is no part of the name', () => {
		const lines = splitLines(
			[
				'2. 绩效指标完成情况',
				'2.1 产出指标(数量指标)',
				'- 参加农产品展销会:目标≥8次,实际9次',
				'2.2 效益指标(经济效益指标)',
				'- 年糕销售额增长:目标≥10%,实际12%',
				'2.3 满意度指标(服务对象满意度指标)',
				'- 经营主体满意度:目标≥90%,实际93%'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name])).toEqual([
			['产出', '数量', '参加农产品展销会'],
			['效益', '经济效益', '年糕销售额增长'],
			['满意度', '服务对象满意度', '经营主体满意度']
		]);
	});
});

describe('targets named 年度指标 / 合同指标, results opened by a label inside a background paragraph, "产出数量:" labels', () => {
	const read = (text: string) =>
		parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text]);
	it('"X,年度指标300亩,实际完成305亩" under "1.产出数量:" gives both levels; "合同指标" is a target word too', () => {
		expect(
			read(
				[
					'三、绩效分析',
					'1.产出数量:改造低产板栗林,年度指标300亩,实际完成305亩;新修作业便道,合同指标1200米,实际完成1200米。',
					'2.产出质量:嫁接成活率,年度指标≥85%,实际81%。'
				].join('\n')
			)
		).toEqual([
			['产出', '数量', '改造低产板栗林', '300亩', '305亩'],
			['产出', '数量', '新修作业便道', '1200米', '1200米'],
			['产出', '质量', '嫁接成活率', '≥85%', '81%']
		]);
	});
	it('in 项目概况, the part after "合同考核指标完成情况:" is results; the background before it is not', () => {
		expect(
			read(
				[
					'项目概况',
					'项目在两镇建设示范大棚24栋,开展菇农培训。合同考核指标完成情况:示范大棚面积,合同指标50亩,实际完成52亩;培训菇农,合同指标≥200人次,实际186人次,未完成。'
				].join('\n')
			)
		).toEqual([
			[null, null, '示范大棚面积', '50亩', '52亩'],
			[null, null, '培训菇农', '≥200人次', '186人次']
		]);
		expect(read(['项目概况', '项目在两镇建设示范大棚24栋,开展菇农培训200人次。'].join('\n'))).toEqual([]);
	});
});

describe('a report\'s own headings "(一)项目产出" / "(二)项目效益" over its figures', () => {
	it('give level 1 to the items under them, as "(一)产出情况" does', () => {
		const lines = splitLines(
			['四、绩效分析', '(一)项目产出', '建设标准化养殖小区,年度目标8个,实际建成8个。', '(二)项目效益', '小区年出栏肉鸭,年度目标≥40万只,实际42.6万只。'].join(
				'\n'
			)
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.name])).toEqual([
			['产出', '建设标准化养殖小区'],
			['效益', '小区年出栏肉鸭']
		]);
	});
});

describe("an indicator's own heading with its weight and points, its figures on the next line (a 民生工程 self-scoring)", () => {
	it('gives the indicator its name, weight and points, and the levels of the scored part headings above', () => {
		const lines = splitLines(
			[
				'(三)产出(30分,自评得分27分)',
				'(1)产出数量(15分)',
				'7、温室大棚改造提升数量(8分,自评得分8分)',
				'计划改造提升温室大棚500栋,实际完成512栋。',
				'(2)产出质量(15分)',
				'9、西瓜商品果率(15分,自评得分14分)',
				'目标≥85%,经抽样测产,实际商品果率为88%。'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text, r.weight, r.points])).toEqual([
			['产出', '数量', '温室大棚改造提升数量', '500栋', '512栋', 8, 8],
			['产出', '质量', '西瓜商品果率', '≥85%', '88%', 15, 14]
		]);
	});
});

describe("满意度 as the older scheme's level 2 under a 效益 / 效果 heading", () => {
	it('"2.满意度:" in a list of level-2 labels under "(四)效益情况" keeps level 1 效益 and gives level 2 满意度; on its own it is level 1', () => {
		const read = (text: string) => parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name]);
		expect(read(['(四)效益情况', '1.经济效益:户均增收,计划≥4000元,实际4300元。', '2.满意度:养殖户满意度,计划≥90%,实际92%。'].join('\n'))).toEqual([
			['效益', '经济效益', '户均增收'],
			['效益', '满意度', '养殖户满意度']
		]);
		expect(read(['三、绩效目标完成情况', '满意度指标:养殖户满意度,目标≥90%,实际92%。'].join('\n'))).toEqual([['满意度', null, '养殖户满意度']]);
	});
});

describe('a level-2 label closed by a full stop, its items after it on the line', () => {
	it('"(1)数量指标。X,指标值3座,实际完成3座;…" gives both levels to each item', () => {
		const lines = splitLines(
			[
				'1.产出指标完成情况分析。',
				'(1)数量指标。新建公厕,指标值3座,实际完成3座;改建公厕,指标值2座,实际完成2座。',
				'(2)质量指标。公厕达标率,指标值100%,实际完成100%。'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name])).toEqual([
			['产出', '数量', '新建公厕'],
			['产出', '数量', '改建公厕'],
			['产出', '质量', '公厕达标率']
		]);
	});
	it('a background section’s sentence that pairs targets with results twice or more is results; its money and counts are not', () => {
		const lines = splitLines(
			[
				'一、基本情况',
				'辖区共有老旧小区26个。一是资金安排。项目年初预算48万元,全年实际支出40.8万元。二是建设进度。建成集中充电点目标≥40个,实际建成31个;充电设施验收合格率目标=100%,实际96%。'
			].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text])).toEqual([
			['建成集中充电点', '≥40个', '31个'],
			['充电设施验收合格率', '=100%', '96%']
		]);
	});
	it('"服务对象满意度指标。X目标≥90%,实际91%;…": the longest level-2 label, closed by a full stop', () => {
		const lines = splitLines(['(三)满意度指标', '服务对象满意度指标。商户满意度目标≥90%,实际91%;居民满意度目标≥90%,实际88%。'].join('\n'));
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name])).toEqual([
			['满意度', '服务对象满意度', '商户满意度'],
			['满意度', '服务对象满意度', '居民满意度']
		]);
	});
});

describe('"(1)项目完成数量" headings', () => {
	it('give level 2 数量 / 质量 (level 1 产出) to the items under them, a heading closed by ";" too', () => {
		const lines = splitLines(
			['三、绩效目标完成情况', '(1)项目完成数量;', '改造烘烤房,目标30间,实际32间。', '(2)项目完成质量。', '烘烤房验收合格率,目标100%,实际100%。'].join('\n')
		);
		expect(parseNarrative(lines, new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name])).toEqual([
			['产出', '数量', '改造烘烤房'],
			['产出', '质量', '烘烤房验收合格率']
		]);
	});
});

describe('words before a figure that say how it was found or what was to be done', () => {
	it.each([
		['"抽查地块实际为6.2%": how the result was found', '(一)产出指标。病害发生率目标≤5%,抽查地块实际为6.2%,未达到目标。', ['病害发生率', '≤5%', '6.2%']],
		['"按抽查地块测算实际为860元"', '(二)效益指标。亩均挽回损失目标≥800元,按抽查地块测算实际为860元。', ['亩均挽回损失', '≥800元', '860元']],
		['"实际调查结果为94%"', '农户满意度目标≥90%,实际调查结果为94%。', ['农户满意度', '≥90%', '94%']],
		['a verb of four characters before the result ("实际购置安装 2 套")', '烘干设备:目标 2 套,实际购置安装 2 套;', ['烘干设备', '2套', '2套']],
		[
			'what was to be done before the target\'s figure ("目标接待中小学生研学3000人次")',
			'研学接待:目标接待中小学生研学3000人次,实际接待3350人次。',
			['研学接待', '3000人次', '3350人次']
		],
		['a direction before the target\'s figure stays ("目标提高≥10%")', '鲜叶单产:目标提高≥10%,实际提高6%。', ['鲜叶单产', '提高≥10%', '6%']]
	])('%s', (_, text, want) => expect(rows(text)[0]).toEqual(want));
});

describe("an item's label names its first figure when the sentence shares its words", () => {
	it.each([
		[
			'"遗址巡查:全年计划巡查遗址保护点48处次" (处次 a measure word)',
			'(一)产出\n遗址巡查:全年计划巡查遗址保护点48处次,实际完成52处次。',
			[['遗址巡查', '48处次', '52处次']]
		],
		['"标本修复:计划修复出土标本300件"', '(一)产出\n标本修复:计划修复出土标本300件,实际修复276件。', [['标本修复', '300件', '276件']]],
		['a level\'s label ("社会效益:") names nothing', '(二)效益\n社会效益:带动社会就业80人,实际带动86人。', [['带动社会就业', '80人', '86人']]],
		['a project\'s label ("公园养护项目:") names nothing', '(一)产出\n公园养护项目:计划养护公园绿地12处,实际养护12处。', [['养护公园绿地', '12处', '12处']]]
	])('%s', (_, text, want) => expect(rows(text)).toEqual(want));
});

describe("the evaluation's own survey is no result", () => {
	it('"并随机走访了32户种植户" gives the target "带动种植户不少于150户" no result', () => {
		const text = [
			'一、绩效目标分解下达情况',
			'年初设定的绩效目标为:带动生姜种植户不少于150户。',
			'二、绩效目标自评工作开展情况',
			'镇财政所于2024年1月初对项目开展了自评,并随机走访了32户种植户。'
		].join('\n');
		expect(rows(text)).toEqual([['带动生姜种植户', '不少于150户', null]]);
	});
});

describe('level labels numbered as articles or by Chinese numerals, and 方面 closed by a comma', () => {
	const levels = (text: string[]) =>
		parseNarrative(splitLines(text.join('\n')), new Set(), [], new Set()).map((r) => [r.level1, r.name, r.target_text, r.actual_text]);
	it('"第三条 产出方面:…" and "第四条 效益方面:…" label their items', () => {
		expect(
			levels([
				'二、绩效目标完成情况',
				'第三条 产出方面:改造低压线路≥18公里,实际19.2公里;新装变压器≥6台,实际6台。',
				'第四条 效益方面:受益农户≥1200户,实际1265户。'
			])
		).toEqual([
			['产出', '改造低压线路', '≥18公里', '19.2公里'],
			['产出', '新装变压器', '≥6台', '6台'],
			['效益', '受益农户', '≥1200户', '1265户']
		]);
	});
	it('"(一)产出指标:…(二)效益指标:…" inside one line each label their own part', () => {
		expect(
			levels(['三、绩效目标实现情况。(一)产出指标:修缮祠堂屋面目标≥900平方米,实际920平方米。(二)效益指标:年接待参观人数目标≥2万人次,实际2.3万人次。'])
		).toEqual([
			['产出', '修缮祠堂屋面', '≥900平方米', '920平方米'],
			['效益', '年接待参观人数', '≥2万人次', '2.3万人次']
		]);
	});
	it('"产出方面，…。满意度方面，…" in one paragraph: each part under its own label', () => {
		expect(levels(['三、绩效目标完成情况', '产出方面，清运垃圾目标≥3600吨，实际3720吨。满意度方面，村民满意度目标≥90%，实际93%。'])).toEqual([
			['产出', '清运垃圾', '≥3600吨', '3720吨'],
			['满意度', '村民满意度', '≥90%', '93%']
		]);
	});
});

/** One line of results under the results heading: each row's name, target, result and whether it was met. */
const readResults = (line: string) =>
	parseNarrative(splitLines(`二、绩效目标完成情况\n${line}`), new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text, r.achieved]);

describe('spendings a department caps, reported as indicators', () => {
	it.each([
		['4.“三公”经费支出≤6.2万元,实际5.8万元。', [['“三公”经费支出', '≤6.2万元', '5.8万元', true]]],
		['公务用车运行维护费≤3万元,实际3.4万元。', [['公务用车运行维护费', '≤3万元', '3.4万元', false]]],
		// the spending of the budget itself stays no indicator
		['项目支出≤120万元,实际118万元。', []],
		['专项经费≤50万元,实际49万元。', []]
	])('%s', (line, rows) => expect(readResults(line)).toEqual(rows));
});

describe('the cost of one of what the project buys, its result in money before its target', () => {
	it.each([
		['单户改厕补助1800元,目标≤2000元。', [['单户改厕补助', '≤2000元', '1800元', true]]],
		['3.单座凉亭建设费用6.4万元,目标≤6万元。', [['单座凉亭建设费用', '≤6万元', '6.4万元', false]]],
		// under a 成本指标 label any money figure with its cap is one
		['成本指标:茶苗采购12.5万元,目标≤13万元。', [['茶苗采购', '≤13万元', '12.5万元', true]]],
		// the budget stays no indicator, under the label too
		['成本指标:项目预算资金80万元,目标≤80万元。', []],
		['单位预算资金80万元,目标≤80万元。', []]
	])('%s', (line, rows) => expect(readResults(line)).toEqual(rows));
});

describe('the level-1 label 满意度指标 again under its own heading', () => {
	const levels = (text: string) => parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.name, r.level1, r.level2]);
	it('stands for the level-2 cell of the same name, the standard 服务对象满意度', () => {
		expect(levels('二、绩效目标完成情况\n(三)满意度指标\n满意度指标:茶农满意度93%,目标≥90%。')).toEqual([['茶农满意度', '满意度', '服务对象满意度']]);
	});
	it('but not when a level-2 label of its own follows it, nor as the only label', () => {
		expect(levels('二、绩效目标完成情况\n3.满意度指标:服务对象满意度指标茶农满意度目标≥90%,实际为93%。')).toEqual([['茶农满意度', '满意度', '服务对象满意度']]);
		expect(levels('二、绩效目标完成情况\n满意度指标:茶农满意度93%,目标≥90%。')).toEqual([['茶农满意度', '满意度', null]]);
	});
});

describe('targets and results written with thousands separators', () => {
	it.each([
		['古树名木挂牌:目标≥1200株,实际1,350株。', [['古树名木挂牌', '≥1200株', '1,350株']]],
		['培训新型农民目标≥1,500人次,实际完成1,632人次。', [['培训新型农民', '≥1,500人次', '1,632人次']]],
		// a comma after a figure that is no separator still ends the result
		['新建步道目标≥12公里,实际12.6公里,1,200米为木栈道。', [['新建步道', '≥12公里', '12.6公里']]]
	])('%s', (line, want) => expect(rows(`三、绩效指标完成情况\n${line}`)).toEqual(want));
});

describe('a 成本指标 heading beside the level-1 headings', () => {
	const levels = (text: string) => parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.name, r.level1, r.level2]);
	it("is the newer form's level-1 成本", () => {
		expect(
			levels(
				'三、绩效目标完成情况\n(一)产出指标\n1.巡查骑楼:目标≥400次,实际420次。\n(二)成本指标\n1.物业管理费:目标≤30万元,实际28万元。\n(三)满意度指标\n1.商户满意度:目标≥90%,实际93%。'
			)
		).toEqual([
			['巡查骑楼', '产出', null],
			['物业管理费', '成本', null],
			['商户满意度', '满意度', null]
		]);
	});
	it('under a 产出 heading it stays the level-2 成本', () => {
		expect(levels('三、绩效目标完成情况\n(一)产出指标\n1.数量指标\n巡查骑楼:目标≥400次,实际420次。\n2.成本指标\n单次巡查费用:目标≤300元,实际280元。')).toEqual([
			['巡查骑楼', '产出', '数量'],
			['单次巡查费用', '产出', '成本']
		]);
	});
});

describe('the highest or lowest of several as the result', () => {
	it.each([
		['3.单户补助额,目标不超过2万元,实际最高2万元,符合要求。', [['单户补助额', '不超过2万元', '2万元']]],
		['4.抽检合格率,目标≥95%,实际最低96%。', [['抽检合格率', '≥95%', '96%']]]
	])('%s', (line, want) => expect(rows(`三、绩效指标完成情况\n${line}`)).toEqual(want));
});

describe('costs and caps in money', () => {
	it.each([
		// a capped spending with its result first and its cap after
		['(一)产出指标。公用经费支出31.20万元,目标不超过33万元。', [['公用经费支出', '不超过33万元', '31.20万元']]],
		// (a spending with no cap after it is the budget's, no indicator)
		['(一)产出指标。公用经费支出31.20万元。', []],
		// a cost per unit set in the targets and reported later, named as the target names it
		[
			'1.产出指标:举办讲座≥20场,单场讲座成本不超过3000元。\n全年举办讲座22场;单场讲座平均成本3,150元,超出年度目标。',
			[
				['举办讲座', '≥20场', '22场'],
				['单场讲座成本', '不超过3000元', '3,150元']
			]
		],
		// (a cost stated once, with nothing to pair it with, is left out)
		['举办讲座22场;单场讲座平均成本3,150元。', [['举办讲座', null, '22场']]],
		// the cap written after the result as what it was held to
		['单处平均维修成本2.85万元,控制在3万元以内。', [['单处平均维修成本', '3万元以内', '2.85万元']]]
	])('%s', (text, want) => expect(nameTargetResult(text)).toEqual(want));
});

describe('a result found by a survey, and a target named with 目标 before its operator', () => {
	it.each([
		['(三)满意度情况\n读者满意度目标≥92%,问卷统计为90.4%。', [['读者满意度', '≥92%', '90.4%']]],
		['(三)满意度情况\n读者满意度目标≥92%,抽样调查为95%。', [['读者满意度', '≥92%', '95%']]],
		['(三)满意度指标\n读者满意度,目标≥92%,通过发放问卷调查,实际95%,达到目标。', [['读者满意度', '≥92%', '95%']]],
		['2.效益。带动农户增收目标≥1800元/户,抽样测算实际1,720元/户,未完成。', [['带动农户增收', '≥1800元/户', '1,720元/户']]],
		['(一)产出指标:服务站开放时长目标≥10小时,实际每日11小时。', [['服务站开放时长', '≥10小时', '11小时']]],
		['(一)产出指标:公厕保洁频次目标每日≥2次,实际每日2次。', [['公厕保洁频次', '每日≥2次', '每日2次']]]
	])('%s', (text, want) => expect(nameTargetResult(text)).toEqual(want));
});

describe("a unit's own offices are background", () => {
	it('"中心内设办公室、业务科、培训科3个科室" is no indicator', () => {
		expect(scored('(二)机构人员。中心内设办公室、业务科、培训科3个科室,在编9人。')).toEqual([]);
	});
});

describe("a journal's issue is no count", () => {
	it('"某某文博 2019年2期" under a date and an author gives no indicator', () => {
		expect(scored('2019-06-14 10:21王某\n某某文博 2019年2期\n一、项目概况')).toEqual([]);
	});
});

describe('a share of something counted is an indicator, a share of the money is not', () => {
	it.each([
		['(二)效益情况。一、二类路段占比目标≥85%,实际88%。', [['一、二类路段占比', '≥85%', '88%']]],
		['(二)效益情况。产业项目资金占比目标≥60%,实际62%。', []],
		[
			'年度目标为培训800人以上、取得证书人数占比不低于75%。',
			[
				['培训', '800人以上', null],
				['取得证书人数占比', '不低于75%', null]
			]
		]
	])('%s', (text, want) => expect(nameTargetResult(text)).toEqual(want));
});

describe('labels a feature article writes', () => {
	const levels = (text: string) =>
		parseNarrative(splitLines(normalizeText(text).text), new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text]);
	it('"- 产出指标(名称):目标…,实际…": the level, the name in its brackets', () => {
		expect(levels('二、产出与效益\n- 产出指标(服务站点数量):目标≥12个,实际12个\n- 满意度指标(老人满意度):目标≥90%,实际92%')).toEqual([
			['产出', null, '服务站点数量', '≥12个', '12个'],
			['满意度', null, '老人满意度', '≥90%', '92%']
		]);
	});
	it('a level-2 label after a dash: "- 数量指标:名称目标…"', () => {
		expect(levels('二、绩效目标完成情况\n1. 产出指标\n- 数量指标:清扫道路里程目标≥30公里,实际31公里\n- 时效指标:雪后清运时限目标≤24小时,实际20小时')).toEqual([
			['产出', '数量', '清扫道路里程', '≥30公里', '31公里'],
			['产出', '时效', '雪后清运时限', '≤24小时', '20小时']
		]);
	});
	it('a level\'s label with its verdict as a sub-heading ("效益指标稳步提升"): the level of the lines below', () => {
		expect(levels('产出指标全部完成\n修复面积目标≥300平方米,实际320平方米。\n效益指标稳步提升\n游客人次增长目标≥5%,实际6%。')).toEqual([
			['产出', null, '修复面积', '≥300平方米', '320平方米'],
			['效益', null, '游客人次增长', '≥5%', '6%']
		]);
	});
	it('"满意度指标:" mid-line after a numbered heading is the level-1 满意度, not the older scheme\'s level-2', () => {
		expect(levels('2.目标完成情况。效益指标:办结率目标≥95%,实际96%。满意度指标:群众满意度目标≥90%,实际91%。')).toEqual([
			['效益', null, '办结率', '≥95%', '96%'],
			['满意度', null, '群众满意度', '≥90%', '91%']
		]);
	});
	it('a figure under 主要经验 is no indicator', () => {
		expect(levels('四、主要经验\n街道将辖区划分为8个责任片区,清扫时限明显缩短。')).toEqual([]);
	});
});

describe("heldout95 wording: time bounds, results after a survey, a label after a heading's colon", () => {
	const rows = (text: string) =>
		parseNarrative(splitLines(normalizeText(text).text), new Set(), [], new Set()).map((r) => [r.level1, r.name, r.target_text, r.actual_text, r.achieved]);
	it('"故障修复时间≤72小时,实际平均48小时": a time bound with its result is read; hours alone are not', () => {
		expect(rows('二、绩效目标完成情况\n故障修复时间≤72小时,实际平均48小时;完工时间≤10个月,实际用时11个月。\n站点全天24小时开放。')).toEqual([
			[null, '故障修复时间', '≤72小时', '48小时', true],
			[null, '完工时间', '≤10个月', '11个月', false]
		]);
	});
	it('a result in a four-character unit ("1.86万平方米") and one found by a survey ("入户调查结果为93%")', () => {
		expect(rows('二、绩效目标完成情况\n新铺路面≥1.8万平方米,实际完成1.86万平方米;居民满意度≥90%,入户调查结果为93%。')).toEqual([
			[null, '新铺路面', '≥1.8万平方米', '1.86万平方米', true],
			['满意度', '居民满意度', '≥90%', '93%', true]
		]);
	});
	it('"(一)绩效指标:1)产出指标:…" and "(二)完成情况(一)产出指标。…": the level\'s label read after the heading', () => {
		expect(rows('二、绩效目标完成情况\n(一)绩效指标:1)产出指标:运营服务站=3个,实际3个。2)满意度指标:老人满意度≥92%,实际95%。')).toEqual([
			['产出', '运营服务站', '=3个', '3个', true],
			['满意度', '老人满意度', '≥92%', '95%', true]
		]);
		expect(
			rows(
				'(二)绩效目标完成情况(一)产出指标。新建管网≥38公里,实际完成34.5公里。(二)效益指标。集中供水率≥88%,实际达到86%。'.repeat(1) +
					'这是为了让这一行足够长而写的说明文字,'.repeat(6)
			)
		).toEqual([
			['产出', '新建管网', '≥38公里', '34.5公里', false],
			['效益', '集中供水率', '≥88%', '86%', false]
		]);
	});
});

describe("heldout99 wording: a level named with a section's words", () => {
	it('"(一)项目主要产出" / "(二)项目主要效益" / "(三)项目满意度": the levels of the items below', () => {
		const rows = parseNarrative(
			splitLines(
				'四、绩效目标实现情况\n(一)项目主要产出\n1.调解纠纷:目标≥600件,实际648件。\n(二)项目主要效益\n2.纠纷激化为刑事案件:目标=0起,实际1起。\n(三)项目满意度\n3.当事人满意度:目标≥90%,实际88%。'
			),
			new Set(),
			[],
			new Set()
		).map((r) => [r.level1, r.name]);
		expect(rows).toEqual([
			['产出', '调解纠纷'],
			['效益', '纠纷激化为刑事案件'],
			['满意度', '当事人满意度']
		]);
	});
});

describe('"X指标为≥N,实际完成值为M": a target named 指标', () => {
	it('reads the target and the result, no comma between', () => {
		expect(nameTargetResult('(四)绩效指标完成情况分析\n1.数量指标。走访对象人数指标为≥1200人实际完成值为1,236人')).toEqual([
			['走访对象人数', '≥1200人', '1,236人']
		]);
	});
});

describe('heldout104 wording: 年初任务数 and 全年完成值', () => {
	it('"X年初任务数≥30万亩,全年完成值31.2万亩" and "X年初目标≥40处,全年完成值31处"', () => {
		expect(
			nameTargetResult('(四)绩效指标完成情况分析\n数量指标。草原鼠害防治面积年初任务数≥30万亩,全年完成值31.2万亩;新建充电点年初目标≥40处,全年完成值31处。')
		).toEqual([
			['草原鼠害防治面积', '≥30万亩', '31.2万亩'],
			['新建充电点', '≥40处', '31处']
		]);
	});
});

describe('targets listed, then results listed in the same order', () => {
	it('"…目标:A 1200人,B 40例,C 1500人次;实际完成:A 1263人,B 36例,C评估 1620人次": each target with its result', () => {
		expect(
			nameTargetResult(
				'二、绩效目标\n2020年项目目标:适配辅助器具1200人,假肢装配40例,入户评估适配需求1500人次;实际完成:适配辅助器具1263人,假肢装配36例,入户评估1620人次。服务满意度目标≥90%,实际93%。'
			)
		).toEqual([
			['适配辅助器具', '1200人', '1263人'],
			['假肢装配', '40例', '36例'],
			['入户评估适配需求', '1500人次', '1620人次'],
			['服务满意度', '≥90%', '93%']
		]);
	});
	it('no pairs where the lists name different things', () => {
		expect(nameTargetResult('二、绩效目标\n项目目标:新建道路12公里,改造桥梁3座;实际完成:培训农户300人,发放手册500册。').filter((r) => r[1] && r[2])).toEqual(
			[]
		);
	});
});

describe('a level-2 label set off by a space before its item', () => {
	const levels = (text: string) =>
		parseNarrative(splitLines(text), new Set(), [], new Set()).map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text]);
	it('"(1)数量指标 某名称,目标值≥…,实际完成…": the label gives the row its levels, the name is the item’s', () => {
		expect(
			levels('(四)绩效指标完成情况分析。\n(1)数量指标 修复古籍册数,目标值≥300册,实际完成318册。\n(2)服务对象满意度指标 读者满意度,目标值≥90%,实际完成94%。')
		).toEqual([
			['产出', '数量', '修复古籍册数', '≥300册', '318册'],
			['满意度', '服务对象满意度', '读者满意度', '≥90%', '94%']
		]);
	});
	it('"(1)数量指标 某名称目标=21个,实际完成21个": the target word run into the name', () => {
		expect(levels('(二)绩效指标完成情况分析。\n(1)数量指标 整治行政村数目标=12个,实际完成12个。')).toEqual([['产出', '数量', '整治行政村数', '=12个', '12个']]);
	});
	it('a level word in a sentence with no target after its name is no label', () => {
		expect(levels('二、绩效目标完成情况\n数量指标 全部完成,质量指标 基本完成。').map((r) => r[2])).toEqual([]);
	});
});

describe('targets listed by number, results listed by number later', () => {
	const rows = (text: string) => {
		const out = parseNarrative(splitLines(text), new Set(), [], new Set());
		return out.map((r) => [r.name, r.target_text, r.actual_text]);
	};
	it('"1.甲:目标≥86座;2.乙:目标≥4次" then "1.甲实际86座;2.乙实际3次": each target paired with its result by name', () => {
		expect(rows('(二)绩效目标\n1.维护路灯数量:目标≥120盏;2.每月巡查次数:目标≥4次。\n四、绩效分析\n1.维护路灯数量实际126盏;2.每月巡查次数实际3次。')).toEqual([
			['维护路灯数量', '≥120盏', '126盏'],
			['每月巡查次数', '≥4次', '3次']
		]);
	});
	it('a target stated in the goals and again with its bound in the list: the bound is kept', () => {
		expect(
			rows(
				'项目总体绩效目标是维修堤防3段,保护农田0.8万亩。\n(二)绩效目标分解情况\n1、维修堤防:≥3段;2、保护农田:≥0.8万亩。\n三、绩效目标实现情况\n1、维修堤防实际完成3段;2、保护农田实际0.75万亩。'
			).filter((r) => r[0] === '保护农田')
		).toEqual([['保护农田', '≥0.8万亩', '0.75万亩']]);
	});
});

describe('circled numbers under a list heading', () => {
	it('"(7)绩效目标和指标:①甲:目标值≥24场;②乙:…" then "①甲完成值26场;…": no level from the heading, each item paired', () => {
		const out = parseNarrative(
			splitLines('(7)绩效目标和指标:①组织巡回演出:目标值≥20场;②群众满意度:目标值≥90%。\n3、绩效目标完成情况\n①组织巡回演出完成值22场;②群众满意度完成值93%。'),
			new Set(),
			[],
			new Set()
		);
		expect(out.map((r) => [r.level2, r.name, r.target_text, r.actual_text])).toEqual([
			[null, '组织巡回演出', '≥20场', '22场'],
			[null, '群众满意度', '≥90%', '93%']
		]);
	});
});

describe('an item labelled with its weight, its points closing the line', () => {
	const read = (t: string) => parseNarrative(splitLines(t), new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text, r.weight, r.points]);
	it('"(1)甲(10分):目标≥9个,实际9个。自评得10分。"', () => {
		expect(
			read('三、产出(40分)\n(1)建成服务站数量(10分):目标≥6个,实际建成6个。自评得10分。\n(2)年服务人次(10分):目标≥3000人次,实际完成2700人次。自评得8分。')
		).toEqual([
			['建成服务站数量', '≥6个', '6个', 10, 10],
			['年服务人次', '≥3000人次', '2700人次', 10, 8]
		]);
	});
	it('points above the weight are no points of the item', () => {
		expect(read('三、产出(40分)\n(1)建成服务站数量(10分):目标≥6个,实际建成6个。自评得12分。')[0].slice(3)).toEqual([null, null]);
	});
});

describe('a time limit or a rate per unit stated alone, its result in another sentence', () => {
	const read = (t: string) => parseNarrative(splitLines(t), new Set(), [], new Set()).map((r) => [r.name, r.target_text, r.actual_text]);
	it('"收集处理时限:≤24小时" … "收集处理时限实际20小时"; "每头处理补助标准:不超过80元" … "实际80元": paired', () => {
		expect(
			read('二、绩效目标\n1、清运处理时限:≤24小时;2、每吨清运补助标准:不超过60元。\n三、绩效目标完成情况\n清运处理时限实际20小时;每吨清运补助标准实际58元。')
		).toEqual([
			['清运处理时限', '≤24小时', '20小时'],
			['每吨清运补助标准', '不超过60元', '58元']
		]);
	});
	it('"4.故障修复时限:目标≤48小时" and "⑤场均演出成本:目标值不超过6000元", their results numbered the same way: paired', () => {
		expect(
			read('(二)绩效目标\n4.报修处置时限:目标≤48小时;⑤场均放映成本:目标值不超过600元。\n四、绩效分析\n4.报修处置时限实际36小时;⑤场均放映成本完成值540元。')
		).toEqual([
			['报修处置时限', '≤48小时', '36小时'],
			['场均放映成本', '不超过600元', '540元']
		]);
	});
	it('"3、每亩补贴标准:实际完成160元" under its label pairs with the target stated in the goals', () => {
		expect(
			read('三、绩效目标\n每亩补贴标准不超过150元;补贴发放时间≤60天。\n四、完成情况\n1、每亩补贴标准:实际完成150元;\n2、补贴发放时间:实际完成75天;')
		).toEqual([
			['每亩补贴标准', '不超过150元', '150元'],
			['补贴发放时间', '≤60天', '75天']
		]);
	});
	it('hours alone, with no result to pair, are no indicator', () => {
		expect(read('一、项目概况\n服务热线开通时间:≤24小时。')).toEqual([]);
	});
	it('a cell’s "平均" stays with its figure', () => {
		expect(read('二、绩效目标\n故障修复时限\t≤48小时\n三、绩效目标完成情况\n故障修复时限\t平均30小时\t完成')).toEqual([
			['故障修复时限', '≤48小时', '平均30小时']
		]);
	});
});
