/**
 * Errors that mean "this result (or a step on the way to it) does not fit in the browser's memory".
 * DuckDB-WASM has at most 4 GB of linear memory and the page's JavaScript far less for one result; past
 * that it fails with messages that do not say so (seen in Chromium: a 1.9 GB result gives "ArrowArrayStruct
 * contains null data pointer for a buffer with non-zero computed size") or that suggest settings the
 * locked console refuses (SET memory_limit, threads, temp_directory). The console shows its own message.
 */

const TOO_LARGE: RegExp[] = [
	// DuckDB-WASM: an Arrow buffer whose allocation failed inside the engine (seen with a 1.9 GB result).
	/ArrowArrayStruct contains null data pointer/i,
	// DuckDB: the buffer manager's limit ("Out of Memory Error: failed to allocate data of size 4.0 GiB").
	/Out of Memory Error/i,
	/(?:failed|could not|unable) to allocate/i,
	// DuckDB's Arrow appender: one batch holds more than 2 GB of text.
	/maximum total string size/i,
	/Array size exceeds maximum allowed size/i,
	// The page's JavaScript: an ArrayBuffer or array too large to create.
	/Array buffer allocation failed/i,
	/Invalid (?:typed )?array length/i,
	/\bOOM\b|out of memory/i
];

/** True when a failed statement's message means the result or its working memory is too large for the browser. */
export function isTooLarge(message: string): boolean {
	return TOO_LARGE.some((re) => re.test(message));
}

/**
 * Result bytes the console keeps for display and export (the row cap alone lets 100,000 wide rows of long
 * text take gigabytes); past it rows are still counted, not kept.
 */
export const DISPLAY_BYTES = 64 * 1024 * 1024;
