/** The CSV template offered on /data: the reports table's columns, one example row. Pure. */
import { tableSpec } from '../schema/tables';
import { BUNDLED_PLACE } from '../places/bundled';

/** Example values for the template's row (the rest left empty). */
const EXAMPLE: Record<string, string> = {
	report_id: 'my-2026-001',
	source_file: 'my-reports.csv',
	title: '某街道2026年度党建工作经费绩效自评报告',
	year: '2026',
	province: BUNDLED_PLACE.province,
	city: BUNDLED_PLACE.city,
	district: '白云区',
	street: '均禾街道',
	unit_level: 'street',
	project_name: '党建工作经费',
	evaluation_type: '单位自评',
	budget_wan: '120.5',
	actual_wan: '110',
	score: '92',
	grade: '优',
	synthetic: 'false'
};

/** UTF-8 with BOM (spreadsheets open it as UTF-8): header of every reports column, one example row. */
export function templateCsv(): string {
	const cols = tableSpec('reports').columns.map((c) => c.name);
	return '\uFEFF' + cols.join(',') + '\r\n' + cols.map((c) => EXAMPLE[c] ?? '').join(',') + '\r\n';
}
