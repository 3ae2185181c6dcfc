/**
 * Chinese column names people write in their own spreadsheets (标题, 年度, 区, 预算 …), mapped to the
 * reports table's SCHEMA.md columns, so such a file uploads instead of being refused for "missing report_id".
 * Pure. Keys are compared after trimming, lower-casing and dropping a unit in brackets (预算（万元）→ 预算).
 */
const REPORT_ALIASES: Record<string, string> = {
	报告编号: 'report_id',
	编号: 'report_id',
	报告id: 'report_id',
	来源文件: 'source_file',
	文件: 'source_file',
	文件名: 'source_file',
	标题: 'title',
	报告标题: 'title',
	报告名称: 'title',
	年度: 'year',
	年份: 'year',
	预算年度: 'year',
	年: 'year',
	省: 'province',
	省份: 'province',
	市: 'city',
	城市: 'city',
	区: 'district',
	区县: 'district',
	所属区: 'district',
	区名: 'district',
	街道: 'street',
	镇街: 'street',
	街镇: 'street',
	所属街道: 'street',
	区划代码: 'division_code',
	单位: 'unit',
	评价单位: 'unit',
	实施单位: 'unit',
	被评价单位: 'unit',
	单位层级: 'unit_level',
	项目: 'project_name',
	项目名称: 'project_name',
	评价类型: 'evaluation_type',
	类型: 'evaluation_type',
	预算: 'budget_wan',
	预算数: 'budget_wan',
	预算金额: 'budget_wan',
	预算资金: 'budget_wan',
	支出: 'actual_wan',
	实际支出: 'actual_wan',
	执行数: 'actual_wan',
	支出金额: 'actual_wan',
	实际执行: 'actual_wan',
	执行率: 'execution_rate',
	预算执行率: 'execution_rate',
	得分: 'score',
	评分: 'score',
	综合得分: 'score',
	分数: 'score',
	等级: 'grade',
	评价等级: 'grade',
	示范数据: 'synthetic',
	是否示范: 'synthetic',
	备注: 'warnings',
	警告: 'warnings'
};

/** A header cell without a unit in brackets: 预算（万元） → 预算, "Budget (wan)" → budget. */
function bare(h: string): string {
	return h
		.replace(/^\uFEFF/, '')
		.trim()
		.replace(/^"|"$/g, '')
		.replace(/\s*[（(][^）)]*[）)]\s*$/, '')
		.trim()
		.toLowerCase();
}

/**
 * The schema column each header cell stands for when the file's header is in Chinese (at least two cells are
 * known Chinese names), else null. Cells not recognised are kept as written (reported as unknown columns).
 */
export function mapChineseHeader(header: string[]): { columns: string[]; mapped: [string, string][] } | null {
	const mapped: [string, string][] = [];
	const columns = header.map((h) => {
		const to = REPORT_ALIASES[bare(h)];
		if (to) mapped.push([h.trim(), to]);
		return to ?? h;
	});
	return mapped.length >= 2 ? { columns, mapped } : null;
}

/** A stable report_id for a row that has none: FNV-1a over the file name and the row's cells, 16 hex digits. */
export function rowReportId(file: string, cells: unknown[]): string {
	const s = [file, ...cells.map((c) => (c == null ? '' : String(c)))].join('\u001f');
	let h1 = 0x811c9dc5,
		h2 = 0x01000193 ^ s.length;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
	}
	return 'u' + h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(7, '0').slice(0, 7);
}
