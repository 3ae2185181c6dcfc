import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import {
	boxTable,
	csvToTabs,
	dropGlosses,
	figureBreaks,
	otherCellBars,
	serialColumn,
	decodeEntities,
	ocrFixes,
	foldWidth,
	levelsFirst,
	looksTraditional,
	normalizeText,
	reversedRows,
	stripTags
} from './normalize';

describe('foldWidth', () => {
	const cases: [string, string][] = [
		['１２３．５％', '123.5%'],
		['ＡＢｃ', 'ABc'],
		['a\u00a0b\u3000c', 'a b c'],
		['零\u200b宽', '零宽'],
		['（一）项目：', '（一）项目：'] // Chinese punctuation stays
	];
	it.each(cases)('%s', (a, b) => expect(foldWidth(a)).toBe(b));
});

describe('decodeEntities', () => {
	const cases: [string, string][] = [
		['首页&nbsp;&gt;&nbsp;信息公开', '首页 > 信息公开'],
		['&ldquo;中央厨房&rdquo;', '“中央厨房”'],
		['&ge;95%，&le;30件', '≥95%，≤30件'],
		['&#8805;90% &#x2264;5', '≥90% ≤5'],
		['A&amp;B', 'A&B'],
		['&unknown; stays, & alone stays', '&unknown; stays, & alone stays'],
		['&#0; is no character', '&#0; is no character']
	];
	it.each(cases)('%s', (a, b) => expect(decodeEntities(a)).toBe(b));
});

describe('ocrFixes', () => {
	const cases: [string, string][] = [
		['绩效自评报吿', '绩效自评报告'],
		['预算80.00万兀,实际支出77万元', '预算80.00万元,实际支出77万元'],
		['道路共计l36公里,2022年l2月,自评得分9l分', '道路共计136公里,2022年12月,自评得分91分'],
		['兀旦 and html5 and level 2 stay', '兀旦 and html5 and level 2 stay'],
		['存在旳问题:滩涂旳看护不足', '存在的问题:滩涂的看护不足']
	];
	it.each(cases)('%s', (a, b) => expect(ocrFixes(a)).toBe(b));
});

describe('csvToTabs', () => {
	const csv = [
		'附件2,,,,,,',
		'项目支出绩效自评表,,,,,,',
		'项目名称,某村道路养护,,,,,',
		'项目资金(元),,年初预算数,全年预算数,全年执行数,分值,执行率',
		',年度资金总额,"1,200,000.00","1,300,000.00","1,248,000.00",10,96%',
		',,,质量指标,"合格,无返工",合格,',
		'存在问题,"个别路段排水不畅,""返修""两次。",,,,,'
	].join('\n');
	it('makes a CSV export tab rows, quoted commas and quotes kept in their cell', () => {
		expect(csvToTabs(csv).split('\n')).toEqual([
			'附件2',
			'项目支出绩效自评表',
			'项目名称\t某村道路养护',
			'项目资金(元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率',
			'年度资金总额\t1,200,000.00\t1,300,000.00\t1,248,000.00\t10\t96%',
			'质量指标\t合格,无返工\t合格',
			'存在问题\t个别路段排水不畅,"返修"两次。'
		]);
	});
	it('leaves prose with ASCII commas alone', () => {
		const prose = '一、基本情况\n项目预算10万元,实际支出9万元,执行率90%,完成道路养护,达到预期。\n二、问题\n个别路段,排水不畅,返修两次,已整改。';
		expect(csvToTabs(prose)).toBe(prose);
	});
});

describe('stops typed twice all through a text', () => {
	const doubled = [
		'项目前期测算不充分,,成本超出标准,,部分地块只完成了补植、、未完成驳坎,。',
		'监测数据尚未接入平台,,结果未用于管理,。',
		'修复面积目标≥500亩,,实际完成520亩,;建设监测点目标6个,,实际建成6个,。'
	].join('\n');
	it('are each read once, a comma before a full stop or semicolon dropped', () => {
		expect(normalizeText(doubled).text).toBe(
			[
				'项目前期测算不充分,成本超出标准,部分地块只完成了补植、未完成驳坎。',
				'监测数据尚未接入平台,结果未用于管理。',
				'修复面积目标≥500亩,实际完成520亩;建设监测点目标6个,实际建成6个。'
			].join('\n')
		);
	});
	it("a spreadsheet row's empty cells are left alone", () => {
		expect(normalizeText('项目名称,村道养护,,,\n一级指标,,二级指标').text).toContain(',,');
	});
});

describe('full stops typed as ASCII "?" and "!" all through a text, a Markdown heading mark', () => {
	it('the stops are full stops where the trait runs through the text; the marks go', () => {
		const t =
			'##某镇2022年茶叶基地项目绩效自评报告为客观反映资金使用效果,某县某镇茶叶产业服务站对2022年茶叶标准化种植基地提升改造建设项目开展了绩效自评? 现将情况报告如下!\n一、项目基本情况! 项目预算20万元?\n二、资金使用情况; 实际支出19万元,执行率95%! 余款待验收后支付。';
		expect(normalizeText(t).text.trim()).toBe(
			'某镇2022年茶叶基地项目绩效自评报告\n为客观反映资金使用效果,某县某镇茶叶产业服务站对2022年茶叶标准化种植基地提升改造建设项目开展了绩效自评。 现将情况报告如下。\n一、项目基本情况。 项目预算20万元。\n二、资金使用情况; 实际支出19万元,执行率95%。 余款待验收后支付。'
		);
	});
	it('a question or two in a text stay questions', () => {
		expect(normalizeText('问:自评得分怎么算? 答:按指标逐项打分。').text).toContain('怎么算?');
	});
});

describe("a wrapped sentence's last characters alone on the next line", () => {
	it.each([
		['"…受到影" / "响。"', '五、存在问题\n鲜果集中上市,收购企业压价,种植户增收受到影\n响。', '五、存在问题\n鲜果集中上市,收购企业压价,种植户增收受到影响。'],
		['"实际完成 3200" / "亩。"', '(1)数量指标:管护基地面积目标 3200 亩,实际完成 3200\n亩。', '(1)数量指标:管护基地面积目标 3200 亩,实际完成 3200亩。'],
		['a heading over "无。" stays a heading', '五、存在问题\n无。', '五、存在问题\n无。']
	])('%s', (_n, t, want) => expect(normalizeText(t).text).toBe(want));
});

