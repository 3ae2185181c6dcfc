import { describe, expect, it } from 'vitest';
import { pagesOrScan, pdfjsAssetUrl } from './pdf';

describe('pdfjsAssetUrl', () => {
	it.each([
		['http://127.0.0.1:4173/_app/immutable/workers/upload.worker-x1.js', 'cmaps', 'http://127.0.0.1:4173/_app/pdfjs/cmaps/'],
		['https://example.org/insight/_app/immutable/workers/upload.worker-x1.js', 'standard_fonts', 'https://example.org/insight/_app/pdfjs/standard_fonts/'],
		['http://localhost:5173/src/lib/userdata/upload.worker.ts?worker_file&type=module', 'cmaps', 'http://localhost:5173/_app/pdfjs/cmaps/']
	] as const)('%s → %s %s', (here, dir, want) => expect(pdfjsAssetUrl(dir, here)).toBe(want));
});

describe('pagesOrScan', () => {
	it('keeps a text layer, leaves an empty one to the caller, refuses a garbage one', () => {
		expect(pagesOrScan(['本项目全年预算数120万元', '第二页'])).toBe('本项目全年预算数120万元\n\n第二页');
		expect(pagesOrScan(['', ' '])).toBe('\n\n ');
		expect(() => pagesOrScan(['ÃÂ¤Ã¦Â±Â'.repeat(40)])).toThrow(/^garbage text layer \(\d+% unreadable characters\)$/);
	});
});
