/** Phrase and indicator banks the generator draws from, written after the five real reports. */

/** How an indicator's target and value are drawn: ≥ percent, ≥ count, ≤ count (0 is best), words. */
export type IndicatorKind = 'pct' | 'count' | 'zero' | 'qual';

/** An indicator the generator can place in a report. */
export interface IndicatorSpec {
	level1: string;
	level2: string;
	name: string;
	kind: IndicatorKind;
	unit: string | null;
	/** Range of the count target, for 'count'. */
	range?: readonly [number, number];
}

const spec = (level1: string, level2: string, name: string, kind: IndicatorKind, unit: string | null, range?: [number, number]): IndicatorSpec => ({
	level1,
	level2,
	name,
	kind,
	unit,
	range
});

/** Output, outcome and satisfaction indicators of a 党建 project (自评表 and narrative reports). */
export const OUTPUT_INDICATORS: readonly IndicatorSpec[] = [
	spec('产出', '数量', '召开“三会一课”次数', 'count', '次', [120, 420]),
	spec('产出', '数量', '开展主题党日活动次数', 'count', '次', [12, 300]),
	spec('产出', '数量', '举办党员教育培训班期数', 'count', '期', [4, 40]),
	spec('产出', '数量', '党员培训人次', 'count', '人次', [300, 6000]),
	spec('产出', '数量', '购置党建学习书籍数量', 'count', '册', [200, 4000]),
	spec('产出', '数量', '慰问困难党员及老党员人次', 'count', '人次', [50, 400]),
	spec('产出', '数量', '更新党建宣传栏次数', 'count', '次', [4, 24]),
	spec('产出', '数量', '新建党群服务站点数量', 'count', '个', [1, 8]),
	spec('产出', '数量', '开展党员志愿服务活动场次', 'count', '场', [10, 200]),
	spec('产出', '数量', '支部书记讲党课次数', 'count', '次', [10, 90]),
	spec('产出', '质量', '培训出勤率', 'pct', '%'),
	spec('产出', '质量', '党员参与率', 'pct', '%'),
	spec('产出', '质量', '慰问覆盖率', 'pct', '%'),
	spec('产出', '质量', '培训考试通过率', 'pct', '%'),
	spec('产出', '质量', '完工验收通过率', 'pct', '%'),
	spec('产出', '质量', '党组织规范化建设达标率', 'pct', '%'),
	spec('产出', '时效', '资金及时支付率', 'pct', '%'),
	spec('产出', '时效', '活动按时完成率', 'pct', '%'),
	spec('产出', '时效', '慰问金发放及时率', 'pct', '%'),
	spec('产出', '成本', '超预算支出项目数', 'zero', '个'),
	spec('产出', '成本', '“三重一大”事项审批执行率', 'pct', '%')
];

/** Outcome indicators (效益). */
export const BENEFIT_INDICATORS: readonly IndicatorSpec[] = [
	spec('效益', '社会效益', '党员教育覆盖率', 'pct', '%'),
	spec('效益', '社会效益', '群众对党建活动知晓率', 'pct', '%'),
	spec('效益', '社会效益', '基层党组织战斗堡垒作用', 'qual', null),
	spec('效益', '社会效益', '重大敏感期越级上访发生次数', 'zero', '次'),
	spec('效益', '经济效益', '党建引领项目落地数量', 'count', '个', [2, 12]),
	spec('效益', '生态效益', '开展绿色环保主题活动次数', 'count', '次', [2, 20]),
	spec('效益', '可持续影响', '党建工作长效机制', 'qual', null),
	spec('效益', '可持续影响', '党建阵地持续使用率', 'pct', '%')
];

/** Satisfaction indicators (满意度). */
export const SATISFACTION_INDICATORS: readonly IndicatorSpec[] = [
	spec('满意度', '服务对象满意度', '党员群众满意度', 'pct', '%'),
	spec('满意度', '服务对象满意度', '参训党员满意度', 'pct', '%'),
	spec('满意度', '服务对象满意度', '服务对象满意率', 'pct', '%')
];