describe('normalizeText', () => {
	const cases: { name: string; raw: string; text: string }[] = [
		{ name: 'CRLF', raw: '一、概述\r\n项目预算。\r\n', text: '一、概述\n项目预算。' },
		{
			name: "an article's section numbers over their titles become headings; a bullet before a label is dropped",
			raw: '01\n\n项目基本情况\n\n某村道路养护。\n\n03\n\n绩效目标完成情况\n\n▶ 产出指标:养护道路12公里(目标12公里)。',
			text: '一、项目基本情况\n\n某村道路养护。\n\n三、绩效目标完成情况\n\n产出指标:养护道路12公里(目标12公里)。'
		},
		{
			name: 'a page footer and the header row printed again after a page break are no text',
			raw: [
				'绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
				'产出指标\t数量指标\t补植面积\t≥100亩\t120亩\t20\t20',
				'第 1 页,共 2 页',
				'绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
				'时效指标\t完成时间\t5月底前\t5月20日\t10\t10',
				'- 2 -'
			].join('\n'),
			text: '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t补植面积\t≥100亩\t120亩\t20\t20\n\n时效指标\t完成时间\t5月底前\t5月20日\t10\t10'
		},
		{
			name: 'a page number inside a sentence is a page break: the sentence goes on across it',
			raw: [
				'二、项目资金使用情况',
				'项目全年预算数为86.00万元,资金全部到位,全年实际支出84.20万元,执行率97.91%。',
				'三、绩效指标完成情况',
				'(一)产出指标。乡村道路养护里程目标不少于120公里,实际完成128公里;路面完好率目标≥90%,实际',
				'—7—',
				'92.6%。',
				'(二)效益指标。群众出行满意度目标≥85%,实际88.4%,村民反映良好,运输成本有所下降。',
				'(三)满意度指标。沿线村民满意度目标≥85%,实际90.1%,个别路段仍需加宽。'
			].join('\n'),
			text: [
				'二、项目资金使用情况',
				'项目全年预算数为86.00万元,资金全部到位,全年实际支出84.20万元,执行率97.91%。',
				'三、绩效指标完成情况',
				'(一)产出指标。乡村道路养护里程目标不少于120公里,实际完成128公里;路面完好率目标≥90%,实际92.6%。',
				'(二)效益指标。群众出行满意度目标≥85%,实际88.4%,村民反映良好,运输成本有所下降。',
				'(三)满意度指标。沿线村民满意度目标≥85%,实际90.1%,个别路段仍需加宽。'
			].join('\n')
		},
		{
			name: 'a site name above a breadcrumb is not joined to the title below it',
			raw: '某县人民政府\n首页 > 政务公开 > 财政信息\n某镇2023年度村道养护项目绩效自评报告\n一、项目基本情况',
			text: '某县人民政府\n\n某镇2023年度村道养护项目绩效自评报告\n一、项目基本情况'
		},
		{
			name: 'full-width bars between cells; one bar after a label cell',
			raw: '项目名称｜某村道路养护项目\n主管部门｜某镇人民政府｜实施单位｜某镇人民政府\n项目完成良好，达到预期 | 见附表',
			text: '项目名称\t某村道路养护项目\n主管部门\t某镇人民政府\t实施单位\t某镇人民政府\n项目完成良好，达到预期 | 见附表'
		},
		{
			name: 'an xlsx dump: sheet names are no text',
			raw: 'Sheet1\n项目支出绩效自评表\t\t\n存在问题\t个别路段排水不畅。\nSheet2Sheet3',
			text: '项目支出绩效自评表\n存在问题\t个别路段排水不畅。'
		},
		{
			name: 'hard wrap inside a sentence is joined (double-spaced PDF text)',
			raw: '一、概述\n\n街道党组织工作经费是针对街道党建工作而设立的经\n\n费项目，旨在提升党组织的凝聚力和战斗力，推动党建工作\n\n的开展。街道作为城市基层治理的基本单元，其党组织工作\n\n的开展对于加强党的建设具有重要意义。\n\n二、目标\n\n近年来，随着城市化进程的加快，街道党组织的工作任务日\n\n益繁重。',
			text: '一、概述\n街道党组织工作经费是针对街道党建工作而设立的经费项目，旨在提升党组织的凝聚力和战斗力，推动党建工作的开展。街道作为城市基层治理的基本单元，其党组织工作的开展对于加强党的建设具有重要意义。\n\n二、目标\n近年来，随着城市化进程的加快，街道党组织的工作任务日益繁重。'
		},
		{
			name: 'a line before a heading is not joined',
			raw: '项目全年预算数为 200 万元，执行数为 200 万元，完成率\n1、产出指标\n（1）数量指标：慰问覆盖率 100%。',
			text: '项目全年预算数为 200 万元，执行数为 200 万元，完成率\n1、产出指标\n（1）数量指标：慰问覆盖率 100%。'
		},
		{
			name: 'title lines are joined, a bare year line is not',
			raw: '2023 年度广州市海珠区人民政府海幢街道\n\n办事处部门重点项目绩效评价报告\n\n一、评价项目概述',
			// three lines are too few to call the text double-spaced, so the blank line before the heading stays
			text: '2023 年度广州市海珠区人民政府海幢街道办事处部门重点项目绩效评价报告\n\n一、评价项目概述'
		},
		{
			name: 'a 被评价单位 / 评价机构 label line under a long title is not joined to it',
			raw: '2024年度社区党建工作经费财政重点评价报告\n被评价单位：中共广州市海珠区南石头街道工作委员会\n评价机构：广州市海珠区财政局\n一、项目基本情况\n“社区党建工作经费”由南石头街道负责组织实施，用于保障党组织日常运作、党员教育培训和\n阵地建设等方面的支出。',
			text: '2024年度社区党建工作经费财政重点评价报告\n被评价单位：中共广州市海珠区南石头街道工作委员会\n评价机构：广州市海珠区财政局\n一、项目基本情况\n“社区党建工作经费”由南石头街道负责组织实施，用于保障党组织日常运作、党员教育培训和阵地建设等方面的支出。'
		},
		{
			name: "a portal's section label and the unit above a title are not joined to it (double-spaced; the date line is furniture)",
			raw: '某县人民政府\n\n政府信息公开\n\n某市某县2023年度护林员补助项目绩效评价报告\n\n发布时间: 2024-05-20\n\n一、项目概况\n\n护林员补助资金由县林业局发放。\n\n二、评价结论\n\n项目运行良好。',
			text: '某县人民政府\n政府信息公开\n某市某县2023年度护林员补助项目绩效评价报告\n一、项目概况\n护林员补助资金由县林业局发放。\n\n二、评价结论\n项目运行良好。'
		},
		{
			name: 'a title ends its line: the same title printed again below is not joined to it (double-spaced)',
			raw: '发布机构\n\n某县教育局\n\n某县教育局2023年度项目绩效自评报告(校舍维修项目)\n\n \n\n某县教育局2023项目绩效自评报告\n\n(校舍维修项目)\n\n一、自评结论\n\n项目完成全部维修任务。',
			text: '发布机构\n某县教育局\n某县教育局2023年度项目绩效自评报告(校舍维修项目)\n某县教育局2023项目绩效自评报告\n(校舍维修项目)\n一、自评结论\n项目完成全部维修任务。'
		},
		{
			name: 'OCR spaces inside words and numbers go (a letter-spaced line, prose spaced in three lines)',
			raw: '某 县 某 镇 人 民 政 府\n一、项目概况\n该项 目由镇 政府组织 实施,覆盖1 2个行政村。\n项目全 年预 算86.4 万元,实际支出 80. 5万 元。\n完 成改 厕 120户,群众满意度9 5 %。',
			text: '某县某镇人民政府\n一、项目概况\n该项目由镇政府组织实施,覆盖12个行政村。\n项目全年预算86.4万元,实际支出80.5万元。\n完成改厕120户,群众满意度95%。'
		},
		{
			name: "a PDF's hard line break between a figure and its unit is a wrap (the line's half-width commas make it prose)",
			raw: '一、项目基本情况\n为提高灌区用水效率,某镇 2023 年实施高效节水灌溉改造项目,对沿河 4 个村的田间渠系进行防渗改造并铺设\n滴灌设施,项目由镇农业服务中心组织实施,县水务局负责技术指导和竣工验收,村集体经济组织负责建成后的\n日常管护。\n二、项目资金使用情况\n项目预算 180 万元,全部为县级农田水利专项资金;全年实际支出 171 万元,预算执行率 95%,结余资金已按\n规定收回县财政统筹使用,资金支付均经镇财政所审核并附有合同、验收单和发票等凭证,未发现挤占挪用。\n三、绩效目标完成情况\n1、防渗渠道:目标 ≥12 公里,实际完成 12.6 公里。\n2、铺设滴灌带:目标 ≥3 万平方米,实际完成 3.2\n万平方米。\n3、亩均改造补助:目标 ≤900 元,实际 860 元。',
			text: '一、项目基本情况\n为提高灌区用水效率,某镇 2023 年实施高效节水灌溉改造项目,对沿河 4 个村的田间渠系进行防渗改造并铺设滴灌设施,项目由镇农业服务中心组织实施,县水务局负责技术指导和竣工验收,村集体经济组织负责建成后的日常管护。\n二、项目资金使用情况\n项目预算 180 万元,全部为县级农田水利专项资金;全年实际支出 171 万元,预算执行率 95%,结余资金已按规定收回县财政统筹使用,资金支付均经镇财政所审核并附有合同、验收单和发票等凭证,未发现挤占挪用。\n三、绩效目标完成情况\n1、防渗渠道:目标 ≥12 公里,实际完成 12.6 公里。\n2、铺设滴灌带:目标 ≥3 万平方米,实际完成 3.2万平方米。\n3、亩均改造补助:目标 ≤900 元,实际 860 元。'
		},
		{
			name: "a table's row ending in a figure is no wrap: the next row stays its own",
			raw: '指标 目标值 实际值 得分\n新增灌溉面积 3000 3150 10\n亩均节水 80 82 10',
			text: '指标 目标值 实际值 得分\n新增灌溉面积 3000 3150 10\n亩均节水 80 82 10'
		},
		{
			name: 'an amount in capital numerals becomes its figures; the figures in brackets after it are kept instead',
			raw: '县财政安排项目资金人民币贰拾万元整,全年实际支出人民币壹拾玖万贰仟陆佰元伍角整。\n安排资金人民币伍拾万元整(500,000元),由县茶叶站实施。',
			text: '县财政安排项目资金200000元,全年实际支出192600.50元。\n安排资金500,000元,由县茶叶站实施。'
		},
		{
			name: 'a capital amount written wrong stays as written: no figure is guessed from it',
			raw: '安排资金人民币叁拾拾万元整,实际支出人民币壹佰元万整。',
			text: '安排资金人民币叁拾拾万元整,实际支出人民币壹佰元万整。'
		},
		{
			name: 'numerals that are no voucher amount stay as written',
			raw: '全镇共有二十个村,年度安排资金三十万元。',
			text: '全镇共有二十个村,年度安排资金三十万元。'
		},
		{
			name: 'OCR spaces around quotation marks go too',
			raw: '一、评价结论\n经 评价 ,该项目 综合 得分 86 分 ,评价 等级 为 “ 良 ” 。\n项目 覆盖 9 个 村 ,完成 “ 一户一档 ” 建档。\n资金 支出 进度 偏慢 ,年底 集中 支付。',
			text: '一、评价结论\n经评价,该项目综合得分86分,评价等级为“良”。\n项目覆盖9个村,完成“一户一档”建档。\n资金支出进度偏慢,年底集中支付。'
		},
		{
			name: "one space after a heading's label or around a figure is kept (word-spaced, not OCR-spaced)",
			raw: '一、概况\n(一)预算情况 项目预算 52.30 万元,实际支出 50.10 万元。\n(二)绩效分析 全年完成点位 8 处;验收合格率 100%。\n(三)问题 部分点位管护责任不明确。',
			text: '一、概况\n(一)预算情况 项目预算 52.30 万元,实际支出 50.10 万元。\n(二)绩效分析 全年完成点位 8 处;验收合格率 100%。\n(三)问题 部分点位管护责任不明确。'
		},
		{ name: 'markdown markers', raw: '# 标题报告\n## **二、绩效评价概述**\n**（二）**为机关党员', text: '标题报告\n二、绩效评价概述\n（二）为机关党员' },
		{ name: 'markdown table rows become tab cells', raw: '| 序号 | 金额 |\n|---|---|\n| 1 | 100 |', text: '序号\t金额\n\n1\t100' },
		{
			name: 'table rows are never joined',
			raw: '产出指标 数量指标 开展主题党日活动次数 ≥300次 269次 9 5.5\n党员培训人次 ≥860人次 六百余人次 9 5',
			text: '产出指标 数量指标 开展主题党日活动次数 ≥300次 269次 9 5.5\n党员培训人次 ≥860人次 六百余人次 9 5'
		},
		{
			name: 'PDF text: a space after the decimal point, 。 read as o after a percent',
			raw: '预算合计346. 4万元,使用率97.83%o1、行道树修剪',
			text: '预算合计346.4万元,使用率97.83%。1、行道树修剪'
		},
		{ name: 'a numbered item after a sentence keeps its space', raw: '完成3个项目。 2. 4个社区', text: '完成3个项目。 2. 4个社区' },
		{
			name: 'enclosed list markers are spelled out',
			raw: '㈠供热管网改造项目。\n⑵质量指标\n⒊时效指标',
			text: '（一）供热管网改造项目。\n(2)质量指标\n3.时效指标'
		},
		{
			name: 'a breadcrumb and a notice title are not joined to the lines after them',
			raw: '某市财政局 > 政务公开 > 预算绩效管理\n某市财政局关于公开2023年度绩效评价报告的公告\n为加强财政支出管理,现将评价报告公开如下',
			text: '某市财政局 > 政务公开 > 预算绩效管理\n某市财政局关于公开2023年度绩效评价报告的公告\n为加强财政支出管理,现将评价报告公开如下'
		},
		{ name: 'full-width digits', raw: '预算数为１００万元，执行率１００％。', text: '预算数为100万元，执行率100%。' },
		{
			name: "a bureau's name above a whole title opening with the bureau's own place: a letterhead, not the title's first half",
			raw: '某网站 今天是:\n\n永登县文化和旅游局\n\n永登县2021年乡村旅游厕所项目绩效自评报告\n\n根据安排,现报告如下:',
			text: '某网站 今天是:\n\n永登县文化和旅游局\n\n永登县2021年乡村旅游厕所项目绩效自评报告\n\n根据安排,现报告如下:'
		},
		{
			name: 'a unit above the rest of its title (no place of its own) still joins it',
			raw: '永登县图书馆\n\n2021年整体支出绩效自评报告\n\n一、单位概况',
			text: '永登县图书馆2021年整体支出绩效自评报告\n\n一、单位概况'
		},
		{
			name: "a site's hotline, its hot search words, a 您所在的位置 breadcrumb and a 公开目录 box are furniture",
			raw: '客服咨询热线:4000-123-456\n热门关键词: 乡村振兴 请输入关键词\n您所在的位置: 首页 >信息公开 >财务公开\n公开目录 自评报告 发布日期 2024-03-01\n某县2023年度供水项目绩效自评报告\n一、基本情况',
			text: '某县2023年度供水项目绩效自评报告\n一、基本情况'
		},
		{
			name: "a page's telephone line, a Markdown image, a model-essay site's word count and its 加入清单 button are furniture",
			raw: '火警电话:119  值班电话:0871-1234567\n![图片,报告](/static/img/a.jpg)\n范文类型:汇报报告,全文共 1426 字\n+ 加入清单\n某县2023年度消防装备购置项目绩效自评报告\n一、项目概况',
			text: '某县2023年度消防装备购置项目绩效自评报告\n一、项目概况'
		},
		{
			name: "a blog's reading-time line (本篇文章2436字,读完约6分钟 / 阅读时长约5分钟) is furniture: the title below it stays the title; so are a news item's byline in brackets and its empty 关键词 line",
			raw: '本篇文章2436字,读完约6分钟\n\n某镇2022年度蔬菜基地建设项目绩效自评报告\n\n阅读时长:约5分钟\n一、项目基本情况\n(县融媒体中心记者 王某 李某)\n关键词:',
			text: '某镇2022年度蔬菜基地建设项目绩效自评报告\n\n一、项目基本情况'
		},
		{
			name: "a photo's caption above a whole title (place, year, report word) is no first half of it",
			raw: '|\n某县木瓜产业发展中心技术人员在某镇查看木瓜挂果情况 |\n某县木瓜产业发展中心2018年度木瓜基地建设项目绩效自评报告\n一、项目基本情况',
			text: '某县木瓜产业发展中心技术人员在某镇查看木瓜挂果情况\n某县木瓜产业发展中心2018年度木瓜基地建设项目绩效自评报告\n一、项目基本情况'
		},
		{
			name: "a news item's headline stays its own line above its first sentence (今年以来,…)",
			raw: '某镇一事一议财政奖补项目全面完工\n今年以来,该镇把奖补项目作为重要抓手,共实施项目12个。',
			text: '某镇一事一议财政奖补项目全面完工\n今年以来,该镇把奖补项目作为重要抓手,共实施项目12个。'
		},
		{
			name: "a level's label alone on its line after a blank line (效益指标, 评分方法) is a heading of its own, not the end of the bullet above",
			raw: '产出指标\n\n  • 菌包合格率:目标≥95%,抽检结果96.5%\n\n效益指标\n\n  • 带动种植户:目标≥600户,实际570户\n\n评分方法\n\n自评按四类指标加权计分。',
			text: '产出指标\n菌包合格率:目标≥95%,抽检结果96.5%\n效益指标\n带动种植户:目标≥600户,实际570户\n评分方法\n自评按四类指标加权计分。'
		},
		{
			name: 'a decimal heading alone on its line ("2.2 效益指标(经济效益指标)") is no end of the list item above',
			raw: '- 新增线上销售店铺:目标≥20家,实际16家(部分经营户网店资质审核未通过)\n2.2 效益指标(经济效益指标)\n- 年糕销售额增长:目标≥10%,实际12%',
			text: '- 新增线上销售店铺:目标≥20家,实际16家(部分经营户网店资质审核未通过)\n2.2 效益指标(经济效益指标)\n- 年糕销售额增长:目标≥10%,实际12%'
		},
		{
			name: "a Word export's footnote references after a figure or a word are dropped; a bracketed number elsewhere stays",
			raw: '群众满意度:年度目标≥90%,实际91%[3]。本项目依据[1],见附表[2]。\n\n[1] 某县文件',
			text: '群众满意度:年度目标≥90%,实际91%。本项目依据,见附表。\n\n[1] 某县文件'
		},
		{
			name: "a PDF's running header on every page is a page break: the sentence it cuts goes on",
			raw: [
				'某林场2022年度项目绩效自评报告    第 1 页 共 2 页',
				'一、项目概况',
				'本项目由林场组织护林员对辖区内国家重点公益林开展日常',
				'巡护，并对林区道路和防火设施进行维修，全年管护面积为',
				'41.2万亩，设置管护站4个，配备专职护林员36名，实行网',
				'格化管理，全年未发生森林火灾，也未发生乱砍滥伐和非法',
				'某林场2022年度项目绩效自评报告    第 2 页 共 2 页',
				'占用林地案件，管护目标全面完成。'
			].join('\n'),
			text: '一、项目概况\n本项目由林场组织护林员对辖区内国家重点公益林开展日常巡护，并对林区道路和防火设施进行维修，全年管护面积为41.2万亩，设置管护站4个，配备专职护林员36名，实行网格化管理，全年未发生森林火灾，也未发生乱砍滥伐和非法占用林地案件，管护目标全面完成。'
		},
		{
			name: "a document site's page captions are dropped when the text names the document below them",
			raw: '某县2022年度项目绩效自评报告表_第1页\n某县2022年度项目绩效自评报告表_第2页\n文档简介\n\n某县2022年度项目绩效自评报告表(实施单位用)填报单位:某县医院',
			text: '文档简介\n\n某县2022年度项目绩效自评报告表(实施单位用)填报单位:某县医院'
		},
		{
			name: '…and the first is kept, without its page number, when it is the only name the document has',
			raw: '某镇2023年度道路养护项目绩效自评报告.docx_第1页\n某镇2023年度道路养护项目绩效自评报告.docx_第2页\n一、基本情况\n预算10万元。',
			text: '某镇2023年度道路养护项目绩效自评报告\n\n一、基本情况\n预算10万元。'
		}
	];
	it.each(cases)('$name', ({ raw, text }) => expect(normalizeText(raw).text).toBe(text));

	it('converts traditional characters and says so', () => {
		const r = normalizeText('廣州市白雲區人民政府石門街道辦事處黨建工作經費績效自評報告，預算執行率為100%。');
		expect(r.converted).toBe(true);
		expect(r.text).toBe('广州市白云区人民政府石门街道办事处党建工作经费绩效自评报告，预算执行率为100%。');
		expect(r.warnings.join()).toMatch(/traditional/);
	});
	it('leaves simplified text alone (显著 stays 显著)', () => {
		const r = normalizeText('对推动本项目预算管理取得显著的效果，加强党的建设。');
		expect(r.converted).toBe(false);
		expect(r.text).toContain('显著');
	});
	it('detects traditional only with several distinct characters', () => {
		expect(looksTraditional('於是')).toBe(false);
		expect(looksTraditional('黨建工作經費預算執行')).toBe(true);
	});
	it('is idempotent on its own output', () => {
		const once = normalizeText('2023 年度报告\n\n一、概述\n\n项目预算数为 100\n\n万元，执行数为 99.96万元。').text;
		expect(normalizeText(once).text).toBe(once);
	});
});

