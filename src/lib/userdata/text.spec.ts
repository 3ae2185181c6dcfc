import { describe, expect, it } from 'vitest';
import { decodeUpload, detectDelimiter } from './text';

const gbk = (s: string) => {
	// The GBK bytes of 区 (C7 F8) and 年 (C4 EA), written out by hand from the GB2312 table.
	const map: Record<string, number[]> = { 区: [0xc7, 0xf8], 年: [0xc4, 0xea] };
	return new Uint8Array([...s].flatMap((c) => map[c] ?? [c.charCodeAt(0)]));
};

describe('decodeUpload', () => {
	const enc = new TextEncoder();
	const cases: [string, Uint8Array, string | null, string][] = [
		['utf-8', enc.encode('a,b\n区,年\n'), 'a,b\n区,年\n', 'utf-8'],
		['utf-8 with BOM (BOM removed)', new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('x,区')]), 'x,区', 'utf-8'],
		['GBK', gbk('a,区年'), 'a,区年', 'gb18030'],
		['empty', new Uint8Array(), null, 'empty file'],
		['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), null, 'binary file']
	];
	it.each(cases)('%s', (_n, bytes, text, enOrEncoding) => {
		const r = decodeUpload(bytes);
		if (text === null) {
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.en).toContain(enOrEncoding);
		} else {
			expect(r).toMatchObject({ ok: true, text, encoding: enOrEncoding });
		}
	});
});

describe('detectDelimiter', () => {
	const cases: [string, string][] = [
		['a,b,c\n1,2,3', ','],
		['a\tb\tc\n1\t2\t3', '\t'],
		['a;b;c\n1;2,5;3', ';'],
		['a|b\n1|2', '|'],
		['"x,y";b;c\n"1,2";3;4', ';'],
		['single', ',']
	];
	it.each(cases)('%j → %j', (text, d) => expect(detectDelimiter(text)).toBe(d));
});
