/**
 * Pipe-table forms as web pages export them: rows padded with empty cells, labelled cells (项目名称 | X),
 * findings in 存在问题 / 改进措施 cells, and a page that opens with the tail of the previous form.
 */
import { describe, expect, it } from 'vitest';
import { pipeRow, normalizeText } from './normalize';
import { cellFindings, inlineItems, labelledItems, proseFindings } from './findings';
import { labelledName } from './projects';
import { headingTitle, isHeading } from './structure';
import { splitLines } from './structure';
import { extract } from './extract';

describe('pipeRow', () => {
	const cases: [string, string][] = [
		['项目名称 | 某某经费 | |||||||||', '项目名称\t某某经费'],
		['产出指标 | 数量指标 | 培训人次 | ≥ | 50 | 人次 | 52 | 20 | 20 | ||', '产出指标\t数量指标\t培训人次\t≥\t50\t人次\t52\t20\t20'],
		// an empty cell between filled ones keeps the row's pipes: the grid reader places cells by order
		['质量指标 | 合格率 | | 100 | % | 10 | 10', '质量指标 | 合格率 | | 100 | % | 10 | 10'],
		['a | ', 'a | ']
	];
	it.each(cases)('%s', (a, b) => expect(pipeRow(a)).toBe(b));

	it('a padded pipe row is never joined to the next row', () => {
		const t = normalizeText(
			'绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |\n产出指标 | 数量指标 | 走访户数 | 80 | 85 | 20 | 20 | | ||\n质量指标 | 台账完整率 | 100% | 98% | 20 | 18 | | ||'
		).text;
		expect(t.split('\n')).toHaveLength(3);
	});
});

describe('cellFindings', () => {
	const cases: { text: string; kind: string | null; finding?: string }[] = [
		{ text: '存在问题\t巡查记录不全，个别设施破损发现较晚。', kind: '问题', finding: '巡查记录不全，个别设施破损发现较晚。' },
		{ text: '改进措施\t建立月度巡查台账并纳入考核。', kind: '建议', finding: '建立月度巡查台账并纳入考核。' },
		{ text: '存在问题及改进措施 | 建议提前开展项目前期论证。', kind: '建议' },
		{ text: '存在问题\n部分资金拨付晚于计划进度。', kind: '问题', finding: '部分资金拨付晚于计划进度。' },
		{ text: '存在问题\t无', kind: null },
		// a 偏差原因 cell explains a figure: no finding
		{ text: '偏差原因\t雨季施工延误两周。', kind: null },
		// a sentence that starts with the word is prose, not a labelled cell
		{ text: '存在问题较多，需进一步整改落实到位。', kind: null }
	];
	it('the notes below the last section ("注：" / "①…") are no findings', () => {
		const r = extract({
			text: '某县林草局2023年度封育项目绩效自评报告\n一、资金\n项目预算43.2万元，实际支出41.47万元①。\n二、改进建议\n提前完成围栏材料采购。\n\n注：\n①含预付的运输费2.4万元。\n②补植株数按验收登记表统计。',
			sourceFile: 'x.txt'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.findings.map((f) => [f.kind, f.text])).toEqual([['建议', '提前完成围栏材料采购。']]);
		expect(r.value.report.actual_wan).toBe(41.47);
	});
	it('findings under 【存在问题】 / 【改进措施】 headings of a Word export', () => {
		const r = extract({
			text: '某县体校2019年度业余训练经费项目绩效自评报告\n【资金投入及使用情况】\n项目预算20万元，实际支出19万元。\n【存在问题】\n训练场地与中学共用，训练时段经常冲突。\n\n【改进措施】\n与教育部门协商固定训练时段。\n\n【其他需要说明的事项】\n无。',
			sourceFile: 'x.txt'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '训练场地与中学共用，训练时段经常冲突。'],
			['建议', '与教育部门协商固定训练时段。']
		]);
	});
	it('a combined label over lines that carry their own labels ("问题与措施：" / "问题：…" / "措施：…") gives one finding per line', () => {
		const text = '问题与措施：\n　问题：巡查记录不全，破损发现较晚。\n　措施：建立月度巡查台账并纳入考核。\n\n下一节';
		const got = cellFindings(splitLines(text), 0);
		expect(got.map((f) => [f.kind, f.text])).toEqual([
			['问题', '巡查记录不全，破损发现较晚。'],
			['建议', '建立月度巡查台账并纳入考核。']
		]);
		for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.text);
	});
	it.each(cases)('$text', ({ text, kind, finding }) => {
		const got = cellFindings(splitLines(text), 0);
		if (kind === null) return expect(got).toEqual([]);
		expect(got).toHaveLength(1);
		expect(got[0].kind).toBe(kind);
		if (finding) expect(got[0].text).toBe(finding);
		expect(text.slice(got[0].start, got[0].end)).toBe(got[0].text);
	});
});

