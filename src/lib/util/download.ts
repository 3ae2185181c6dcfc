/** The part of `document` a download needs (a test passes a stand-in). */
export type DownloadDocument = Pick<Document, 'createElement' | 'body'>;

/**
 * Saves a file named `name` in the browser: one hidden link clicked. `what` is the file's bytes (a Blob, given an
 * object URL freed shortly after) or a URL the caller already has (a PNG's data URL), used as it is.
 */
export function download(what: Blob | string, name: string, doc: DownloadDocument = document): void {
	const href = typeof what === 'string' ? what : URL.createObjectURL(what);
	const a = doc.createElement('a');
	a.href = href;
	a.download = name;
	doc.body.append(a);
	a.click();
	a.remove();
	if (typeof what !== 'string') setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Saves CSV text as `name`, byte for byte as its writer made it (BOM, formula neutralisation: format/csv.ts). */
export function downloadCsv(csv: string, name: string, doc?: DownloadDocument): void {
	download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name, doc);
}