describe('flattened documents', () => {
	it('breaks glued section headings out of a long line, so problems and suggestions are found', () => {
		const line =
			'3、五、存在的问题一是村级保洁人员年龄偏大，作业效率不高；二是垃圾分类意识仍需提高。六、改进措施一是补充年轻保洁力量；二是开展分类宣传。某镇人民政府2024年1月8日';
		const t = normalizeText('某镇2023年度项目绩效自评报告\n' + line).text;
		expect(t).toContain('\n五、存在的问题\n一是村级保洁人员年龄偏大');
		expect(t).toContain('。\n六、改进措施\n一是补充年轻保洁力量');
	});
	it("a PDF's one-line text: a numbered list counting 1, 2, 3 gets a line per item; item 1 glued to a figure gets its space back", () => {
		const line =
			'某县某局部门整体支出 绩效自评报告 一、基本情况 全局内设 6 个股室。 二、支出情况 全年预算 800.00 万元,实际支出 780.00 万元。 三、绩效目标完成情况 1.60 岁以上老人体检率 71.5%,目标值≥70%。 2.学生视力筛查率 96%,目标值≥95%。 3.群众满意度 92%,目标值≥90%。 四、自评结论 自评得分 93 分。';
		const t = normalizeText(line).text;
		expect(t).toContain('三、绩效目标完成情况\n1. 60岁以上老人体检率 71.5%,目标值≥70%。\n2.学生视力筛查率 96%,目标值≥95%。\n3.群众满意度 92%,目标值≥90%。');
	});
	it('numbers out of order or a decimal after a heading are no list', () => {
		const line =
			'某县某局部门整体支出 绩效自评报告 一、基本情况 全局内设 6 个股室。 二、支出情况 全年预算 800.00 万元,实际支出 780.00 万元。 三、绩效目标完成情况 1.5万元用于体检,体检率 71.5%。 3.群众满意度 92%,目标值≥90%。 四、自评结论 自评得分 93 分。';
		expect(normalizeText(line).text).toContain('1.5万元用于体检,体检率 71.5%。 3.群众满意度');
	});
	it('leaves ordinary lines alone', () => {
		const t = '一、基本情况\n项目预算10万元。二、绩效目标完成情况良好。';
		expect(normalizeText(t).text).toBe(t);
	});
});