describe('a page that opens with the end of the previous form', () => {
	const tail = [
		'绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 原因 |',
		'产出指标 | 数量指标 | 发放慰问品 | ≥ | 300 | 份 | 310 | 45 | 45 | ||',
		'合计 | 100 | 98.5 | ||||||||',
		'存在问题 | 上一张表的问题，不属于本报告。 | |||||||||'
	];
	const form = [
		'部门预算项目支出绩效自评表(2024年度) | ||||||||||',
		'项目名称 | 河道保洁经费 | |||||||||',
		'主管部门 | 某县水利局 | 实施单位 | 某县河道管理所 | |||||||',
		'预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | ||',
		'总额 | 30.00 | 32.00 | 30.40 | 95.00% | 10 | 9.5 | |||',
		'绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 原因 |',
		'产出指标 | 数量指标 | 保洁河道长度 | ≥ | 40 | 公里 | 42 | 45 | 45 | ||',
		'效益指标 | 生态效益指标 | 河面漂浮物清理率 | ≥ | 95 | % | 96 | 45 | 44 | ||',
		'合计 | 100 | 98.5 | ||||||||',
		'存在问题 | 汛期保洁频次不足。 | |||||||||'
	];
	it('reads only the form that starts on the page', () => {
		const r = extract({ text: [...tail, ...form].join('\n'), sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const x = r.value;
		expect(x.more ?? []).toHaveLength(0);
		expect(x.report.project_name).toBe('河道保洁经费');
		expect(x.report.budget_wan).toBe(32);
		expect(x.indicators.map((i) => i.name)).toEqual(['保洁河道长度', '河面漂浮物清理率']);
		expect(x.findings.map((f) => f.text)).toEqual(['汛期保洁频次不足。']);
		expect(x.checks.map((c) => c.code)).toContain('fragment_skipped');
	});
	it('a document of two whole forms keeps both', () => {
		const r = extract({ text: [...form, ...form.map((l) => l.replace('河道保洁经费', '堤防巡查经费'))].join('\n'), sourceFile: 'x.txt' });
		expect(r.ok && (r.value.more ?? []).length).toBe(1);
	});
});

describe('labelled finding cells with a longer label', () => {
	const cases: [string, string | null][] = [
		['改进措施及结果应用方案 | 下年度提前招标，资金到位后一月内拨付。', '建议'],
		['存在问题及原因分析 | 资金下达较晚，支出进度偏慢。', '问题'],
		['偏差原因分析 | 资金下达较晚，支出进度偏慢。', null]
	];
	it.each(cases)('%s', (text, kind) => {
		const got = cellFindings(splitLines(text), 0);
		expect(got.map((f) => f.kind)).toEqual(kind ? [kind] : []);
	});
});

describe('PDF text: headings whose text runs on after a space, reports run into each other', () => {
	const cases: [string, string, boolean][] = [
		['六、存在的问题及原因分析 部分泵站电机老化，维修配件采购周期较长，影响故障处置时效。', '存在的问题及原因分析', true],
		['(二)存在的主要问题 1.目标偏重产出，缺少管护指标;2.责任不明确。', '存在的主要问题', true],
		['一、项目基本情况', '项目基本情况', true],
		// PDF-spaced words are no run-on text
		['(一)项目 概况', '项目 概况', true],
		[
			'1.项目立项情况为保障全区设施正常运行，年初安排预算资金四十六万元用于日常管护和小型维修，年中追加。',
			'项目立项情况为保障全区设施正常运行，年初安排预算资金四十六万元用于日常管护和小型维修，年中追加',
			false
		]
	];
	it.each(cases)('%s', (text, title, heading) => {
		const [l] = splitLines(text);
		expect(headingTitle(l)).toBe(title);
		expect(isHeading(l)).toBe(heading);
	});
	it('inline numbered items after a run-on heading', () => {
		const t = '1.目标偏重产出;2.管护责任不明确。';
		expect(inlineItems(t, 10).map((x) => [x.text, t.slice(x.start - 10, x.end - 10)])).toEqual([
			['目标偏重产出;', '目标偏重产出;'],
			['管护责任不明确。', '管护责任不明确。']
		]);
		expect(inlineItems('只有一项。', 0)).toHaveLength(1);
	});
	it('a second report title run into the last sentence is its own line', () => {
		const t = normalizeText(
			'2023 年甲项目部门评价报告 一、项目基本情况 预算 20 万元，支出 19 万元。二、评价结论 得分 90 分。三、有关建议 加强管理。 2023 年乙项目部门评价报告 一、项目基本情况 预算 30 万元。'
		).text;
		expect(t.split('\n')).toContain('2023 年乙项目部门评价报告');
		expect(t.split('\n')[0]).toBe('2023 年甲项目部门评价报告');
	});
});

describe('projects summarised in labelled paragraphs (项目一：… 项目二：…)', () => {
	const names: [string, string | null][] = [
		['某财农〔2023〕12号村级道路维修项目,项目全年预算数20万元', '村级道路维修项目'],
		['中央财政衔接资金-牧区饮水设备购置项目资金,全年预算数', '牧区饮水设备购置项目'],
		['2023年护林员补助,预算数8万元', '2023年护林员补助']
	];
	it.each(names)('labelledName(%s)', (t, n) => expect(labelledName(t)).toBe(n));
	it('splits a unit self-evaluation into one report per labelled project', () => {
		const text = [
			'某镇人民政府2023年度转移支付项目绩效自评结果',
			'项目一：村级道路维修项目，项目全年预算数20万元，执行数19万元。道路已通车。存在的问题是养护资金不足。',
			'项目二：护林员补助，项目全年预算数8万元，执行数8万元，完成预算的100%。下一步将完善考勤制度。',
			'某镇人民政府'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan])).toEqual([
			['村级道路维修项目', 20, 19],
			['护林员补助', 8, 8]
		]);
		expect(all.map((x) => x.report.title)).toEqual(['某镇人民政府2023年度转移支付项目绩效自评结果', '某镇人民政府2023年度转移支付项目绩效自评结果']);
		expect(all.map((x) => x.findings.map((f) => f.kind))).toEqual([['问题'], ['建议']]);
	});
	it("a label alone on its line, the project's numbered paragraphs below: the last project ends at the closing words", () => {
		const text = [
			'某县某局2023年度项目支出绩效自评报告',
			'我局对2023年实施的两个项目开展了绩效自评,现将自评情况报告如下:',
			'项目一:冬季取暖补助项目',
			'(一)项目资金情况。该项目全年预算30万元,实际支出29万元。',
			'(二)自评结果。该项目自评得分92分,等级为优。',
			'项目二:农机作业补贴项目',
			'(一)项目资金情况。该项目全年预算18万元,实际支出18万元。',
			'(二)自评结果。该项目自评得分88分,等级为良。',
			'下一步,我局将加快补助资金兑现进度。',
			'某县某局'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.report.grade])).toEqual([
			['冬季取暖补助项目', 30, 29, 92, '优'],
			['农机作业补贴项目', 18, 18, 88, '良']
		]);
	});
});

