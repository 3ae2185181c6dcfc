import { describe, expect, it } from 'vitest';
import { extractFindings, gluedCellFindings, proseFindings } from './findings';
import { splitLines } from './structure';
import { normalizeText } from './normalize';

// A 自评表 flattened into one line, its cells run together (names and figures invented)
const FORM =
	'项目支出绩效自评表(2020年度)项目名称某果园水肥一体化项目主管部门某县农业农村局年初预算数全年预算数全年执行数分值执行率得分年度资金总额45 42 40.32 10 96% 9.6' +
	'一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标水肥一体化覆盖果园≥300亩310亩20 20总分100 97.6评价结论项目按期完工,自评得分97.6分。';

describe('finding cells of a form glued into one line', () => {
	it('"存在问题X改进措施Y项目负责人:" with no stops: the problem and the remedy, each up to the next label', () => {
		const [l] = splitLines(FORM + '存在问题个别果园管网末端压力不足改进措施加装增压设备项目负责人:罗某财务负责人:杨某');
		expect(gluedCellFindings(l).map((f) => [f.kind, f.text])).toEqual([
			['问题', '个别果园管网末端压力不足'],
			['建议', '加装增压设备']
		]);
	});
	it('cells closed by their stops read as before', () => {
		const [l] = splitLines(FORM + '存在问题个别果园管网末端压力不足。改进措施加装增压设备。项目负责人:罗某');
		expect(gluedCellFindings(l).map((f) => [f.kind, f.text])).toEqual([
			['问题', '个别果园管网末端压力不足。'],
			['建议', '加装增压设备。']
		]);
	});
	it('labels closed by a colon, cells parted by spaces ("存在问题:…。 改进措施:…。 项目负责人:")', () => {
		const [l] = splitLines(FORM + '存在问题:个别果园管网末端压力不足。 改进措施:加装增压设备。 项目负责人:罗某');
		expect(gluedCellFindings(l).map((f) => [f.kind, f.text])).toEqual([
			['问题', '个别果园管网末端压力不足。'],
			['建议', '加装增压设备。']
		]);
	});
	it('a remedy that opens with its year ("改进措施2025年起…")', () => {
		const [l] = splitLines(FORM + '存在问题个别果园管网末端压力不足。改进措施2025年起每季度检修一次管网。项目负责人:罗某');
		expect(gluedCellFindings(l).map((f) => [f.kind, f.text])).toEqual([
			['问题', '个别果园管网末端压力不足。'],
			['建议', '2025年起每季度检修一次管网。']
		]);
	});
	it('a problem cell glued to the grade cell before it ("评价等级优存在问题…", "评价结论良好存在问题…")', () => {
		for (const grade of ['评价等级优', '评价结论良好', '自评等级中']) {
			const [l] = splitLines(FORM + `${grade}存在问题果农自管意识不强。改进措施每季度组织一次现场培训。项目负责人:罗某`);
			expect(gluedCellFindings(l).map((f) => [f.kind, f.text])).toEqual([
				['问题', '果农自管意识不强。'],
				['建议', '每季度组织一次现场培训。']
			]);
		}
	});
	it('a remedy opening with 与 ("改进措施与合作社签订…") is a remedy; "改进措施与建议" is a label', () => {
		const [l] = splitLines(FORM + '存在问题果农自管意识不强。改进措施与合作社签订管护协议,落实管护责任。项目负责人:罗某');
		expect(gluedCellFindings(l).map((f) => [f.kind, f.text])).toEqual([
			['问题', '果农自管意识不强。'],
			['建议', '与合作社签订管护协议,落实管护责任。']
		]);
	});
	it('a problem cell not closed by a label or the signature is no finding', () => {
		const [l] = splitLines(FORM + '存在问题个别果园管网末端压力不足');
		expect(gluedCellFindings(l)).toEqual([]);
	});
});

