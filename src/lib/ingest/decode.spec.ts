import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const utf16 = (s: string, le: boolean) => {
	const out: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
	}
	return out;
};

// Mostly ideographs (一 is U+4E00: a zero byte on the "wrong" side), some ASCII digits and line ends.
const REPORTISH = '一、项目概述\n2023年度预算数为100万元，实际支出数为99.96万元，预算执行率为99.96%。\n二、绩效评价结论\n综合评分92分，等级为优。\n';

// GBK bytes written by hand from the GBK code chart: 党 B5B3, 建 BDA8, 经 BEAD, 费 B7D1.
const GBK_DANGJIAN_JINGFEI = [0xb5, 0xb3, 0xbd, 0xa8, 0xbe, 0xad, 0xb7, 0xd1];

describe('decodeBytes', () => {
	const good: [string, Uint8Array, string, string][] = [
		['UTF-8', utf8('党建经费 100万元'), '党建经费 100万元', 'utf-8'],
		['UTF-8 with BOM', cat([0xef, 0xbb, 0xbf], utf8('绩效评价')), '绩效评价', 'utf-8'],
		['UTF-16LE with BOM', cat([0xff, 0xfe], utf16('绩效 A1', true)), '绩效 A1', 'utf-16le'],
		['UTF-16BE with BOM', cat([0xfe, 0xff], utf16('绩效 A1', false)), '绩效 A1', 'utf-16be'],
		['GBK', cat(GBK_DANGJIAN_JINGFEI, utf8(' 2023\n')), '党建经费 2023\n', 'gb18030'],
		['ASCII with CRLF and tabs', utf8('a\tb\r\nc'), 'a\tb\r\nc', 'utf-8'],
		['UTF-16LE without BOM', new Uint8Array(utf16(REPORTISH, true)), REPORTISH, 'utf-16le'],
		['UTF-16BE without BOM', new Uint8Array(utf16(REPORTISH, false)), REPORTISH, 'utf-16be']
	];
	it.each(good)('decodes %s', (_name, bytes, text, encoding) => {
		expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding });
	});

	const bad: [string, Uint8Array, RegExp][] = [
		['an empty file', new Uint8Array(0), /^empty file$/],
		['whitespace only', utf8(' \n\t\n'), /^empty file/],
		['bytes with NULs', cat(utf8('PK'), [3, 4, 0, 0, 8, 0]), /^binary file, not text$/],
		[
			'binary with zeros on one side of each pair (not UTF-16 text)',
			new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : 0x80 + (i % 7)))),
			/^binary file, not text$/
		],
		['many control bytes', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 0x41))), /^binary file, not text$/],
		['bytes neither UTF-8 nor GB18030', cat(utf8('abc'), [0x80, 0x80, 0xff]), /not valid UTF-8.*offset 3/],
		[
			'UTF-8 with one damaged byte',
			cat(utf8('绩效评价报告：党建工作经费'), [0xff], utf8('项目支出预算数为一百万元')),
			/^invalid UTF-8 at byte offset 39 \(the rest of the file is UTF-8\)$/
		],
		['a broken UTF-8 body after a BOM', cat([0xef, 0xbb, 0xbf], [0xe7, 0xbb]), /invalid UTF-8 after a UTF-8 byte-order mark/]
	];
	it.each(bad)('rejects %s', (_name, bytes, reason) => {
		const r = decodeBytes(bytes);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(reason);
	});
});