describe('proseFindings: sentences that say what they are', () => {
	const cases: [string, string[]][] = [
		['设备已投入使用。存在的问题是冷链运输能力不足，旺季需低价出售。下一步将争取冷藏车配套资金。', ['问题', '建议']],
		['项目按期完成，群众满意度较高。', []],
		['存在问题：无。', []],
		['存在问题:部分管网老化,维修成本上升。改进措施:分年度安排管网更新。', ['问题', '建议']]
	];
	it.each(cases)('%s', (t, kinds) => expect(proseFindings(splitLines(t)[0]).map((f) => f.kind)).toEqual(kinds));
	it("a sentence's own label is no part of its finding", () => {
		const t = '存在问题:部分管网老化,维修成本上升。改进措施:分年度安排管网更新。';
		expect(proseFindings(splitLines(t)[0]).map((f) => t.slice(f.start, f.end))).toEqual(['部分管网老化,维修成本上升。', '分年度安排管网更新。']);
	});
	it.each([
		['评价发现的主要问题是补植苗木成活率偏低,部分地块缺苗。建议在雨季前完成补植。', ['补植苗木成活率偏低,部分地块缺苗。', '建议在雨季前完成补植。']],
		[
			'自评中也发现,冷库建成时已过采收高峰,当年使用不足两个月。单位将在今后同类项目中提前开工。',
			['冷库建成时已过采收高峰,当年使用不足两个月。', '单位将在今后同类项目中提前开工。']
		],
		['评价发现的主要问题:部分站点活动内容单一,参与群众较少。', ['部分站点活动内容单一,参与群众较少。']]
	])('what the evaluation found, said in a sentence: %s', (t, want) => {
		expect(proseFindings(splitLines(t)[0]).map((f) => t.slice(f.start, f.end))).toEqual(want);
	});
});

describe('a findings heading "存在绩效问题"', () => {
	it('opens a section of 问题 items ("4.2存在绩效问题" / "一是…二是…")', () => {
		const t =
			'某县2019年度部门整体支出绩效评价报告\n4.1绩效目标完成情况\n全年完成巡查52处次。\n4.2存在绩效问题\n一是巡查车辆老化,维修频繁。二是档案整理进度滞后于计划。\n5.建议\n更新巡查车辆。';
		const r = extract({ text: t, sourceFile: 't.txt' });
		if (!r.ok) throw new Error(r.reason);
		expect(r.value.findings.filter((f) => f.kind === '问题').map((f) => f.text)).toEqual(['巡查车辆老化,维修频繁。', '档案整理进度滞后于计划。']);
	});
});

describe('a 公开14表 whose cells came out of order', () => {
	// after the layout of a county school's published 自评表: the money unit is the last cell of the line above the
	// funds header, 年初预算数 is empty, the header's two rows are flattened upper row first, the grade sits in the
	// total row, and the 实施单位 is a school
	const text = [
		'2023年度项目支出绩效自评表 | 部门:某县第二小学 |',
		'| 公开14表 | 项目名称 | 学生课后服务补助资金 | 主管部门 | 某县教育局 | 实施单位 | 某县第二小学 | 项目资金 (元) |',
		'| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |',
		'| 250000.00 | 240000.00 | 10 | 96.00% | 9.6 | 其中:当年财政 拨款 |',
		'| — | 年度 总体 目标 | 预期目标 | 实际完成情况 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 参加课后服务学生数 | ≧ | 300 | 人 | 312 | 30 | 30 |',
		'| 质量指标 | 安全事故发生数 | ═ | 0 | 起 | 0 | 30 | 30 |',
		'| 满意度指标 | 服务对象满意度指标等 | 家长满意度 | ≧ | 90 | % | 88% | 30 | 27 | 部分家长希望增加活动种类 |',
		'| 其他需要说明事项 | 无 | 总分 | 100 | 96.6 | 优 |'
	].join('\n');
	it('reads money in 元, the columns in the lower header row order, the stated grade and the school', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const x = r.value.report;
		expect([x.budget_wan, x.actual_wan, x.score, x.grade, x.grade_basis, x.unit]).toEqual([25, 24, 96.6, '优', 'stated', '某县第二小学']);
		expect(r.value.indicators.map((i) => [i.name, i.level1, i.level2, i.target_text, i.actual_text, i.unit, i.weight, i.points])).toEqual([
			['参加课后服务学生数', '产出', '数量', '≥300人', '312', '人', 30, 30],
			['安全事故发生数', '产出', '质量', '=0起', '0', '起', 30, 30],
			['家长满意度', '满意度', '服务对象满意度', '≥90%', '88%', '%', 30, 27]
		]);
	});
});

describe('a county report to the city finance bureau', () => {
	const text = [
		'某县2023年度衔接推进乡村振兴补助资金绩效自评报告',
		'市财政局：',
		'现将我县2023年度衔接资金绩效自评情况报告如下。',
		'一、资金投入情况',
		'2023年全县共投入各级财政衔接推进乡村振兴补助资金3200万元，其中：中央资金1200万元、省级资金800万元，县本级资金1200万元。',
		'截至2023年12月31日，累计支出3104万元，支出进度97%。',
		'二、存在问题及下一步工作',
		'一是部分项目开工较晚；二是个别产业项目收益不稳定。下一步，将提前开展项目前期论证。',
		'某县财政局',
		'2024年1月10日'
	].join('\n');
	it('reads the budget it invested, the signing finance bureau as the unit, findings without the signature', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.unit]).toEqual([3200, 3104, '某县财政局']);
		expect(r.value.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '部分项目开工较晚；'],
			['问题', '个别产业项目收益不稳定。'],
			['建议', '下一步，将提前开展项目前期论证。']
		]);
		// where the money came from is no spending item
		expect(r.value.expenditures).toEqual([]);
	});
	it('a finance bureau signing a third-party evaluation is not the unit', () => {
		const r = extract({ text: text.replace('现将我县', '受县财政局委托，第三方评价机构对我县'), sourceFile: 'x.txt' });
		expect(r.ok && r.value.report.unit).not.toBe('某县财政局');
	});
});

