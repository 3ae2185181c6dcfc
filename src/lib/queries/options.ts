/** The values each filter control can take, from the data. */
import { gradeOrder } from './fragments';
import type { Sql } from './typed';

/** One selectable filter value; parent is the district of a street. */
export interface FilterOptionRow {
	kind: 'district' | 'street' | 'year' | 'evaluation_type' | 'grade';
	value: string;
	parent: string | null;
}

/** Every district, street (with its district), year (as text), evaluation type and grade present in reports. */
export function filterOptionsQuery(): Sql<FilterOptionRow> {
	return [
		'SELECT kind, value, parent FROM (',
		"SELECT DISTINCT 'district' AS kind, district AS value, NULL::VARCHAR AS parent, 1 AS k, 0 AS o FROM reports WHERE district IS NOT NULL",
		"UNION ALL SELECT DISTINCT 'street', street, district, 2, 0 FROM reports WHERE street IS NOT NULL",
		"UNION ALL SELECT DISTINCT 'year', CAST(year AS VARCHAR), NULL, 3, year FROM reports WHERE year IS NOT NULL",
		"UNION ALL SELECT DISTINCT 'evaluation_type', evaluation_type, NULL, 4, 0 FROM reports WHERE evaluation_type IS NOT NULL",
		`UNION ALL SELECT DISTINCT 'grade', grade, NULL, 5, ${gradeOrder('grade')} FROM reports WHERE grade IS NOT NULL`,
		') ORDER BY k, o, parent NULLS FIRST, value'
	].join(' ');
}