/** Decision and process indicators of a key evaluation (决策 / 过程). */
export const PROCESS_INDICATORS: readonly IndicatorSpec[] = [
	spec('决策', '项目立项', '立项依据充分性', 'qual', null),
	spec('决策', '项目立项', '立项程序规范性', 'qual', null),
	spec('决策', '绩效目标', '绩效目标合理性', 'qual', null),
	spec('决策', '绩效目标', '绩效指标明确性', 'qual', null),
	spec('决策', '资金投入', '预算编制科学性', 'qual', null),
	spec('过程', '资金管理', '资金到位率', 'pct', '%'),
	spec('过程', '资金管理', '预算执行率', 'pct', '%'),
	spec('过程', '资金管理', '资金使用合规性', 'qual', null),
	spec('过程', '组织实施', '管理制度健全性', 'qual', null),
	spec('过程', '组织实施', '制度执行有效性', 'qual', null)
];

/** Qualitative target / result wordings. */
export const QUAL_TARGETS = ['效果明显', '有效提升', '逐步完善'] as const;

/** Qualitative wordings for decision and process indicators. */
export const QUAL_PROCESS_TARGETS = ['依据充分', '规范', '健全', '合理', '有效'] as const;

/** Finding themes of SCHEMA.md with problem and suggestion wordings. */
export const FINDINGS: Readonly<Record<string, { problems: readonly string[]; suggestions: readonly string[] }>> = {
	培训教育: {
		problems: [
			'党员培训活动的内容和形式还需进一步丰富和创新，更加贴近党员的需求和实际情况',
			'党员教育培训工作缺乏创新思路和举措，调研不够，针对性和适用性不强',
			'党员政治教育的深入程度有待加强，对党员的思想引领和政策解读不够',
			'部分党员参加培训的积极性不高，线上学习资源利用不充分'
		],
		suggestions: [
			'调研党员的培训需求，创新党员活动形式和内容，提供更加精准和实用的培训内容',
			'抓实抓细街道党校日常管理和党员教育培训工作，切实增强培训的针对性和实效性',
			'持续抓好党员理想信念教育、党风党纪教育和能力素质教育',
			'用好学习强国、广东党建等线上资源，实现党员教育全覆盖'
		]
	},
	指标设置: {
		problems: [
			'绩效指标设置仍存在优化空间，效益可量化指标和细化度不足',
			'部分绩效目标设定较为笼统，未能全面反映项目执行情况与取得的效益',
			'个别指标值设定偏低，未充分体现项目实施的挑战性',
			'部分工作人员对绩效目标理解有偏差，影响预算绩效管理工作的执行效率'
		],
		suggestions: [
			'结合项目实施内容设置更加科学规范的量化效益指标',
			'针对未能完成或超额完成的指标值进行适当调整，提高绩效目标的合理性',
			'加强学习预算绩效管理相关文件，提升绩效管理专业水平',
			'建立科学规范的指标体系，使绩效管理科学化、制度化、规范化'
		]
	},
	资金管理: {
		problems: [
			'预算执行进度不均衡，下半年支出较为集中',
			'部分支出凭证附件不够完整，资金使用台账登记不够及时',
			'项目资金主要用于应急支出，原定部分活动未能按计划开展',
			'预算编制的精准性不足，年中调整较多'
		],
		suggestions: [
			'加强资金的合理使用，提前做好资金使用规划，确保资金有序正常使用',
			'严格按单位财务制度和预算支出范围使用项目经费，做到专款专用',
			'注重预算编制的可行性和时效性，把管理贯穿到预算执行全过程',
			'定期开展资金使用检查，完善支出台账和凭证管理'
		]
	},
	队伍建设: {
		problems: [
			'后备干部队伍建设有待加强，干部培养管理制度还不够细化',
			'党务工作者队伍专业化水平不高，人员流动较大',
			'业务科室经办人员对预算绩效工作熟悉程度不平衡'
		],
		suggestions: [
			'构建全链条机制建强基层党建工作队伍，提升专职化、规范化、专业化水平',
			'加强党务干部业务培训，稳定党建指导员队伍',
			'进一步明确绩效管理职责，加强力量，落实分工，强化督导'
		]
	},
	阵地建设: {
		problems: [
			'党建资料和学习材料使用率不高，需要更好地与党员的学习需求相匹配',
			'个别社区建设的特色平台形同虚设，未发挥应有作用',
			'部分党群服务站点功能较为单一，开放时间与群众需求不够匹配'
		],
		suggestions: [
			'优化党建资料和学习材料的内容和形式，提高使用率和学习效果',
			'充分实现特色平台利用最大化，提升党群服务阵地服务水平',
			'推进党群服务站点错时开放，丰富阵地服务功能'
		]
	},
	宣传: {
		problems: ['党建品牌宣传力度不足，社会影响力有待扩大', '党建宣传形式较为传统，新媒体运用不够充分'],
		suggestions: ['加强党建活动的策划和宣传工作，扩大党建品牌的社会影响力', '运用党建云平台及时发布党建信息，营造浓厚的党建宣传氛围']
	},
	组织建设: {
		problems: [
			'网格党支部作用发挥有待增强，部分下沉党员作用发挥不够明显',
			'个别基层党组织战斗堡垒作用发挥不足，在改进工作作风方面下功夫不够',
			'“两新”组织党建覆盖面仍需扩大，部分党组织活动不够规范'
		],
		suggestions: [
			'加强与其他街道党组织的交流合作，共享资源和经验，共同提升党建工作水平',
			'持续织密上下贯通、执行有力的组织体系，推动网格党支部发挥作用',
			'扩大“两新”组织党的组织覆盖和工作覆盖，规范党组织生活'
		]
	}
};