describe('a one-line document site text of the standard self-evaluation template', () => {
	const text =
		'平山县岗南镇2023年度村内道路硬化项目绩效自评报告一、基本情况(一)项目基本概况我镇2023年实施村内道路硬化项目2个,项目实施单位为岗南镇人民政府。(二)资金及项目绩效目标2023年共安排奖补资金50万元,绩效目标是硬化村内道路3.2公里、安装太阳能路灯60盏,改善群众出行条件二、项目资金使用及管理情况资金实行专账核算,未发现挤占挪用情况三、预算支出组织实施情况我镇2023年实际支出48万元四、预算支出绩效情况完成村内道路硬化3.3公里,安装路灯60盏,工程验收合格率100%五、存在的问题及原因分析部分村后期管护无专人负责六、几点建议建立道路和路灯管护制度,落实到村民小组七、其他需要说明的问题暂无';
	it('breaks the template sections, pairs each target with its result, reads findings', () => {
		const lines = normalizeText(text).text.split('\n');
		expect(lines).toContain('二、项目资金使用及管理情况');
		expect(lines).toContain('五、存在的问题及原因分析');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.project_name]).toEqual([50, 48, '村内道路硬化项目']);
		const ind = (n: string) => r.value.indicators.find((i) => i.name.includes(n));
		expect([ind('硬化村内道路')?.target_text, ind('硬化村内道路')?.actual_text]).toEqual(['3.2公里', '3.3公里']);
		expect([ind('路灯')?.target_text, ind('路灯')?.actual_text]).toEqual(['60盏', '60盏']);
		expect(r.value.findings.map((f) => f.kind)).toEqual(['问题', '建议']);
	});
	it('a longer section title is never cut at a shorter one inside it (绩效目标完成情况 is no 绩效目标)', () => {
		const t = normalizeText(
			'某局2023年度整体支出绩效自评报告 一、基本情况 本局负责城市管理工作，年度预算800万元，全年支出780万元，执行率97.5%。 三、绩效目标完成情况 (一)道路机械化清扫率 78.5%,年度目标 75%。'
		).text;
		expect(t).not.toMatch(/绩效目标\n完成情况/);
	});
});

describe('government web copies: the page header, units and totals', () => {
	const text = [
		'      当前位置:首页>政府信息公开>财政预决算>绩效评价',
		'      日期:2024-05-10 10:20  来源:某县住房和城乡建设局',
		'      分享到:',
		'',
		'      某县2023年度城镇老旧小区改造项目支出绩效自评报告',
		'      一、项目基本情况',
		'      (一)项目实施单位基本情况',
		'      2023年上级下达我县城镇老旧小区改造补助资金1.1亿元,县级配套资金1,500万元,合计12,500万元。',
		'      截至2023年底,项目累计支出1.2亿元。',
		'      (二)绩效目标完成情况',
		'      新建停车位计划400个,实际完成420个。',
		'      二、评价结论 自评得分92分。'
	].join('\n');
	it('reads the publishing unit from 来源, never 城镇 as a town, the 合计 of the funds, a 计划/实际完成 pair', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.title, r.value.report.unit, r.value.report.budget_wan, r.value.report.actual_wan]).toEqual([
			'某县2023年度城镇老旧小区改造项目支出绩效自评报告',
			'某县住房和城乡建设局',
			12500,
			12000
		]);
		expect(r.value.checks.map((c) => c.code)).toContain('unit_from_source');
		const park = r.value.indicators.find((i) => i.name.includes('停车位'));
		expect([park?.target_text, park?.actual_text, park?.achieved]).toEqual(['400个', '420个', true]);
	});
});

describe('a 指标名称 | 年度目标 | 实际完成 table glued into one line', () => {
	it('pairs each written target with the figure right after it, never with the next name', () => {
		const text =
			'某街道2023年度项目支出绩效自评报告\n二、绩效指标完成情况\n绩效指标指标名称年度目标实际完成专职网格员配备人数≥60人62人网格事件按时办结率≥95%96.5%居民满意度≥90%92%';
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const got = r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text]);
		expect(got).toContainEqual(['网格事件按时办结率', '≥95%', '96.5%']);
		expect(got).toContainEqual(['居民满意度', '≥90%', '92%']);
		// no figure is ever filed under the name that follows it
		expect(got.every(([name]) => !/[≥≤]$/.test(String(name)))).toBe(true);
	});
});

describe('two whole 自评表 forms in one page', () => {
	const form = (name: string, budget: string) => [
		'部门预算项目支出绩效自评表(2023年度) | ||||||||||',
		`项目名称 | 51000023R00000001-${name} | |||||||||`,
		'主管部门 | 某县档案馆部门 | 实施单位 | 某县档案馆 | |||||||',
		'预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | ||',
		`总额 | ${budget} | ${budget} | ${budget} | 100.00% | 10 | 10 | |||`,
		'绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 原因 |',
		'产出指标 | 数量指标 | 完成件数 | ≥ | 10 | 件 | 10 | 90 | 90 | ||',
		'合计 | 100 | 100 | ||||||||'
	];
	it('each report takes its own form: its 项目名称 (above its tables) and the form title', () => {
		const text = ['某县档案馆2023年度项目支出绩效自评表公开', ...form('档案数字化经费', '18.00'), ...form('档案保护经费', '6.00')].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.title, x.report.project_name, x.report.budget_wan])).toEqual([
			['部门预算项目支出绩效自评表(2023年度)', '档案数字化经费', 18],
			['部门预算项目支出绩效自评表(2023年度)', '档案保护经费', 6]
		]);
	});
});