describe('levelsFirst', () => {
	it("moves the level columns of a table printed with them after the indicator's name to the front, header and rows", () => {
		const rows = ['三级指标\t完成值\t指标值\t得分\t分值\t一级指标\t二级指标', '维修设备\t12台\t≥10台\t20\t20\t产出指标\t数量指标', '总分\t\t98\t100', '说明'];
		expect(levelsFirst(rows)).toEqual([
			'一级指标\t二级指标\t三级指标\t完成值\t指标值\t得分\t分值',
			'产出指标\t数量指标\t维修设备\t12台\t≥10台\t20\t20',
			'总分\t\t98\t100',
			'说明'
		]);
	});
	it('leaves a table whose levels come first alone', () => {
		const rows = ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t维修设备\t≥10台'];
		expect(levelsFirst(rows)).toEqual(rows);
	});
});

describe('reversedRows: a form exported right to left', () => {
	it('puts every piped row back in order when row labels stand last', () => {
		const lines = [
			'某县某局 | 实施单位 | 某县农业农村局 | 主管部门',
			'某治理项目 | 项目名称',
			' | 20 | 20 | 336次 | ≥320次 | 执法检查 | 数量指标 | 产出指标',
			'99 | 100 | 总分',
			'不是表格的一行'
		];
		expect(reversedRows(lines)).toEqual([
			'主管部门 | 某县农业农村局 | 实施单位 | 某县某局',
			'项目名称 | 某治理项目',
			'产出指标 | 数量指标 | 执法检查 | ≥320次 | 336次 | 20 | 20 |',
			'总分 | 100 | 99',
			'不是表格的一行'
		]);
	});
	it('leaves a form in order alone, and one with a label first anywhere', () => {
		const inOrder = ['项目名称 | 某项目', '主管部门 | 某局 | 实施单位 | 某站', '总分 | 100 | 95'];
		expect(reversedRows(inOrder)).toBe(inOrder);
		const mixed = ['某项目 | 项目名称', '总分 | 100 | 95', '99 | 100 | 总分'];
		expect(reversedRows(mixed)).toBe(mixed);
	});
});

describe('page furniture of WeChat copies and portal boxes (heldout19)', () => {
	it.each([
		['原创 某县城管 某县城管 2025年03月26日 17:42 云南'],
		['扫码关注我们'],
		['阅读原文'],
		['阅读 1026'],
		['分享　收藏　点赞　在看'],
		['分享 收藏 赞 在看'],
		['详细信息'],
		['公开具体内容']
	])('%s is no text', (line) => {
		const t = normalizeText(`某县某局2024年度某项目绩效自评报告\n${line}\n项目预算50万元，实际支出48万元。`).text;
		expect(t).not.toContain(line.replace(/\s+/g, ' ').split(' ')[0] === '原创' ? '原创' : line.trim());
	});
});

