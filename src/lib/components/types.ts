/** A column of a DataTable / chart table: raw key for CSV, formatted cell for display. */
export interface Column<R = Record<string, unknown>> {
	key: string;
	label: string;
	/** Display text of the cell (default: the raw value as text, '—' for null). */
	format?: (value: unknown, row: R) => string;
	/** Right-aligned numeric column. */
	num?: boolean;
	/** Makes the cell a link. */
	href?: (row: R) => string | null;
	/** Shows a synthetic badge after the text when true for the row. */
	synthetic?: (row: R) => boolean;
}