describe('unit cells counted in ten-thousands', () => {
	it('"万页" and "万人次" are units of a grid row', () => {
		const text = [
			'绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 原因 |',
			'产出指标 | 数量指标 | 数字化扫描页数 | ≥ | 12 | 万页 | 12.6 | 45 | 45 | ||',
			'效益指标 | 社会效益指标 | 年服务群众人次 | ≥ | 8 | 万人次 | 9.3 | 45 | 45 | ||',
			'合计 | 100 | 100 | ||||||||'
		].join('\n');
		const r = extract({ text: '某馆2023年度项目支出绩效自评表\n' + text, sourceFile: 'x.txt' });
		expect(r.ok && r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.unit, i.weight])).toEqual([
			['数字化扫描页数', '≥12万页', '12.6', '万页', 45],
			['年服务群众人次', '≥8万人次', '9.3', '万人次', 45]
		]);
	});
});

describe('actual spend among its categories', () => {
	it('全年支出 / 支出：X is the actual, 人员经费支出 / 公用经费支出 are parts of it', () => {
		const text =
			'某县政协2023年度部门整体支出绩效评价报告\n一、基本情况\n2、支出:829.70万元。其中:人员经费支出451.32万元,公用经费支出86.6万元,项目支出291.78万元。\n二、评价结论\n自评得分95分。';
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok && r.value.report.actual_wan).toBe(829.7);
	});
});

describe('a figure with its qualifier', () => {
	it.each([
		['群众满意度达到95%以上。', '95%以上', 0.95],
		['受益群众达到3200人以上。', '3200人以上', 3200]
	])('%s', (sentence, text, value) => {
		const r = extract({
			text:
				'某镇2023年度道路项目绩效自评报告\n一、基本情况\n项目预算资金20万元，实际支出19万元。\n二、绩效目标完成情况\n' +
				sentence +
				'\n三、评价结论\n自评得分90分。',
			sourceFile: 'x.txt'
		});
		expect(r.ok && r.value.indicators.map((i) => [i.actual_text, i.actual_value])).toContainEqual([text, value]);
	});
});

describe('itemised spending in prose', () => {
	const spend = (sentence: string) => {
		const r = extract({
			text: '某镇2023年度道路项目绩效自评报告\n一、基本情况\n项目预算资金100万元。\n' + sentence + '\n二、评价结论\n自评得分90分。',
			sourceFile: 'x.txt'
		});
		return r.ok ? r.value.expenditures.map((e) => [e.item, e.amount_yuan]) : null;
	};
	it.each([
		[
			'实际支出91.2万元,其中道路硬化工程款78.6万元,路灯采购安装12.6万元。',
			[
				['道路硬化工程款', 786000],
				['路灯采购安装', 126000]
			]
		],
		// the items in the next sentence, after the rate
		[
			'实际支出91.2万元,预算执行率91.2%。其中道路硬化工程款78.6万元,路灯采购安装12.6万元。',
			[
				['道路硬化工程款', 786000],
				['路灯采购安装', 126000]
			]
		],
		// items parted by 、, the rate after them
		[
			'实际支出91.2万元,其中道路硬化工程款78.6万元、路灯采购安装12.6万元,资金执行率91.2%。',
			[
				['道路硬化工程款', 786000],
				['路灯采购安装', 126000]
			]
		],
		// after 累计支付…，其中
		[
			'项目累计支付91.2万元,其中道路硬化工程款78.6万元,路灯采购安装12.6万元。',
			[
				['道路硬化工程款', 786000],
				['路灯采购安装', 126000]
			]
		],
		// amounts in 元 with thousands separators: a separator is no border
		[
			'实际支出912,350元。其中:道路硬化工程款786,000元,路灯采购安装126,350元。',
			[
				['道路硬化工程款', 786000],
				['路灯采购安装', 126350]
			]
		],
		// after 已支付…。其中 (no colon)
		[
			'截至年底已支付912350.00元,支付率91.2%。其中道路硬化支出786000.00元,路灯安装支出126350.00元。',
			[
				['道路硬化支出', 786000],
				['路灯安装支出', 126350]
			]
		],
		// 支出内容为:
		[
			'实际支出91.2万元。支出内容为:道路硬化工程款78.6万元,路灯采购安装12.6万元。',
			[
				['道路硬化工程款', 786000],
				['路灯采购安装', 126000]
			]
		],
		// a 、 inside an item is no border
		[
			'实际支出9.1万元,其中春节、中秋走访慰问3.6万元,护栏维修5.5万元。',
			[
				['春节、中秋走访慰问', 36000],
				['护栏维修', 55000]
			]
		],
		// 主要用于 with no colon
		[
			'实际支出9.1万元,主要用于标志牌制作3.6万元、护栏维修5.5万元。',
			[
				['标志牌制作', 36000],
				['护栏维修', 55000]
			]
		],
		// a use with no amounts is no list
		['资金主要用于道路硬化和路灯安装。', []],
		[
			'项目支出包括委员履职活动经费37.9万元,文史资料编印经费12万元。',
			[
				['委员履职活动经费', 379000],
				['文史资料编印经费', 120000]
			]
		],
		// a classification of the spending is no item of it
		['支出829.7万元。其中:人员经费支出451.32万元,公用经费支出86.6万元,项目支出291.78万元。', []],
		// nor is where the money came from
		['共下达资金96万元,其中省级资金72万元,县级资金24万元。', []]
	])('%s', (sentence, items) => expect(spend(sentence)).toEqual(items));
});

