/** One input file through read → decode → extract: the unit of work, in process or in a worker. */
import { basename } from 'node:path';
import type { ExtractInput, ExtractResult, ManifestEntry } from '../ingest/types';
import { extract as realExtract } from '../ingest/extract';
import { readDocument } from './read';

/** A file to extract, with what the manifest says about it. */
export interface FileJob {
	id: number;
	file: string;
	/** A city that breaks ties between places the text names (--city); never a default. */
	city?: string;
	manifest?: ManifestEntry;
}

/** Extract one file; a file that cannot be read becomes { ok: false, reason }. */
export async function extractFile(job: FileJob, extract: (input: ExtractInput) => ExtractResult = realExtract): Promise<ExtractResult> {
	const read = await readDocument(job.file);
	if (!read.ok) return read;
	const input: ExtractInput = { text: read.text, sourceFile: basename(job.file), sha256: read.sha256, city: job.city };
	if (job.manifest) {
		input.manifest = job.manifest;
		if (job.manifest.synthetic != null) input.synthetic = job.manifest.synthetic;
	}
	try {
		return extract(input);
	} catch (e) {
		return { ok: false, reason: `extractor failed: ${e instanceof Error ? e.message : String(e)}` };
	}
}
