/**
 * SCHEMA.md as data: every table's columns with DuckDB types and descriptions in Chinese and English.
 * Used to create tables (Node and WASM), to write dictionary.json, to validate uploads and for the
 * SQL console's schema panel. Extend it, never break it.
 */
import type { TableName } from '../ingest/types';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/** One column of a table. */
export interface ColumnSpec {
	name: string;
	type: ColumnType;
	zh: string;
	en: string;
	/** NOT NULL in every valid dataset. */
	required?: boolean;
}

/** One table. */
export interface TableSpec {
	name: TableName;
	zh: string;
	en: string;
	columns: ColumnSpec[];
	/** Sort order used when writing Parquet / CSV. */
	orderBy: string[];
}

const ev = (): ColumnSpec[] => [
	{ name: 'evidence_start', type: 'INTEGER', zh: '证据起始字符位置（指向 sources.text）', en: 'Start character offset of the supporting text in sources.text' },
	{ name: 'evidence_end', type: 'INTEGER', zh: '证据结束字符位置（不含）', en: 'End character offset (exclusive) of the supporting text' }
];

/** All tables of SCHEMA.md, in order. */
export const SCHEMA: TableSpec[] = [
	{
		name: 'reports',
		zh: '评价报告（每份报告一行）',
		en: 'Evaluation reports, one row per report',
		orderBy: ['year', 'district', 'street', 'report_id'],
		columns: [
			{
				name: 'report_id',
				type: 'VARCHAR',
				required: true,
				zh: '报告编号：规范化文本 sha256 的前 16 位十六进制',
				en: 'Stable id: first 16 hex digits of sha256 of the normalised text'
			},
			{ name: 'source_file', type: 'VARCHAR', required: true, zh: '来源文件名', en: 'File name the report came from' },
			{ name: 'title', type: 'VARCHAR', zh: '报告标题（原文）', en: 'Title line as written' },
			{ name: 'year', type: 'INTEGER', zh: '被评价的预算年度', en: 'Fiscal year evaluated' },
			{ name: 'province', type: 'VARCHAR', zh: '省', en: 'Province' },
			{ name: 'city', type: 'VARCHAR', zh: '市', en: 'City' },
			{ name: 'district', type: 'VARCHAR', zh: '区（官方名称）', en: 'District (official name)' },
			{ name: 'street', type: 'VARCHAR', zh: '街道/镇（官方名称，区级单位为空）', en: 'Street or town (official name; NULL for district-level units)' },
			{ name: 'division_code', type: 'VARCHAR', zh: '最具体地点的统计区划代码', en: 'Statistical division code of the most specific place known' },
			{ name: 'unit', type: 'VARCHAR', zh: '被评价单位（原文）', en: 'Evaluated unit as named in the report' },
			{ name: 'unit_level', type: 'VARCHAR', zh: '单位层级：street 或 district', en: "Unit level: 'street' or 'district'" },
			{ name: 'project_name', type: 'VARCHAR', zh: '项目名称', en: 'Project name' },
			{
				name: 'evaluation_type',
				type: 'VARCHAR',
				zh: '评价类型：单位自评 / 部门评价 / 财政评价',
				en: 'Evaluation type: self / department / finance evaluation'
			},
			{ name: 'budget_wan', type: 'DOUBLE', zh: '预算数（万元）', en: 'Budget (10,000 yuan)' },
			{ name: 'actual_wan', type: 'DOUBLE', zh: '实际支出（万元）', en: 'Actual spend (10,000 yuan)' },
			{ name: 'execution_rate', type: 'DOUBLE', zh: '预算执行率（小数，1.0 = 100%）', en: 'Execution rate as a fraction (actual / budget, else stated)' },
			{ name: 'execution_rate_stated', type: 'DOUBLE', zh: '报告所写执行率（小数）', en: 'Execution rate as written in the report (fraction)' },
			{ name: 'score', type: 'DOUBLE', zh: '综合得分（满分 100）', en: 'Overall score out of 100' },
			{ name: 'grade', type: 'VARCHAR', zh: '等级：优 / 良 / 中 / 差', en: 'Grade: 优 excellent / 良 good / 中 fair / 差 poor' },
			{
				name: 'grade_basis',
				type: 'VARCHAR',
				zh: '等级来源：stated（报告写明）或 score（按得分推算）',
				en: "Grade basis: 'stated' or 'score' (derived from the score)"
			},
			{ name: 'party_orgs', type: 'INTEGER', zh: '覆盖党组织数', en: 'Party organisations covered' },
			{ name: 'party_members', type: 'INTEGER', zh: '覆盖党员数', en: 'Party members covered' },
			{ name: 'synthetic', type: 'BOOLEAN', required: true, zh: '是否为生成的演示数据', en: 'True for generated demonstration reports' },
			{ name: 'warnings', type: 'VARCHAR', zh: '抽取警告（以“; ”分隔）', en: "Extraction warnings joined by '; '" }
		]
	},
	{
		name: 'indicators',
		zh: '绩效指标（每个指标一行）',
		en: 'Performance indicators, one row each',
		orderBy: ['report_id', 'seq'],
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{ name: 'seq', type: 'INTEGER', required: true, zh: '报告内顺序', en: 'Order within the report' },
			{ name: 'level1', type: 'VARCHAR', zh: '一级指标', en: 'Level-1 indicator (产出 output, 效益 effect, 满意度 satisfaction, 过程 process, 决策 decision)' },
			{ name: 'level2', type: 'VARCHAR', zh: '二级指标', en: 'Level-2 indicator (数量 quantity, 质量 quality, 时效 timeliness, …)' },
			{ name: 'name', type: 'VARCHAR', required: true, zh: '三级指标 / 衡量事项', en: 'Level-3 indicator or the measured thing' },
			{ name: 'target_text', type: 'VARCHAR', zh: '年度指标值（原文）', en: 'Target as written' },
			{ name: 'target_value', type: 'DOUBLE', zh: '目标数值（百分数折为小数）', en: 'Numeric target (percent as fraction)' },
			{ name: 'actual_text', type: 'VARCHAR', zh: '实际完成值（原文）', en: 'Achieved value as written' },
			{ name: 'actual_value', type: 'DOUBLE', zh: '实际数值（百分数折为小数）', en: 'Numeric achieved value (percent as fraction)' },
			{ name: 'unit', type: 'VARCHAR', zh: '计量单位', en: 'Unit of measure' },
			{ name: 'weight', type: 'DOUBLE', zh: '分值', en: 'Points available' },
			{ name: 'points', type: 'DOUBLE', zh: '得分', en: 'Points awarded' },
			{ name: 'achieved', type: 'BOOLEAN', zh: '是否达成（目标与实际均为数值时）', en: 'Actual meets target (when both numeric)' },
			{
				name: 'origin',
				type: 'VARCHAR',
				required: true,
				zh: '来源：table（指标表）或 narrative（正文）',
				en: "Origin: 'table' (indicator grid) or 'narrative' (prose)"
			},
			...ev()
		]
	},
	{
		name: 'expenditures',
		zh: '支出明细（每项一行）',
		en: 'Itemised spending, one row per line item',
		orderBy: ['report_id', 'seq'],
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{ name: 'seq', type: 'INTEGER', required: true, zh: '顺序', en: 'Order within the report' },
			{ name: 'item', type: 'VARCHAR', required: true, zh: '用途', en: 'What the money was for' },
			{ name: 'amount_yuan', type: 'DOUBLE', zh: '金额（元）', en: 'Amount (yuan)' },
			...ev()
		]
	},
	{
		name: 'findings',
		zh: '问题、建议与经验（每条一行）',
		en: 'Problems, suggestions and practices, one row each',
		orderBy: ['report_id', 'seq'],
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{ name: 'seq', type: 'INTEGER', required: true, zh: '顺序', en: 'Order within the report' },
			{ name: 'kind', type: 'VARCHAR', required: true, zh: '类别：问题 / 建议 / 经验', en: 'Kind: 问题 problem / 建议 suggestion / 经验 practice' },
			{ name: 'text', type: 'VARCHAR', required: true, zh: '原文', en: 'The finding as written' },
			{ name: 'theme', type: 'VARCHAR', required: true, zh: '主题（固定分类）', en: 'Theme from a small fixed taxonomy' },
			...ev()
		]
	},
	{
		name: 'sources',
		zh: '报告原文（规范化后）',
		en: 'Normalised source text of each report',
		orderBy: ['report_id'],
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{ name: 'source_file', type: 'VARCHAR', required: true, zh: '来源文件名', en: 'Source file name' },
			{ name: 'sha256', type: 'VARCHAR', required: true, zh: '原始字节的 sha256', en: 'sha256 of the original bytes' },
			{ name: 'text', type: 'VARCHAR', required: true, zh: '规范化文本（证据位置指向此处）', en: 'Normalised text that evidence offsets point into' },
			// Extension of SCHEMA.md (a column added at the end; nothing before it changes).
			{ name: 'source_url', type: 'VARCHAR', zh: '原文网址（清单给出时）', en: 'Web address of the published original, where the manifest gives one' }
		]
	},
	{
		name: 'divisions',
		zh: '行政区划',
		en: 'Administrative divisions',
		orderBy: ['code'],
		columns: [
			{ name: 'code', type: 'VARCHAR', required: true, zh: '统计区划代码', en: 'Statistical division code' },
			{ name: 'name', type: 'VARCHAR', required: true, zh: '官方名称', en: 'Official name' },
			{ name: 'level', type: 'VARCHAR', required: true, zh: '层级：city / district / street', en: "Level: 'city', 'district', 'street'" },
			{ name: 'parent_code', type: 'VARCHAR', zh: '上级代码', en: 'Parent code' }
		]
	},
	// Extensions of SCHEMA.md: tables added after the original six; nothing before them changes.
	{
		name: 'checks',
		zh: '抽取核查（每条一行：未读到或存疑的字段）',
		en: 'Extraction checks, one row per field that could not be read or is doubtful',
		orderBy: ['report_id', 'seq'],
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{ name: 'seq', type: 'INTEGER', required: true, zh: '顺序', en: 'Order within the report' },
			{
				name: 'field',
				type: 'VARCHAR',
				required: true,
				zh: '字段（reports 表的列，或 place / indicators / document）',
				en: 'Field: a column of reports, or place / indicators / document'
			},
			{
				name: 'severity',
				type: 'VARCHAR',
				required: true,
				zh: '严重程度：error（数值未写入）/ warning（请人工核对）/ info',
				en: "Severity: 'error' (value kept out), 'warning' (please check), 'info'"
			},
			{
				name: 'code',
				type: 'VARCHAR',
				required: true,
				zh: '核查类别代码（如 budget_missing、place_ambiguous）',
				en: 'Check code, e.g. budget_missing, place_ambiguous'
			},
			{ name: 'reason', type: 'VARCHAR', required: true, zh: '原因（中英文）', en: 'Reason, in Chinese and English' }
		]
	},
	{
		name: 'evidence',
		zh: '报告级数值的证据位置',
		en: 'Evidence offsets of report-level figures',
		orderBy: ['report_id', 'field'],
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{ name: 'field', type: 'VARCHAR', required: true, zh: '字段（reports 表的列）', en: 'Field: a column of reports' },
			...ev()
		]
	},
	{
		name: 'corrections',
		zh: '人工更正（每条一行：谁在何时把哪个字段从什么改成什么）',
		en: 'Corrections made by people: who changed which field from what to what, and when',
		orderBy: ['report_id', 'field'],
		columns: [
			{ name: 'report_id', type: 'VARCHAR', required: true, zh: '报告编号', en: 'Report id' },
			{
				name: 'field',
				type: 'VARCHAR',
				required: true,
				zh: '字段（reports 表的列，或 indicators.<seq>.<列>）',
				en: 'Field: a column of reports, or indicators.<seq>.<column>'
			},
			{ name: 'old_value', type: 'VARCHAR', zh: '原值（机器读出的值）', en: 'Old value (what the machine read)' },
			{ name: 'new_value', type: 'VARCHAR', zh: '新值', en: 'New value' },
			{ name: 'reason', type: 'VARCHAR', zh: '原因', en: 'Reason' },
			{ name: 'reviewer', type: 'VARCHAR', zh: '更正人', en: 'Reviewer' },
			{ name: 'corrected_at', type: 'VARCHAR', zh: '更正时间（ISO 8601）', en: 'When (ISO 8601)' },
			...ev()
		]
	}
];

/** The spec of one table. */
export function tableSpec(name: TableName): TableSpec {
	const t = SCHEMA.find((s) => s.name === name);
	if (!t) throw new Error(`unknown table ${name}`);
	return t;
}

/** CREATE TABLE statement for a table, in DuckDB SQL. */
export function createTableSql(name: TableName, qualifiedName: string = name): string {
	const t = tableSpec(name);
	const cols = t.columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
	return `CREATE TABLE ${qualifiedName} (${cols})`;
}
