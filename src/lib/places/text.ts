/** The place pages' own strings in both languages (kept beside the pages so the shared message table stays as it is). */
import type { Level, ShownLevel } from './hierarchy';

export type Lang = 'zh' | 'en';

const TEXT = {
	title: { zh: '地区逐级查看', en: 'Places, level by level' },
	lead: {
		zh: '从数据里有的最高一级开始：多个省时按省，多个市时按市，只有一个市时按区。点击地名逐级下钻到街道和报告。',
		en: 'Starts at the highest level the data has: provinces when there are several, cities when there are several, districts when there is one city. Click a name to drill down to streets and reports.'
	},
	top: { zh: '全部', en: 'All places' },
	crumbs: { zh: '位置', en: 'You are here' },
	reports: { zh: '报告数', en: 'Reports' },
	budget: { zh: '预算（万元）', en: 'Budget (10k yuan)' },
	actual: { zh: '支出（万元）', en: 'Spend (10k yuan)' },
	rate: { zh: '执行率', en: 'Execution rate' },
	score: { zh: '平均得分', en: 'Mean score' },
	rank: { zh: '得分排名', en: 'Rank by score' },
	compare: { zh: '对比所选', en: 'Compare selected' },
	compareHint: { zh: '勾选 2–4 个地区后对比。', en: 'Tick 2–4 places, then compare.' },
	pick: { zh: '选择', en: 'Select' },
	peers: { zh: '与同类地区对比', en: 'Compare with peers' },
	peersHint: { zh: '同一上级、预算最接近的地区', en: 'same parent, closest budget' },
	filters: { zh: '筛选（可多选）', en: 'Filters (several at once)' },
	years: { zh: '年度', en: 'Years' },
	types: { zh: '评价类型', en: 'Evaluation types' },
	grades: { zh: '等级', en: 'Grades' },
	apply: { zh: '应用', en: 'Apply' },
	clear: { zh: '清除', en: 'Clear' },
	filtered: { zh: '已按所选条件在浏览器中重新计算。', en: 'Recomputed in your browser for the filters chosen.' },
	needsJs: {
		zh: '筛选和对比在浏览器中计算，需要启用 JavaScript；未筛选的数据如上。',
		en: 'Filters and comparisons are computed in your browser and need JavaScript; the unfiltered figures are shown above.'
	},
	none: { zh: '没有符合条件的报告。', en: 'No reports match.' },
	reportList: { zh: '报告', en: 'Reports' },
	titleCol: { zh: '标题', en: 'Title' },
	year: { zh: '年度', en: 'Year' },
	grade: { zh: '等级', en: 'Grade' },
	synthetic: { zh: '示范数据', en: 'synthetic' },
	chart: { zh: '各地区平均得分与执行率', en: 'Mean score and execution rate by place' },
	map: { zh: '地图', en: 'Map' },
	mapTitle: { zh: '各{level}预算执行率（地图）', en: 'Budget execution rate by {level} (map)' },
	mapHint: {
		zh: '颜色越深执行率越高；灰色为没有报告的地区。点击地区或下表中的地名逐级查看。边界经简化，仅用于按地区阅读数据，不是标准地图。',
		en: 'Darker means a higher execution rate; grey places have no reports. Click a place, or its name in the table below, to drill down. Borders are simplified, for reading figures by place; this is not a standard map.'
	},
	tilesTitle: { zh: '各街道乡镇预算执行率（色块图）', en: 'Budget execution rate by street (tiles)' },
	tilesHint: {
		zh: '每个色块是一个街道或乡镇，按执行率从高到低排列，颜色越深执行率越高；灰色为没有执行率的。街道乡镇没有可用的公开边界数据，所以这里不画地图。点击色块或下表中的地名查看。',
		en: 'Each tile is a street or town, from the highest execution rate to the lowest; darker means higher, grey has no rate. No open street or town boundaries are available, so this level has no map. Click a tile, or a name in the table below, to drill down.'
	},
	rankIn: { zh: '在{parent}排第 {rank}（共 {of} 个）', en: '{rankth} of {of} in {parent}' },
	rankAll: { zh: '全部{level}中排第 {rank}（共 {of} 个）', en: '{rankth} of {of} {level} overall' },
	compareTitle: { zh: '并列对比', en: 'Side by side' },
	compareLead: {
		zh: '把 2–4 个地区或年度并列：执行率、得分、等级、指标完成情况和反复出现的问题。与其他列差别大的数值会标出。',
		en: 'Two to four places or years side by side: execution rate, scores, grades, indicator outcomes and recurring problems. Figures that differ markedly from the others are marked.'
	},
	compareEmpty: { zh: '请选择 2–4 个地区或年度。', en: 'Choose two to four places or years.' },
	compareWhat: { zh: '对比什么', en: 'What to compare' },
	places: { zh: '地区', en: 'Places' },
	go: { zh: '对比', en: 'Compare' },
	metric: { zh: '指标', en: 'Measure' },
	minScore: { zh: '最低得分', en: 'Lowest score' },
	maxScore: { zh: '最高得分', en: 'Highest score' },
	excellent: { zh: '优', en: 'Excellent (优)' },
	good: { zh: '良', en: 'Good (良)' },
	fair: { zh: '中', en: 'Fair (中)' },
	poor: { zh: '差', en: 'Poor (差)' },
	indicators: { zh: '指标完成率（按一级指标）', en: 'Indicators achieved (by level-1 indicator)' },
	problems: { zh: '反复出现的问题（涉及报告占比）', en: 'Recurring problems (share of reports naming them)' },
	best: { zh: '最好', en: 'best' },
	worst: { zh: '最差', en: 'worst' },
	loading: { zh: '计算中…', en: 'Computing…' },
	tooMany: { zh: '最多对比 4 项，只取前 4 项。', en: 'At most four are compared; the first four are taken.' }
} as const;

export type TextKey = keyof typeof TEXT;

/** A string in `lang`, with {name} parameters filled in. */
export function tx(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
	return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ''));
}

const LEVEL_NAMES: Record<ShownLevel, { zh: string; en: [string, string] }> = {
	province: { zh: '省', en: ['province', 'provinces'] },
	city: { zh: '市', en: ['city', 'cities'] },
	district: { zh: '区县', en: ['district', 'districts'] },
	street: { zh: '街道乡镇', en: ['street', 'streets'] },
	report: { zh: '报告', en: ['report', 'reports'] }
};

/** A level's name (plural in English where several are meant). */
export function levelName(lang: Lang, level: ShownLevel | Level, plural = false): string {
	const n = LEVEL_NAMES[level];
	return lang === 'zh' ? n.zh : n.en[plural ? 1 : 0];
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
	const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${s}`;
}

/** "3rd of 11 in Guangzhou" / "在广州市排第 3（共 11 个）". */
export function rankText(lang: Lang, rank: number, of: number, parent: string | null, level: Level): string {
	if (parent == null) return tx(lang, 'rankAll', { rank, rankth: ordinal(rank), of, level: levelName(lang, level, true) });
	return tx(lang, 'rankIn', { rank, rankth: ordinal(rank), of, parent });
}
