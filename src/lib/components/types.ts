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
	/** Header in CSV exports when the raw value's unit differs from the displayed one (English money: 10k yuan raw, ¥ m shown). */
	csvLabel?: string;
	/** A second CSV column from the same value (a place's English label beside its Chinese name on English pages). */
	csvAlso?: { label: string; value: (v: unknown) => string };
	/** Shows a synthetic badge after the text when true for the row. */
	synthetic?: (row: R) => boolean;
}