describe('a findings section whose items are marked one level higher', () => {
	it('"5. 存在问题" then "(一)…" "(二)…": every item, up to the next section', () => {
		const text = [
			'某镇2024年度部门整体支出绩效自评报告',
			'  4. 自评结论',
			'',
			'自评得分92分。',
			'',
			'  5. 存在问题',
			'',
			'(一)部分项目支出进度前慢后快,四季度支出偏多。',
			'',
			'(二)绩效目标设置偏重产出数量,效益指标量化不足。',
			'',
			'  6. 改进措施',
			'',
			'(一)建立项目支出月度通报制度,及时督办。',
			'',
			'(二)下年度预算增加可量化的效益指标。',
			'',
			'(三)自评结论',
			'预算资金300万元。'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok && r.value.findings.map((f) => [f.kind, f.text.slice(0, 8)])).toEqual([
			['问题', '部分项目支出进度'],
			['问题', '绩效目标设置偏重'],
			['建议', '建立项目支出月度'],
			['建议', '下年度预算增加可']
		]);
	});
});

describe('labelled parts of one finding item', () => {
	it.each([
		[
			'存在问题：村级台账更新滞后。整改措施：每季度抽查一次台账。',
			[
				['问题', '村级台账更新滞后。'],
				['建议', '每季度抽查一次台账。']
			]
		],
		[
			'主要问题:验收偏晚;改进措施:提前组织验收',
			[
				['问题', '验收偏晚;'],
				['建议', '提前组织验收']
			]
		],
		[
			'问题:台账更新滞后。措施:每季度抽查一次台账。',
			[
				['问题', '台账更新滞后。'],
				['建议', '每季度抽查一次台账。']
			]
		],
		// a label inside a sentence is no label
		['针对存在问题：已在年内整改完毕。', [[undefined, '针对存在问题：已在年内整改完毕。']]]
	])('%s', (text, parts) => {
		const out = labelledItems({ text, start: 100, end: 100 + text.length });
		expect(out.map((x) => [x.kind, x.text])).toEqual(parts);
		for (const x of out) expect(text.slice(x.start - 100, x.end - 100)).toBe(x.text);
	});

	it('a 问题及改进措施 section with one labelled paragraph gives one problem and one suggestion', () => {
		const text = [
			'某区水务局2023年度项目资金绩效自评报告',
			'一、基本情况',
			'预算资金120万元，实际支出110万元。',
			'二、存在问题及改进措施',
			'存在问题：泵站巡检记录不全，个别月份缺失。改进措施：推行电子巡检，按周汇总。',
			'三、其他',
			'无。'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok && r.value.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '泵站巡检记录不全，个别月份缺失。'],
			['建议', '推行电子巡检，按周汇总。']
		]);
	});
});

describe('a 自评表 flattened into one line', () => {
	const line =
		'项目支出绩效自评表(2022年度)项目名称乡村保洁员补贴主管部门某县某局项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 60 64.5 62 10 96.12% 9.6绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标保洁员人数≥120人 126人 20 20 合计100 97.6 评价结论目标完成。存在问题部分村保洁频次不足。改进措施按月抽查保洁台账。项目负责人:';
	it('its title is the form title before the first cell label, and its finding cells are read', () => {
		const r = extract({ text: line, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.report.title).toBe('项目支出绩效自评表(2022年度)');
		expect(r.value.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '部分村保洁频次不足。'],
			['建议', '按月抽查保洁台账。']
		]);
	});
	it('a label word inside a table cell is no finding', () => {
		const r = extract({ text: line.replace('存在问题部分村保洁频次不足。改进措施按月抽查保洁台账。', '存在问题整改率100% 98% 10 10 '), sourceFile: 'x.txt' });
		expect(r.ok && r.value.findings).toEqual([]);
	});
});

describe('an attached target table with no level columns, its indicators under 绩效指标', () => {
	const text = [
		'某镇综合文化站2023年度免费开放补助资金绩效自评报告',
		'一、基本情况',
		'区级下达免费开放补助资金10万元,全年支出9.6万元。',
		'附件:绩效目标自评表',
		'| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
		'| 资金执行率 | 100% | 96% | 10 | 9.6 |',
		'| 开展文体活动 | ≥24场 | 26场 | 40 | 40 |',
		'| 图书借阅 | ≥3000册次 | 2850册次 | 40 | 38 |',
		'| 群众满意度 | ≥90% | 95% | 10 | 10 |',
		'| 自评总分 | | | 100 | 97.6 |'
	].join('\n');
	it('the rows are read, the execution row is none, the total is the score', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.unit, i.weight, i.points])).toEqual([
			['开展文体活动', '≥24场', '26场', '场', 40, 40],
			['图书借阅', '≥3000册次', '2850册次', '册次', 40, 38],
			['群众满意度', '≥90%', '95%', '%', 10, 10]
		]);
		expect(r.value.report.score).toBe(97.6);
	});
});

describe("a document site's preview: a one-line 自评表 cut into numbered chunks, cells parted by spaces", () => {
	const chunks = [
		'某乡2023年度项目支出绩效自评表.docx',
		'',
		'1、项目支出绩效自评表(2023年度)项目名称 某乡村道维修工程 主管部门 某县某乡人民政府 实施单位 某县某乡人民政府 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 30.00 32.00 30.40 10 95.00% 9.5 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标 数量指标 维修村道 ≥8公里 8.4公里 20 20 质量指标',
		'',
		'2、工程验收合格率 100% 100% 20 20 效益指标 社会效益指标 受益人口 ≥1500人 1420人 20 18.9 部分村民外出务工 满意度指标 服务对象满意度指标 群众满意度 ≥90% 94% 20 20 总分 100 98.4',
		'',
		'3、存在问题 雨季个别路段边坡有塌方隐患 改进措施 汛前组织排查并加固边坡 填表人: 联系电话:'
	].join('\n');
	it('the chunks are one form again: its grid rows and its finding cells are read', () => {
		const r = extract({ text: chunks, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.points])).toEqual([
			['维修村道', '≥8公里', '8.4公里', 20],
			['工程验收合格率', '100%', '100%', 20],
			['受益人口', '≥1500人', '1420人', 18.9],
			['群众满意度', '≥90%', '94%', 20]
		]);
		expect(r.value.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '雨季个别路段边坡有塌方隐患'],
			['建议', '汛前组织排查并加固边坡']
		]);
	});
	it('numbered paragraphs that end their sentences stay apart', () => {
		const t = normalizeText(chunks.replace('质量指标\n', '质量指标。\n')).text;
		expect(t).toContain('\n2、工程验收合格率');
	});
});

