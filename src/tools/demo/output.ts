import type { DemoDocument } from './types';

/** Header of the manifest the ingest CLI reads from an input folder. */
export const MANIFEST_HEADER = 'source_file,district,street,year,source_url,synthetic';

/** manifest.csv: one row per document, only source_file and synthetic=true filled. */
export function manifestCsv(docs: readonly DemoDocument[]): string {
	return [MANIFEST_HEADER, ...docs.map((d) => `${d.file},,,,,true`)].join('\n') + '\n';
}

/** truth.jsonl: one JSON line per document, keyed by file. */
export function truthJsonl(docs: readonly DemoDocument[]): string {
	return docs.map((d) => JSON.stringify(d.truth)).join('\n') + (docs.length ? '\n' : '');
}

/** True for a file name this generator writes (and may therefore delete before writing again). */
export function isGeneratedName(name: string): boolean {
	return /^demo_\d+\.(txt|md)$/.test(name) || name === 'truth.jsonl' || name === 'manifest.csv';
}