describe('heldout20: box-drawn tables and years in Chinese digits', () => {
	it('a box-drawn table: rules dropped, bars read as cells', () => {
		const t = ['┌────┬────┐', '│项目名称│某项目│', '├────┼────┤', '│总分│100 │97.7│', '└────┴────┘'].join('\n');
		expect(boxTable(t).split('\n')).toEqual(['', '|项目名称|某项目|', '', '|总分|100 |97.7|', '']);
	});
	it.each([
		['某县科协\n二〇二三年度科普惠农项目绩效自评报告', '2023年度'],
		['一九九九年建成', '1999年'],
		['二〇二四年三月五日', '2024年三月五日']
	])('%s → %s', (raw, want) => expect(normalizeText(raw).text).toContain(want));
	it('a numeral that is no year stays', () => {
		expect(normalizeText('共有二十二〇〇户').text).toContain('二十二〇〇户');
	});
});

describe('heldout21: a bilingual form', () => {
	it('drops the English glosses of its cells and its English subtitle', () => {
		const t = [
			'项目支出绩效自评表',
			'Project Expenditure Performance Self-evaluation Form',
			'项目名称 Project Name | 某项目 |',
			'主管部门 Competent Department | 某局 | 实施单位 Implementing Unit | 某处 |',
			'项目资金（万元） Funds (10,000 yuan) | 年初预算数 Initial Budget | 全年预算数 Annual Budget |'
		].join('\n');
		expect(dropGlosses(t).split('\n')).toEqual([
			'项目支出绩效自评表',
			'',
			'项目名称 | 某项目 |',
			'主管部门 | 某局 | 实施单位 | 某处 |',
			'项目资金（万元） | 年初预算数 | 全年预算数 |'
		]);
	});
	it('keeps a text that names an English term or two', () => {
		const t = '采购AED设备 Automated External Defibrillator 3台。\n系统 Web Portal 上线。';
		expect(dropGlosses(t)).toBe(t);
	});
});

describe('heldout22: cells parted by "：" or "／", footnote marks', () => {
	it.each([
		[
			'：',
			'项目名称：某项目：：：：\n一级指标：二级指标：三级指标：年度指标值\n：其中：财政拨款：22：22\n问题：场地不足。',
			['项目名称 | 某项目 |  |  |  | ', '一级指标 | 二级指标 | 三级指标 | 年度指标值', ' | 其中：财政拨款 | 22 | 22', '问题：场地不足。']
		],
		['／', '项目名称／某项目\n一级指标／二级指标／三级指标\n册／次', ['项目名称 | 某项目', '一级指标 | 二级指标 | 三级指标', '册 | 次']]
	])('bars %s become pipes', (_b, text, want) => expect(otherCellBars(text).split('\n')).toEqual(want));
	it('a form with no such header is left alone', () => {
		const t = '填报单位：某局：：：\n问题：场地不足。';
		expect(otherCellBars(t)).toBe(t);
	});
	it('a circled footnote mark after a figure is no part of it; a circled list marker stays', () => {
		const t = normalizeText('二、绩效目标\n实际补植2715株②；成活率88%③。\n①项目内容。本项目用于补植。').text;
		expect(t).toContain('实际补植2715株；成活率88%。');
		expect(t).toContain('①项目内容。');
	});
});

describe('heldout23: a spaced title with its year in digits, a site banner, a file size line', () => {
	it('a letter-spaced line keeps its words together even when the year is written as one token', () => {
		const t = normalizeText(
			'四 子 王 旗 水 务 站\n2 0 1 9 年 度 坡 改 梯 项 目\n绩 效 自 评 报 告\n\n2019 年 度 坡 改 梯 项 目 绩 效\n一、项目基本情况\n项目预算40万元。'
		).text;
		expect(t).toContain('2019年度坡改梯项目绩效');
		expect(t).not.toMatch(/坡 改/);
	});
	it('"欢迎来到…频道" and "大小：46KB 页数：3" are furniture: the title is not joined to them', () => {
		const t = normalizeText(
			'欢迎来到某县人民政府预决算公开专题频道\n\n某县交通运输局2023年度村道养护项目绩效自评报告\n\n一、项目基本情况\n项目预算60万元。'
		).text;
		expect(t.split('\n')[0]).toBe('某县交通运输局2023年度村道养护项目绩效自评报告');
		const f = normalizeText('文件名：某局2023年度某项目绩效自评报告.docx\n大小：46KB　　页数：3\n\n某局某项目绩效自评报告\n一、项目基本情况').text;
		expect(f).not.toContain('46KB');
		expect(f).toContain('\n某局某项目绩效自评报告');
	});
});

describe('heldout27: operators typed in ASCII', () => {
	it('">=120只" and "<=2起" before a figure are the signs a form prints; other ">=" stay', () => {
		const t = normalizeText('引进种羊>=120只，事故<=2起，a>=b').text;
		expect(t).toBe('引进种羊≥120只，事故≤2起，a>=b');
	});
});

describe('heldout25: a percentage typed as a word', () => {
	it('"97百分比" is "97%"; the word elsewhere stays', () => {
		expect(normalizeText('执行率 97百分比，出苗率≥80 百分比，百分比指标').text).toBe('执行率 97%，出苗率≥80%，百分比指标');
	});
});

describe("heldout28: a title run into the report's first sentence on a document site", () => {
	it('the title gets a line of its own, after a 文档简介 label too', () => {
		const long = '，镇政府对某补助项目进行了自评，现将情况报告如下。一、项目概况 某镇是全县主产区，老果园品种退化，售价逐年走低，县财政安排补助资金30万元。';
		const t = normalizeText('版权说明:本文档由用户上传\n文档简介\n某县某镇2019年度某补助项目绩效自评报告为做好2019年度绩效自评工作' + long).text;
		expect(t.split('\n')).toContain('某县某镇2019年度某补助项目绩效自评报告');
	});
});

describe('a text that stops its sentences with "."', () => {
	it('its stops become "。" (never a decimal, a list number or a heading numeral); a text with "。" keeps its dots', () => {
		const t = normalizeText('1.项目基本情况. 本中心负责育苗.\n一.资金情况\n预算52.5万元,执行率96%.存在的问题:一是设施老化.二是人员不足.').text;
		expect(t).toBe('1.项目基本情况。 本中心负责育苗。\n一.资金情况\n预算52.5万元,执行率96%。存在的问题:一是设施老化。二是人员不足。');
		expect(normalizeText('预算52.5万元。执行率96%.二是人员不足.三是设施老化.').text).toBe('预算52.5万元。执行率96%.二是人员不足.三是设施老化.');
		// (…unless its dots outnumber its "。" twice over and three more: a text layer that kept a few stops)
		expect(normalizeText('预算52.5万元。执行率96%.二是人员不足.三是设施老化.四是经费不足.五是宣传不够.').text).toBe(
			'预算52.5万元。执行率96%。二是人员不足。三是设施老化。四是经费不足。五是宣传不够。'
		);
	});
});

describe('a scan whose text layer put a space before every stop', () => {
	it('drops the spaces round the stops, the numbers and the words', () => {
		const text = [
			'为全面反映项目资金使用效益 , 某某中心对基地建设项目开展了自评 。 现将有关情况报告如下 :',
			'一 、 项目基本情况',
			'项目年初预算80万元 , 年中调减6万元 , 全年预算74万元 。 全年实际支出71.04万元 , 预算执行率96% 。',
			'(一)产出 :新建基地 , 目标≥500亩 , 实际520亩 ; 成活率 , 目标≥90% , 实际93% 。',
			'1 . 部分示范户为非建档户,带动增收户数未达到目标 。'
		].join('\n');
		expect(normalizeText(text).text.split('\n')).toEqual([
			'为全面反映项目资金使用效益,某某中心对基地建设项目开展了自评。现将有关情况报告如下:',
			'一、项目基本情况',
			'项目年初预算80万元,年中调减6万元,全年预算74万元。全年实际支出71.04万元,预算执行率96%。',
			'(一)产出:新建基地,目标≥500亩,实际520亩;成活率,目标≥90%,实际93%。',
			'1.部分示范户为非建档户,带动增收户数未达到目标。'
		]);
	});
});