describe('a 部门整体 self-evaluation form, one cell per line', () => {
	const text = [
		'某县2023年度部门(单位)整体支出',
		'绩效评价自评报告',
		'部门(单位)名称  某县文化馆',
		'一、部门(单位)财政资金收支情况',
		'全年预算数(万元)',
		'410.50',
		'全年执行数(万元)',
		'398.20',
		'二、部门整体支出绩效情况',
		'绩效指标',
		'指标值',
		'完成值',
		'举办公益展览',
		'≥12场',
		'14场',
		'读者满意度',
		'≥90%',
		'95%',
		'三、自评结果',
		'自评得分',
		'96.5',
		'等级',
		'优'
	].join('\n\n');
	it('reads the 绩效指标 | 指标值 | 完成值 table, the score cell and 部门整体支出 as the project', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text])).toEqual([
			['举办公益展览', '≥12场', '14场'],
			['读者满意度', '≥90%', '95%']
		]);
		expect([r.value.report.project_name, r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.score, r.value.report.grade]).toEqual([
			'部门整体支出',
			410.5,
			398.2,
			96.5,
			'优'
		]);
	});
});

describe('findings under a form cell label and under a 偏离目标的原因 heading', () => {
	const findings = (text: string) => {
		const r = extract({ text, sourceFile: 'x.txt' });
		return r.ok ? r.value.findings.map((f) => [f.kind, f.text]) : null;
	};
	it('"评价问题 简要情况 |" and "改进建议 |" each over their numbered lines', () => {
		const text = [
			'某乡2023年度护林员补助项目绩效评价报告',
			'项目预算数为40万元,实际支出38万元。评价得分86分。',
			'评价问题 简要情况 |',
			'1.巡护记录不完整,部分月份缺失。',
			'2.补助发放晚于规定时间。 | ||||',
			'改进建议 |',
			'1.建立巡护记录月度检查制度。',
			'2.每月10日前发放上月补助。 | ||||'
		].join('\n');
		expect(findings(text)).toEqual([
			['问题', '巡护记录不完整,部分月份缺失。'],
			['问题', '补助发放晚于规定时间。'],
			['建议', '建立巡护记录月度检查制度。'],
			['建议', '每月10日前发放上月补助。']
		]);
	});
	it('"偏离绩效目标的原因和下一步改进措施": the cause is a problem, what comes next a suggestion', () => {
		const text = [
			'某县2022年度养老服务设施项目绩效自评报告',
			'一、项目概况',
			'项目预算数为60万元,实际支出55万元。',
			'二、偏离绩效目标的原因和下一步改进措施',
			'1.床位入住率偏低,老人对集中居住有顾虑。',
			'2.下一步将开展试住服务,逐步提高入住率。'
		].join('\n');
		expect(findings(text)).toEqual([
			['问题', '床位入住率偏低,老人对集中居住有顾虑。'],
			['建议', '下一步将开展试住服务,逐步提高入住率。']
		]);
	});
});

describe('a form flattened to one line, its money unit stated above its cells', () => {
	const form = (numbers: string) =>
		'某镇人民政府2023年度项目支出绩效自评表\n项目支出绩效自评表 (2023年度) 金额单位:元 项目名称 村道日常养护 主管部门 某镇人民政府 实施单位 某镇人民政府 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 ' +
		numbers +
		'820,000.00 800,000.00 776,000.00 10 97.00% 9.70 其中:财政拨款 820,000.00 800,000.00 776,000.00 年度总体目标 完成村道养护。';
	it.each([
		['values after the label', ''],
		["values after the form's printed column numbers", '1 2 3 4 5 6 ']
	])('%s: 金额单位:元 makes them 元', (_n, numbers) => {
		const r = extract({ text: form(numbers), sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.execution_rate_stated]).toEqual([80, 77.6, 0.97]);
	});
});

describe('a funds row whose numbers OCR split apart', () => {
	it('states no rate: a bare "6" among the split cells is no 6%', () => {
		const text = [
			'项目支出绩效自评表',
			'( 2023年度 )',
			'项目名称 某村2023年度道路硬化项目',
			'主管部门 某县某乡人民政府 实施单位 某县某乡人民政府',
			'项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
			'(万元) 年度资金总额 60.00 6 4.00 63.1 6 10 98.6 0% 9.8',
			'其中:当年财政拨款 60.00 64.00 63.16 — 98.69% —',
			'上年结转资金 — — — — — —'
		].join('\n');
		const r = extract({ text, sourceFile: 'ocr.txt' });
		if (!r.ok) throw new Error(r.reason);
		expect([r.value.report.budget_wan, r.value.report.execution_rate_stated, r.value.report.execution_rate]).toEqual([null, null, null]);
	});
});