describe("a form whose rows are lines of glued cells: its closing row's finding cells", () => {
	const ROWS = [
		'项目名称某茶园改造项目主管部门某县农业农村局',
		'年度资金总额60 60 57 10 95% 9.5',
		'产出指标数量指标改造茶园≥500亩520亩20 20',
		'效益指标经济效益指标亩均增收≥800元860元20 20',
		'合计100 94.5'
	];
	it('"评价结论…。存在问题…。改进措施…。项目负责人:" gives the problem and the remedy', () => {
		const lines = splitLines([...ROWS, '评价结论优。存在问题部分茶园排水沟淤堵。改进措施雨季前组织一次清淤。项目负责人:韦某财务负责人:覃某'].join('\n'));
		expect(extractFindings(lines).map((f) => [f.kind, f.text])).toEqual([
			['问题', '部分茶园排水沟淤堵。'],
			['建议', '雨季前组织一次清淤。']
		]);
	});
	it('finding cells on lines of their own, each label glued to its text, give the problem and the remedy', () => {
		const lines = splitLines(
			[...ROWS, '评价结论项目基本完成年度目标。', '存在问题部分茶园排水沟淤堵,雨季积水。', '改进措施雨季前组织一次清淤。', '项目负责人:韦某'].join('\n')
		);
		expect(extractFindings(lines).map((f) => [f.kind, f.text])).toEqual([
			['问题', '部分茶园排水沟淤堵,雨季积水。'],
			['建议', '雨季前组织一次清淤。']
		]);
	});
	it('such a line with no form above it, or a label of two kinds, is no such cell', () => {
		const [a, b] = splitLines(['存在问题部分茶园排水沟淤堵,雨季积水。', '存在问题及改进措施详见附件。'].join('\n'));
		expect(gluedCellFindings(a, false)).toEqual([]);
		expect(gluedCellFindings(b, true)).toEqual([]);
	});
	it('the same row with no form above it is no such cell', () => {
		const lines = splitLines(['一、基本情况', '评价结论优。存在问题部分茶园排水沟淤堵。改进措施雨季前组织一次清淤。项目负责人:韦某'].join('\n'));
		expect(gluedCellFindings(lines[1], false)).toEqual([]);
	});
});

describe("a part's number alone on its line closes the section before it", () => {
	it('"第四部分" / "自评结论" after the remedies: no remedy of its own, and the remedies are kept', () => {
		const text = [
			'第三部分',
			'存在问题及改进措施',
			'(一)存在问题',
			'部分村道边沟淤塞。',
			'(二)改进措施',
			'汛前组织村民清理边沟。',
			'第四部分',
			'自评结论',
			'项目总体达到预期目标。'
		].join('\n');
		expect(extractFindings(splitLines(text)).map((f) => [f.kind, f.text])).toEqual([
			['问题', '部分村道边沟淤塞。'],
			['建议', '汛前组织村民清理边沟。']
		]);
	});
});

describe('labels that say what each item is', () => {
	it.each([
		[
			'bulleted items under a combined heading, each with its own label, and a closing note in brackets',
			[
				'四、存在问题及改进措施',
				'- 存在问题:部分地块土层薄,成活率略低于目标。',
				'- 改进措施:对立地条件差的地块采取客土造林整地。',
				'(本项目为第三期,辖区宜林荒山约4万亩。)'
			],
			[
				['问题', '部分地块土层薄,成活率略低于目标。'],
				['建议', '对立地条件差的地块采取客土造林整地。']
			]
		],
		[
			'a label with its colon on a line of its own over numbered items',
			[
				'评价结论:',
				'综合评分83分。',
				'存在问题:',
				'(一)配种站点布局偏少,送配距离远。',
				'(二)饲养管理记录不完整。',
				'意见建议:',
				'(一)在边远嘎查增设流动配种点。',
				'相关推荐:',
				'某某报告(通用5篇)'
			],
			[
				['问题', '配种站点布局偏少,送配距离远。'],
				['问题', '饲养管理记录不完整。'],
				['建议', '在边远嘎查增设流动配种点。']
			]
		]
	])('%s', (_what, text, found) => {
		expect(extractFindings(splitLines(text.join('\n'))).map((f) => [f.kind, f.text])).toEqual(found);
	});
});

describe('problems announced in the running text, told by the sentences after', () => {
	const read = (t: string) => proseFindings(splitLines(t)[0]).map((f) => [f.kind, f.text]);
	it.each([
		[
			'"也存在一些不足。" then the problem and the plan',
			'项目总体完成。项目实施中也存在一些不足。部分水窖盖板破损,存在安全隐患。下一步,村委会将在雨季前统一更换盖板。',
			[
				['问题', '部分水窖盖板破损,存在安全隐患。'],
				['建议', '下一步,村委会将在雨季前统一更换盖板。']
			]
		],
		[
			'"存在以下问题:" with two problems, the second a sentence of its own',
			'项目实施中存在以下问题:部分育苗棚薄膜老化。苗木出圃时间与造林季节衔接不够。经自评,本项目得分86分。',
			[
				['问题', '部分育苗棚薄膜老化。'],
				['问题', '苗木出圃时间与造林季节衔接不够。']
			]
		],
		[
			'"发现的主要问题及原因:一是…;二是…。下一步改进措施:一是…" in a 综述 paragraph',
			'某项目绩效自评综述:自评得分为90分。发现的主要问题及原因:一是灌溉渠段进场晚,完工延后;二是台账不全。下一步改进措施:一是提前招标。',
			[
				['问题', '灌溉渠段进场晚,完工延后;'],
				['问题', '台账不全。'],
				['建议', '提前招标。']
			]
		]
	])('%s', (_n, text, want) => expect(read(text)).toEqual(want));
});