describe('heldout93: a site menu, a lost character before a heading, a document site’s heading and offers', () => {
	it.each([
		[
			'a menu of short section names among the first lines goes; a form header stays',
			'首页 要闻 地方动态 政策文件 技术规范 资金管理 调研报告 信息公开\n某区2019年度泵站运行维护项目绩效评价报告\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值',
			['某区2019年度泵站运行维护项目绩效评价报告', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值']
		],
		[
			'a title run into its first heading through a lost character',
			'某区某项目2021年度支出绩效自评报告?一、项目基本情况',
			['某区某项目2021年度支出绩效自评报告', '一、项目基本情况']
		],
		[
			'a document site’s "…报告5篇" before the report’s own title, the text run on',
			'街道项目绩效自评报告5篇 某市某区某街道2024年度河道保洁项目绩效自评报告',
			['某市某区某街道2024年度河道保洁项目绩效自评报告']
		],
		['a document site’s offer on its own line goes', '特此报告。\n尊享超值权益', ['特此报告。']]
	])('%s', (_what, text, lines) => {
		expect(normalizeText(text).text.split('\n')).toEqual(lines);
	});
});

describe('heldout97: a spreadsheet saved as a web page given as text, a publisher before the title', () => {
	it('reads the page’s text, its table one row a line with tab cells', () => {
		const html = [
			'<html xmlns:x="urn:schemas-microsoft-com:office:excel">',
			'<head><meta name=ProgId content=Excel.Sheet><style><!--td {mso-number-format:General;}--></style>',
			'<script>function fnUpdateTabs(){ window.setTimeout("fnUpdateTabs();",150); }</script></head>',
			'<body><table>',
			'<tr><td colspan=3>某市2023年度项目支出绩效自评表</td></tr>',
			'<tr><td>项目名称</td><td>食品安全快速检测项目</td></tr>',
			'<tr><td>年度资金总额</td><td>36</td><td>34.2</td></tr>',
			'</table></body></html>'
		].join('\n');
		const lines = normalizeText(html).text.split('\n');
		expect(lines).toContain('项目名称\t食品安全快速检测项目');
		expect(lines).toContain('年度资金总额\t36\t34.2');
		expect(lines.join('\n')).not.toMatch(/fnUpdateTabs|mso-number-format|</);
	});
	it('keeps a lone "**" that masks a name, drops marks inside a word and bold marks in pairs', () => {
		expect(normalizeText('**河县2023年度中央水利发展资金绩效自评报告').text).toBe('**河县2023年度中央水利发展资金绩效自评报告');
		expect(normalizeText('项目得分87分,评价等**级为良。').text).toBe('项目得分87分,评价等级为良。');
		expect(normalizeText('**自评结论**:项目得分87分。').text).toBe('自评结论:项目得分87分。');
	});
	it('joins a form’s 总分 cell to its figures after blank lines', () => {
		expect(normalizeText('满意度指标\t服务对象满意度指标\n总分\n\n\n100 79.6\n存在问题').text.split('\n')).toContain('总分\t100 79.6');
	});
	it('drops a page’s publisher before the title on its first line', () => {
		expect(normalizeText('某区某街道办事处: 某区某街道2018年度视频监控补点项目绩效评价报告\n发布时间:2019-03-14').text.split('\n')[0]).toBe(
			'某区某街道2018年度视频监控补点项目绩效评价报告'
		);
	});
});

describe('a table whose first column numbers its rows', () => {
	it.each([
		[
			'a form head and an indicator table: the numbers go',
			'序号 | 项目 | 内容 |\n1 | 项目名称 | 某某运维项目 |\n2 | 主管部门 | 某局 |\n3 | 实施单位 | 某中心 |\n序号\t一级指标\t二级指标\t三级指标\n1\t产出指标\t数量指标\t维护车辆\n2\t产出指标\t质量指标\t完好率\n3\t效益指标\t社会效益指标\t骑行人次',
			'项目 | 内容 |\n项目名称 | 某某运维项目 |\n主管部门 | 某局 |\n实施单位 | 某中心 |\n一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t维护车辆\n产出指标\t质量指标\t完好率\n效益指标\t社会效益指标\t骑行人次'
		]
	])('%s', (_what, text, want) => {
		expect(serialColumn(text).split('\n').length).toBe(want.split('\n').length);
		expect(serialColumn(text).split('\n')[1]).toBe('项目名称 | 某某运维项目 |');
		expect(serialColumn(text).split('\n')[5]).toBe('产出指标\t数量指标\t维护车辆');
	});
	it.each([
		['a list of projects keeps its numbers', '序号｜项目名称｜预算（万元）\n1｜小蚕共育补助项目｜12\n2｜老桑园改造项目｜6\n3｜技能培训项目｜3'],
		['a list of indicators keeps its numbers', '序号\t指标名称\t目标值\n1\t信息播发\t≥200条\n2\t终端在线率\t≥95%\n3\t修复时限\t≤48小时'],
		['rows numbered out of order', '序号 | 项目 | 内容 |\n1 | 项目名称 | 某项目 |\n3 | 主管部门 | 某局 |\n2 | 实施单位 | 某中心 |']
	])('%s', (_what, text) => expect(serialColumn(text)).toBe(text));
});

describe("a PDF's prose broken right before its figures", () => {
	const text = [
		'二、资金情况. 全年预算',
		'512.60 万元,全年实际支出',
		'498.34 万元,预算执行率',
		'97.2%. 其中:基本支出',
		'371.26 万元.',
		'(一) 产出指标. 送戏下乡演出:目标',
		'≥ 120 场,实际完成',
		'132 场;培养青年演员:目标',
		'≥ 8 名,实际完成',
		'6 名.'
	].join('\n');
	it('puts each figure on the line of the words before it, where the trait runs through the text', () => {
		expect(normalizeText(text).text.split('\n')).toEqual([
			'二、资金情况。 全年预算512.60 万元,全年实际支出498.34 万元,预算执行率97.2%。 其中:基本支出371.26 万元。',
			'(一) 产出指标。 送戏下乡演出:目标≥ 120 场,实际完成132 场;培养青年演员:目标≥ 8 名,实际完成6 名。'
		]);
	});
	const kept: [string, string][] = [
		['a numbered item under a heading', '4. 主要问题\n4.1 设备到货滞后,工期超出12天。\n4.2 调试时间不足,排放超标。\n5. 建议\n5.1 优化参数。'],
		['a cell a line (no sentence on either side)', '提升改造作坊\n≥40家\n36家\n补助兑付及时率\n=100%\n100%\n新产品合格率\n≥98%\n99%\n拨付时限\n≤3个月\n4个月'],
		['three breaks only', '全年预算\n512.60 万元,全年实际支出\n498.34 万元,执行率\n97.2%,良好。'],
		['a title over its date', '某某中心2018年度部门整体支出绩效自评报告\n2019年3月1日\n全年预算\n50 万元,支出\n48 万元,执行率\n96%,良好。']
	];
	it.each(kept)('leaves the lines as they were: %s', (_what, t) => {
		expect(figureBreaks(t)).toBe(t);
	});
});

describe("a PDF's whole text on one line, wrapped lines joined by spaces, headings closed by a full stop", () => {
	const line =
		'某站 2025 年整体绩效自评报告 一 工作开展情况。 我站按照 县里的要求开展自评,明确 责任人和时间表,按季度核查 进度,发现偏差 及时调整,全年共组织 巡查十二次,覆盖全部 作业片区,巡查记录 按月归档,问题清单 逐项销号,年底 前全部整改 到位。站里 还修订了 预算绩效管理办法,把目标 值与年度 工作计划 逐项对应,年初 申报时同步 填报绩效 目标,年中 开展运行 监控,年末 组织自评 并公开 结果。 二 自评结果。 部门预 算总金额 412.6 万元,全年实际 支出 404.35 万元,预算执行率 98%,整体绩效 自评为优 秀。 三 存在问题。 作业窗口期短,人员和 机械调配紧张,部分地块 施药不及时,需要提前安排。';
	it('each heading starts a line of its own with its 、 back, and the spaces inside words and figures go', () => {
		const t = normalizeText(line).text;
		expect(t).toContain('\n二、自评结果\n部门预算总金额412.6万元,全年实际支出404.35万元');
		expect(t).toContain('\n三、存在问题\n作业窗口期短,人员和机械调配紧张');
	});
	it('a long line with one such heading only keeps its spaces (they may part headings from their text)', () => {
		const one = line.replace(' 二 自评结果。', ' 自评结果:').replace(' 三 存在问题。', ' 存在问题:');
		expect(normalizeText(one).text).toBe(one);
	});
});

describe('a final-accounts chapter flattened on a document site', () => {
	it("the chapter's heading, its first section's title and the template's sections each start a line", () => {
		const line =
			'第四部分2023年度实验室检测项目绩效评价情况一、检测项目支出绩效评价报告(一)基本情况1.项目概况某县检测中心承担全县病原学监测任务,全年对规模猪场、中小养殖户、屠宰场和无害化处理场采样检测,及时发现和处置风险点。2.项目资金情况2023年项目预算36万元,主要用于试剂、耗材和采样车辆运行,全年实际支出35.1万元,预算执行率97.5%。(二)绩效目标及完成情况产出指标:数量指标:检测样品数≥5000份,实际完成5230份。(三)评价结论项目综合评分94分,评价等级为优。(四)存在问题偏远乡镇采样往返时间长。(五)改进措施设立采样中转点,先行冷藏再集中送检。';
		const t = normalizeText(line).text;
		expect(t).toContain('第四部分2023年度实验室检测项目绩效评价情况\n一、检测项目支出绩效评价报告\n(一)基本情况');
		expect(t).toContain('\n(二)绩效目标及完成情况\n产出指标:数量指标:');
		expect(t).toContain('\n(五)改进措施\n设立采样中转点');
	});
});

describe('a combined findings heading closed by its full stop, its items run on after it', () => {
	it('"四、存在问题和改进措施。一是…" puts the items on a line of their own', () => {
		const t = normalizeText(
			'某县2018年景观稻田项目绩效自评报告\n四、存在问题和改进措施。一是景观期与雨季重叠,游客减少。二是停车设施不足,节假日道路拥堵。下一步将调整播种期,让景观期避开主汛期,并争取资金修建停车场和观景台。'
		).text;
		expect(t).toContain('\n四、存在问题和改进措施\n一是景观期与雨季重叠');
	});
});

describe("a portal page's markup and navigation above the title", () => {
	it.each([
		['• <code id="q3vwa"><abbr id="q3vwa"></abbr></code>\n标题', '标题'],
		['<center id="k1"></center>\n  • <strike id="k1"></strike>\n标题', '标题'],
		// tags inside a line of words are the text as published, shown as text
		['某县2021年度某项目<span class="x">绩效</span>自评报告', '某县2021年度某项目<span class="x">绩效</span>自评报告'],
		['正文含有 <img src=x onerror="a=1"> 这样的标记', '正文含有 <img src=x onerror="a=1"> 这样的标记'],
		['目标<5%，实际<x>类</x>', '目标<5%，实际<x>类</x>']
	])('stripTags(%j) is %j', (raw, want) => {
		expect(stripTags(raw)).toBe(want);
	});
	it('a navigation bar is a line of its own, never the first half of the title under it', () => {
		const t = normalizeText(
			'政务资讯-在线浏览-政策文件-免费下载\n\n  • 某县人民政府\n    生态某县\n\n    县徽\n\n    某县人民政府\n\n    走进某县 政务动态 政务公开 政民互动 领导之窗 工作机构 政务服务 视频某县\n    某县某中心2021年度良种繁育项目绩效自评报告\n    【字体: 】【 打印】 【 关闭\n    分享到:\n\n    一、项目基本情况\n\n    2021年下达项目资金185万元,由某县某中心组织实施,用于引进良种和开展技术服务。截至年底实际支出1,720,500元,预算执行率93%。\n'
		).text;
		expect(t.split('\n')).toContain('某县某中心2021年度良种繁育项目绩效自评报告');
	});
	it('"您的当前位置:首页绩效报告" is a breadcrumb, dropped as furniture', () => {
		const t = normalizeText('您的当前位置:首页绩效报告\n\n某县2020年度大棚改造项目绩效自评报告\n\n一、项目基本情况\n项目预算130万元。').text;
		expect(t).not.toContain('当前位置');
		expect(t.split('\n')).toContain('某县2020年度大棚改造项目绩效自评报告');
	});
});

describe("a document site's pages: a misspelt entity, a page mark, a next-page line, double-spaced wraps", () => {
	const raw = [
		'某站2020年度桑园提质项目绩效自评报告(第1页)',
		'',
		'&esp;&esp;一、项目基本情况',
		'',
		'某站承担2020年度桑园提质项目,在县内',
		'',
		'3个乡镇改造桑园。',
		'',
		'&esp;&esp;二、资金使用情况',
		'',
		'项目预算资金64万元,全年实际支出',
		'',
		'60.8万元,预算执行率95%。',
		'',
		'存在问题:蚕台需农户自筹部分资金,',
		'',
		'推广数量低于目标。',
		'',
		'小主,这个章节后面还有哦,请点击下一页继续阅读!'
	].join('\n');
	const lines = normalizeText(raw).text.split('\n');
	it('"(第1页)" after the title goes; "&esp;" is the indent it meant', () => {
		expect(lines[0]).toBe('某站2020年度桑园提质项目绩效自评报告');
		expect(lines).toContain('一、项目基本情况');
	});
	it('a line cut after a comma, or before the amount its last word states, joins the next', () => {
		expect(lines).toContain('项目预算资金64万元,全年实际支出60.8万元,预算执行率95%。');
		expect(lines).toContain('存在问题:蚕台需农户自筹部分资金,推广数量低于目标。');
	});
	it('"…请点击下一页继续阅读!" is furniture', () => {
		expect(lines.join('\n')).not.toContain('下一页');
	});
});

describe("a document site's labels around a title", () => {
	it.each([
		['某中心2024年度良种繁育项目绩效自评报告(精选文档)\n一、项目概况', '某中心2024年度良种繁育项目绩效自评报告'],
		['某镇2023年度品改项目绩效自评表（完整版）\n项目名称\t品改项目', '某镇2023年度品改项目绩效自评表'],
		[
			'电脑桌面\n安装后可以在桌面快捷访问某镇2023年度品改项目绩效自评表.docx\n\n某镇2023年度品改项目绩效自评表\n项目名称\t品改项目',
			'某镇2023年度品改项目绩效自评表'
		],
		// a bracket that names the project is no document label
		['某镇2023年度项目支出绩效自评表(茶园管护)\n项目名称\t茶园管护', '某镇2023年度项目支出绩效自评表(茶园管护)']
	])("%j has the title line %j, without the site's words", (raw, title) => {
		const lines = normalizeText(raw).text.split('\n');
		expect(lines).toContain(title);
		expect(lines.join('\n')).not.toMatch(/精选|完整版|快捷访问/);
	});
});

describe('indicator levels, numbered indicators and the conclusion glued into one line', () => {
	it("each level, each numbered indicator and the conclusion's heading start their own lines", () => {
		const raw =
			'某县2021年度蜂场建设项目绩效自评报告\n一、项目基本情况\n项目预算资金120万元,实际支出114万元,预算执行率95%。\n' +
			'二、绩效目标完成情况(一)产出指标1.新建蜂箱:目标≥1000箱,实际完成1000箱。2.蜂群保有量:目标≥800群,实际860群。(二)效益指标1.户均增收:目标≥2000元,实际1900元。(三)满意度指标1.蜂农满意度:目标≥90%,实际94%。三、自评结论经自评小组打分,项目自评得分90.5分,自评等级为优。';
		const lines = normalizeText(raw).text.split('\n');
		for (const l of [
			'(一)产出指标',
			'1.新建蜂箱:目标≥1000箱,实际完成1000箱。',
			'2.蜂群保有量:目标≥800群,实际860群。',
			'(三)满意度指标',
			'三、自评结论',
			'经自评小组打分,项目自评得分90.5分,自评等级为优。'
		])
			expect(lines).toContain(l);
	});
});

describe('numbered levels after a space in a one-line text', () => {
	it('"1、产出指标 …。 2、效益指标 …" each level starts a line, a number inside a sentence does not', () => {
		const raw =
			'某镇2025年度菜籽油作坊提升项目绩效自评报告\n(一)项目概况 项目年初预算32万元,实际支出29.04万元,预算执行率96.8%。 (二)绩效目标完成情况 1、产出指标 改造作坊目标≥8家,实际8家;作坊改造完成时间目标≤4个月,实际5个月。 2、效益指标 作坊户均增收目标≥5000元,实际4600元。 3、满意度指标 经营户满意度目标≥90%,实际93%。';
		const lines = normalizeText(raw).text.split('\n');
		expect(lines).toContain('2、效益指标 作坊户均增收目标≥5000元,实际4600元。');
		expect(lines).toContain('3、满意度指标 经营户满意度目标≥90%,实际93%。');
		expect(lines.some((l) => l.startsWith('1、产出指标 改造作坊目标≥8家'))).toBe(true);
	});
});

describe("a document site's preview cut into numbered chunks", () => {
	const lead =
		'1、某县2022年度油茶低产林改造项目支出绩效自评报告一、项目基本情况。某中心负责实施改造项目,对树龄老化、产量偏低的油茶林采取截干复壮、补植良种和配方施肥等措施,全面改造一千五百亩,涉及五个乡镇二十三个村的四百多户林农。项目资金来源为自治区林业专项资金,全年预算93万元。二、项目资金情况。截至2022年12月31日,全年实际支出88.35万元,资金全部用于苗木、肥料采购和改造作业补助,未发现挤占挪用情况,预算执行';
	it('prose cut mid-word joins without a space ("…预算执行" / "2、率95%")', () => {
		const t = normalizeText(`${lead}\n\n2、率95%,资金全部用于苗木采购。三、绩效目标完成情况。改造面积完成1580亩。本项目\n\n3、自评得分86分。`).text;
		expect(t).toContain('预算执行率95%');
		expect(t).toContain('本项目自评得分86分');
	});
	it("a form's cells keep a space between them", () => {
		const grid =
			'1、项目支出绩效自评表 项目名称 某泵站改造工程 主管部门 某县水利局 实施单位 某县水利工程管理站 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 100 100 95 10 95% 9.5 其中:当年财政拨款 100 100 95 上年结转资金 0 0 0 其他资金 0 0 0 年度总体目标 预期目标 实际完成情况 改造泵站4座 改造泵站4座 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 新建泵站 ≥4座 4座 20 20 质量指标';
		const t = normalizeText(`${grid}\n\n2、工程验收合格率 100% 100% 20 20 效益指标`).text;
		expect(t).toContain('质量指标 工程验收合格率');
	});
});

describe("a PDF's grid rows with their words parted, a target's unit wrapped onto the next line", () => {
	const grid = (rows: string) =>
		normalizeText('某镇2024年度茭白种植项目绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n' + rows + '\n总分 100 90').text.split('\n');
	it.each([
		['产出指标 数量指标 茭白 种植 面积 ≥ 800 亩 820 亩 20 20', '产出指标\t数量指标\t茭白种植面积\t≥800亩\t820亩\t20\t20'],
		['质量指标 茭白 商品 率 ≥ 85 % 83 % 15 12', '质量指标\t茭白商品率\t≥85%\t83%\t15\t12'],
		['成本指标 每亩 补助 ≤ 500 元 520\n元 10 6', '成本指标\t每亩补助\t≤500元\t520元\t10\t6']
	])('%j', (rows, want) => expect(grid(rows)).toContain(want));
	it.each([
		['产出指标 数量指标 修缮 渠道 ≥12\n公里 12.5 公里 20 20', '≥12公里'],
		['产出指标 数量指标 修缮渠道 ≥12公里 12.5 公里 20 20', '12.5公里']
	])('%j', (rows, want) => expect(grid(rows).join('\n')).toContain(want));
	it('a sentence with a spaced operator is not a row', () => {
		const t = normalizeText('某镇2024年度项目绩效自评报告\n1. 新建 冷库:目标 ≥ 200 立方米,实际 210 立方米。').text;
		expect(t).toContain('新建 冷库');
	});
});

describe("a cover's label lines and a page's title are lines of their own", () => {
	const lines = (t: string) =>
		normalizeText(t)
			.text.split('\n')
			.filter((l) => l.trim() !== '');
	it('"预 算 编 码:  150207" after a long name is no part of it', () => {
		const t =
			'某区某某传承中心2022年度部门整体支出绩效自评报告及评分表\n\n来源:办公室   2023-06-15 10:24\n\n部门(单位)名称:  某市某区某某传承保护中心\n\n预 算 编 码:   150207XXX\n\n评价方式:部门(单位)绩效自评\n\n报告日期:2023年05月26日\n\n一、部门(单位)基本概况\n\n联系人\n\n王某\n\n职能职责概述\n\n负责传统音乐的搜集整理和展演。';
		const out = lines(t);
		expect(out).toContain('部门(单位)名称:  某市某区某某传承保护中心');
		expect(out.some((l) => l.startsWith('预 算 编 码'))).toBe(true);
	});
	it('a page title parted by underscores stands alone', () => {
		const out = lines(
			'某区资讯网_海洋保育_绩效公开_本地政务信息汇总长长长长长长\n某水评〔2022〕5号《某区水务局关于印发某区2021年度珊瑚礁修复项目部门评价报告的通知》\n\n一、项目概况\n项目预算100万元。'
		);
		expect(out[0]).toBe('某区资讯网_海洋保育_绩效公开_本地政务信息汇总长长长长长长');
	});
});

describe('a whole document on one line, its headings parted by single spaces', () => {
	const doc =
		'某街道2024年度某经费绩效自评报告 (正 文) 一、项目概况 为推动居民参与社区事务,某街道安排运行经费30万元。 二、绩效目标 召开议事会计划≥40场;培训议事员计划≥100人次。 三、自评结论 经逐项核对,项目自评得分82分。 四、绩效分析 (一)资金投入 全年支出27万元,预算执行率90%。 (二)产出完成 召开议事会实际42场;培训议事员实际96人次。 五、问题与改进 部分社区议题多由工作人员提出。';
	it('each heading on a line of its own', () => {
		const t = normalizeText(doc).text;
		expect(t).toContain('\n二、绩效目标\n召开议事会计划≥40场');
		expect(t).toContain('\n(二)产出完成\n召开议事会实际42场');
	});
	it('extract() pairs the planned targets with the results', () => {
		const r = extract({ text: doc, sourceFile: 'x.txt' });
		expect(r.ok && r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text])).toEqual([
			['召开议事会', '≥40场', '42场'],
			['培训议事员', '≥100人次', '96人次']
		]);
		expect(r.ok && r.value.report.title).toBe('某街道2024年度某经费绩效自评报告');
	});
	it('a PDF’s text with spaces inside its words keeps its line', () => {
		const pdf = '一、项目 概况 某街道 安排经费 30万元 用于 社区 议事 二、绩效 目标 召开 议事会 40场 三、自评 结论 项目 自评 得分 82分 '.repeat(4);
		expect(normalizeText(pdf).text.split('\n').length).toBe(1);
	});
});