/** 主要经验做法 sentences. */
export const PRACTICES: readonly string[] = [
	'建立健全各类管理制度，领导有力，对项目的实施进行全过程监督及管理',
	'项目实施内容丰富多元，切合辖区实际所需，取得良好的产出效益',
	'资金使用规范，审批流程合规，基本做到专款专用',
	'举办丰富多彩的党员学习培训活动，党员理论素养和凝聚力战斗力得到提升',
	'坚持“一事一申请”，党建经费使用须经党工委会议研究通过'
];

/** Spending items of a street's 党建 fund. */
export const STREET_ITEMS: readonly string[] = [
	'举办党员教育培训班',
	'购买党史学习教育系列书籍',
	'春节、“七一”慰问困难党员及老党员',
	'党群服务中心日常运营',
	'更新党建宣传栏及宣传标语',
	'开展“七一”主题党日活动',
	'购置党建阵地办公设备',
	'下拨社区党组织活动经费',
	'党员志愿服务活动物资',
	'智慧党建平台维护服务费',
	'“两新”组织党建指导员补贴',
	'基层党组织书记培训费',
	'印制党建学习口袋书'
];

/** Spending items of a district committee's fund. */
export const DISTRICT_ITEMS: readonly string[] = [
	'举办区直机关党组织书记培训班',
	'举办区直机关“三八”妇女节纪念活动',
	'购置机关党建办公耗材一批',
	'党群服务中心会务及展览服务费',
	'设备维修保养服务费',
	'心理咨询服务费',
	'支持区直单位参加“金穗杯”工作创新大赛',
	'区直机关纪检监察干部参观学习车费',
	'购置台式电脑',
	'图书角日常管理费'
];

/** Project names by unit kind. */
export const PROJECTS = {
	street: ['党建工作经费', '基层党建工作经费', '街道党组织工作经费', '党群服务中心专项经费', '党员教育培训经费', '社区党建工作经费'],
	town: ['党建工作经费', '基层党建工作经费', '镇党委党组织工作经费', '党群服务中心专项经费', '党员教育培训经费'],
	jiguan: ['机关党建及群团专项经费', '党群服务中心专项经费', '机关党建工作经费', '党员教育培训专项经费'],
	zuzhi: ['基层党建工作经费', '基层党组织书记培训经费', '“两新”组织党建工作经费', '党员教育管理专项经费']
} as const;
