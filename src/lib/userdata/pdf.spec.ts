import { describe, expect, it } from 'vitest';
import { pdfjsAssetUrl } from './pdf';

describe('pdfjsAssetUrl', () => {
	it.each([
		['http://127.0.0.1:4173/_app/immutable/workers/upload.worker-x1.js', 'cmaps', 'http://127.0.0.1:4173/_app/pdfjs/cmaps/'],
		['https://example.org/insight/_app/immutable/workers/upload.worker-x1.js', 'standard_fonts', 'https://example.org/insight/_app/pdfjs/standard_fonts/'],
		['http://localhost:5173/src/lib/userdata/upload.worker.ts?worker_file&type=module', 'cmaps', 'http://localhost:5173/_app/pdfjs/cmaps/']
	] as const)('%s → %s %s', (here, dir, want) => expect(pdfjsAssetUrl(dir, here)).toBe(want));
});
