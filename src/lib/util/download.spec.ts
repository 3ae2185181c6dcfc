import { resolveObjectURL } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { download, downloadCsv, type DownloadDocument } from './download';

/** A stand-in for `document`: records the link made, whether it was in the page when clicked, and its removal. */
function fakeDocument() {
	const log: string[] = [];
	const links: { href: string; download: string; clickedInPage: boolean }[] = [];
	const inPage = new Set<object>();
	const doc = {
		createElement(tag: string) {
			expect(tag).toBe('a');
			const a = {
				href: '',
				download: '',
				clickedInPage: false,
				click() {
					a.clickedInPage = inPage.has(a);
					log.push('click');
				},
				remove() {
					inPage.delete(a);
					log.push('remove');
				}
			};
			links.push(a);
			return a;
		},
		body: {
			append(a: object) {
				inPage.add(a);
				log.push('append');
			}
		}
	};
	return { doc: doc as unknown as DownloadDocument, log, links, inPage };
}

describe('download', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('a Blob: one link to its object URL, clicked while in the page, removed, the URL freed later', async () => {
		const f = fakeDocument();
		download(new Blob(['x'], { type: 'application/vnd.apache.parquet' }), 'result.parquet', f.doc);
		expect(f.links).toHaveLength(1);
		const [a] = f.links;
		expect(a.download).toBe('result.parquet');
		expect(a.href).toMatch(/^blob:/);
		expect(a.clickedInPage).toBe(true);
		expect(f.log).toEqual(['append', 'click', 'remove']);
		expect(f.inPage.size).toBe(0);
		const blob = resolveObjectURL(a.href)!;
		expect(blob.type).toBe('application/vnd.apache.parquet');
		expect(await blob.text()).toBe('x');
		vi.runAllTimers();
		expect(resolveObjectURL(a.href)).toBeUndefined();
	});

	it('a URL string (a PNG data URL) is the link as it is, and nothing is freed', () => {
		const f = fakeDocument();
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		download('data:image/png;base64,iVBORw0KGgo=', 'chart.png', f.doc);
		expect(f.links.map((a) => [a.href, a.download])).toEqual([['data:image/png;base64,iVBORw0KGgo=', 'chart.png']]);
		expect(f.log).toEqual(['append', 'click', 'remove']);
		vi.runAllTimers();
		expect(revoke).not.toHaveBeenCalled();
		revoke.mockRestore();
	});

	it('downloadCsv keeps the text byte for byte (BOM, CRLF, neutralised formula) as text/csv in UTF-8', async () => {
		const f = fakeDocument();
		const csv = "\uFEFFname,note\r\n广州市,'=SUM(A1)\r\n";
		downloadCsv(csv, 'reports-template.csv', f.doc);
		const [a] = f.links;
		expect(a.download).toBe('reports-template.csv');
		const blob = resolveObjectURL(a.href)!;
		expect(blob.type).toBe('text/csv;charset=utf-8');
		const bytes = new Uint8Array(await blob.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes).toEqual(new TextEncoder().encode(csv));
	});
});