describe('heldout96: labels over run-on items, a page number before a heading, items run on after their stop', () => {
	it.each([
		[
			'"存在问题:一是…;二是…" and "改进措施:一是…" on lines of their own under a combined heading',
			[
				'4. 存在问题及改进措施',
				'存在问题:一是护林员年龄偏大,巡护轨迹上传不及时;二是苗木补植受干旱影响,成活率偏低。',
				'改进措施:一是对护林员开展终端培训;二是调整补植时间,选用耐旱树种。'
			],
			[
				['问题', '护林员年龄偏大,巡护轨迹上传不及时;'],
				['问题', '苗木补植受干旱影响,成活率偏低。'],
				['建议', '对护林员开展终端培训;'],
				['建议', '调整补植时间,选用耐旱树种。']
			]
		],
		[
			'a PDF page’s number before a heading, numbered items run on after their stops, 改进意见',
			[
				'5 (三)存在的问题。',
				'1.部分消防通道被私家车占用,出警受阻。2.队员以兼职为主,夜间值守力量不足。',
				'三、改进意见',
				'(一)联合物业公司实施分时段停车管理。(二)招募居民志愿者组建夜间值守小组。'
			],
			[
				['问题', '部分消防通道被私家车占用,出警受阻。'],
				['问题', '队员以兼职为主,夜间值守力量不足。'],
				['建议', '联合物业公司实施分时段停车管理。'],
				['建议', '招募居民志愿者组建夜间值守小组。']
			]
		],
		[
			'the last item of a list runs on, numbered on from its own marker',
			['三、存在问题', '1.部分路段标线磨损。', '2.巡查记录不全。3.夜间照明不足。'],
			[
				['问题', '部分路段标线磨损。'],
				['问题', '巡查记录不全。'],
				['问题', '夜间照明不足。']
			]
		]
	])('%s', (_what, text, found) => {
		expect(extractFindings(splitLines(normalizeText(text.join('\n')).text)).map((f) => [f.kind, f.text])).toEqual(found);
	});
});

describe("a dash list's bullets and the practices a report names", () => {
	const kinds = (text: string) => extractFindings(splitLines(text)).map((f) => [f.kind, f.text]);
	it('items of a dash list under a problems heading: the bullet is no part of the text', () => {
		expect(kinds('四、问题与建议\n存在的问题:\n- 台账记录不够规范,部分活动缺少签到。\n- 活动内容单一,青年居民参与少。')).toEqual([
			['问题', '台账记录不够规范,部分活动缺少签到。'],
			['问题', '活动内容单一,青年居民参与少。']
		]);
	});
	it('a practice\'s label alone on its line ("经验做法"), its paragraph below: a practice', () => {
		expect(kinds('经验做法\n街道实行“发现—派单—修复”闭环管理,平均修复周期明显缩短。\n问题与改进')).toEqual([
			['经验', '街道实行“发现—派单—修复”闭环管理,平均修复周期明显缩短。']
		]);
	});
	it('"主要经验:…" in the running text: a practice, its label cut', () => {
		const [l] = splitLines('主要经验:将助餐服务与日间照料中心结合,服务人次超过年度目标。');
		expect(proseFindings(l).map((f) => [f.kind, f.text])).toEqual([['经验', '将助餐服务与日间照料中心结合,服务人次超过年度目标。']]);
	});
});

describe('a problem labelled at the end of an analysis paragraph', () => {
	const text = [
		'五、项目主要绩效情况分析',
		'补助站点:目标≥20个,实际20个;群众满意度:目标≥85%,实际88%。存在问题:补助资金拨付环节较多,部分资金到站晚于规定时限。',
		'六、建议',
		'1.精简审核环节,实行直接拨付。'
	];
	it('is a problem when no section names one', () => {
		expect(extractFindings(splitLines(text.join('\n'))).map((f) => [f.kind, f.text])).toEqual([
			['问题', '补助资金拨付环节较多,部分资金到站晚于规定时限。'],
			['建议', '精简审核环节,实行直接拨付。']
		]);
	});
	it('"存在问题:无。" is none', () => {
		expect(extractFindings(splitLines([text[0], '补助站点:目标≥20个,实际20个。存在问题:无明显问题发现情况。'].join('\n')))).toEqual([]);
	});
});

describe('an item whose text opens with a figure', () => {
	it('"1.3条巷道…" before "2.…" is item 1, not a decimal', () => {
		expect(extractFindings(splitLines('五、存在问题\n1.3条巷道涉及管网协调,开工滞后。\n2.前期勘察不细,设计变更多。')).map((f) => f.text)).toEqual([
			'3条巷道涉及管网协调,开工滞后。',
			'前期勘察不细,设计变更多。'
		]);
	});
});