describe('ornaments strewn through the text', () => {
	it('"一◆、项目基本情况◆■。…实际支出131.6万元■," read without them', () => {
		const t = normalizeText(
			'某市2023年度某补助项目绩效自评报告\n一◆、项目基本情况◆■。项目由某中心★◆组织实施■◆。2023年预算安排140万元◆■★,全年实际支出131.6万元■,预算执行率94%★◆■。\n二★、自评结论◆。项目自评得分91分■。'
		).text;
		expect(t).toContain('一、项目基本情况。项目由某中心组织实施。2023年预算安排140万元,全年实际支出131.6万元,预算执行率94%。');
	});
	it('one or two marks in a text are left as written', () => {
		expect(normalizeText('某项目★重点工作,预算20万元。').text).toContain('★');
	});
});

describe('a portal’s bullet list of page fields above a title broken over two lines', () => {
	it('"• 索引号" / "• 发布机构" bullets leave the title’s two halves to be joined', () => {
		const t = normalizeText(
			[
				'• 某县某镇人民政府',
				'  • 索引号',
				'    0000/2026-00011',
				'  • 发布机构',
				'    某县某镇人民政府',
				'',
				'某县某镇人民政府2025年度部门整体',
				'',
				'支出绩效自评报告',
				'',
				'为贯彻落实全面实施预算绩效管理要求,我镇开展了自评,现将有关情况报告如下:'
			].join('\n')
		).text;
		expect(t).toContain('某县某镇人民政府2025年度部门整体支出绩效自评报告');
	});
	it('a page heading that names a year above the report’s own stays a line of its own', () => {
		const t = normalizeText(
			[
				'• 发布机构',
				'    某县某镇人民政府',
				'',
				'某镇2025年绩效自评',
				'',
				'某县某镇人民政府2025年度部门整体',
				'',
				'支出绩效自评报告',
				'',
				'现将有关情况报告如下:'
			].join('\n')
		).text;
		expect(t).toContain('某镇2025年绩效自评\n');
		expect(t).toContain('\n某县某镇人民政府2025年度部门整体支出绩效自评报告');
	});
});