describe('a funds table that states no unit', () => {
	const form = (a: string, b: string, c: string) =>
		[
			'项目支出绩效自评表',
			'项目名称\t某村道路养护项目',
			'项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
			`年度资金总额\t${a}\t${b}\t${c}\t10\t96.00%\t9.6`
		].join('\n');
	it("reads small totals as 万元, the form's standard unit", () => {
		const r = extract({ text: form('50.00', '50.00', '48.00'), sourceFile: 'u.txt' });
		if (!r.ok) throw new Error(r.reason);
		expect([r.value.report.budget_wan, r.value.report.actual_wan]).toEqual([50, 48]);
	});
	it('leaves a total of 1亿元 or more blank, with a warning: 元 written without a unit is likelier', () => {
		const r = extract({ text: form('500,000.00', '500,000.00', '480,000.00'), sourceFile: 'u.txt' });
		if (!r.ok) throw new Error(r.reason);
		expect([r.value.report.budget_wan, r.value.report.actual_wan]).toEqual([null, null]);
		expect(r.value.report.warnings).toMatch(/未注明单位/);
	});
});

describe('a findings section followed by a signature, attachments and page links', () => {
	it('takes only its own items; 下步措施 is a heading of suggestions', () => {
		const text = [
			'某镇2023年度村道养护项目绩效自评报告',
			'一、基本情况',
			'项目预算50万元,实际支出48万元。自评得分90分。',
			'二、存在问题和建议',
			'存在问题:部分村道路面狭窄,机械难以进场。',
			'建议:配备小型养护机械。',
			'三、下步措施',
			'(一)建立村道日常巡查制度。',
			'(某镇财政所)',
			'上一篇: 某镇开展森林防火宣传',
			'附件下载:',
			'1.某镇2023年度项目支出绩效自评表.xlsx',
			'2.某镇村道养护台账.pdf'
		].join('\n');
		const r = extract({ text, sourceFile: 'f.txt' });
		if (!r.ok) throw new Error(r.reason);
		expect(r.value.findings.map((f) => f.kind + ':' + f.text)).toEqual([
			'问题:部分村道路面狭窄,机械难以进场。',
			'建议:配备小型养护机械。',
			'建议:建立村道日常巡查制度。'
		]);
	});
});

describe('a transfer-payment 自评表 (转移支付) in pipe rows, without a score', () => {
	// the national transfer-payment form: the name printed again as the first cell, the year line under it, 资金使用单位,
	// "预算执行率(B/A×100%)", a 资金管理情况 block whose "存在问题和改进措施" column holds a problem and its remedy,
	// "全年实际完成值", and the level-2 label repeated as the name of the satisfaction row (invented content)
	const text = [
		'农业生产发展资金绩效自评表',
		'农业生产发展资金绩效自评表 | |||||',
		'(2022年度) | |||||',
		'转移支付(项目)名称 | 农业生产发展资金 | ||||',
		'中央主管部门 | 农业农村部 | ||||',
		'地方主管部门 | 某省农业农村厅 某市农业农村局 |',
		'资金使用单位 | 某县农业农村局 | |||',
		'资金投入情况 (万元) |',
		'全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | |||',
		'年度资金总额: | 2,400.00 | 2,232.00 | 93% | |||',
		'其中:中央财政资金 | 2,000.00 | 1,880.00 | 94% | |||',
		'资金管理情况 | 情况说明 | 存在问题和改进措施 | ||||',
		'分配科学性 | 按因素法测算到乡镇。 | |||||',
		'拨付合规性 | 按进度拨付,手续齐全。 | 部分补贴兑付晚于计划一个月左右。 | 提前开展面积核查,压缩兑付周期。 |',
		'绩效指标 | 一级 指标 |',
		'二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 |',
		'产出指标 | 数量指标 | 推广良种面积 | ≥5万亩 | 5.3万亩 | |',
		'| 质量指标 | 补贴发放准确率 | 100% | 100% | |',
		'满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 92% | |'
	].join('\n');
	it('reads title with its year, the funds-using unit, the funds, every indicator row and the management findings', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const { report, indicators, findings } = r.value;
		expect([report.title, report.year, report.unit, report.budget_wan, report.actual_wan, report.execution_rate_stated]).toEqual([
			'农业生产发展资金绩效自评表(2022年度)',
			2022,
			'某县农业农村局',
			2400,
			2232,
			0.93
		]);
		expect(indicators.map((i) => [i.level2, i.name, i.target_text, i.actual_text])).toEqual([
			['数量', '推广良种面积', '≥5万亩', '5.3万亩'],
			['质量', '补贴发放准确率', '100%', '100%'],
			['服务对象满意度', '服务对象满意度', '≥90%', '92%']
		]);
		expect(findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '部分补贴兑付晚于计划一个月左右。'],
			['建议', '提前开展面积核查,压缩兑付周期。']
		]);
	});
});

describe("a unit's report with a top-level section per project (一、X专项经费 … 二、Y专项经费), each with its own figures and score", () => {
	const part = (n: string, name: string, budget: string, actual: string, score: string, grade: string) => [
		`${n}、${name}`,
		'(一)资金情况。',
		`2023年县财政安排${name}${budget}万元,全部拨付到位。实际执行${actual}万元。`,
		'(二)绩效指标完成情况。',
		'数量指标:开展巡查不少于300次,实际320次。',
		'(三)自评结论。',
		`该项目自评得分${score}分,等级为${grade}。`,
		'(四)存在问题及改进措施。',
		'问题:部分巡查记录填写不规范。',
		'措施:统一记录模板,按月抽查。'
	];
	it("gives one report per project, each with its name, money, score and findings, under the document's title and unit", () => {
		const text = [
			'某县林业局2023年度专项资金绩效自评报告',
			...part('一', '林区防火巡查专项经费', '90', '86.4', '94', '优'),
			...part('二', '古树名木保护专项经费', '30', '24.6', '82', '良'),
			'某县林业局',
			'2024年5月20日'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.report.grade, x.report.unit])).toEqual([
			['林区防火巡查专项经费', 90, 86.4, 94, '优', '某县林业局'],
			['古树名木保护专项经费', 30, 24.6, 82, '良', '某县林业局']
		]);
		expect(all.map((x) => x.findings.map((f) => f.kind))).toEqual([
			['问题', '建议'],
			['问题', '建议']
		]);
	});
});
