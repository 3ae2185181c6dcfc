/** RTF → text on hand-written RTF (the GBK bytes of text written here made with the test's GBK encoder). */
import { describe, expect, it } from 'vitest';
import { gbkEncode } from '../../../test/cli/fixtures';
import { RtfError, rtfToText } from './rtf';

const enc = (s: string) => new TextEncoder().encode(s);
/** Text as \'hh escapes of its GBK bytes (ASCII kept). */
const hh = (t: string) => Array.from(gbkEncode(t), (b) => (b < 0x80 ? String.fromCharCode(b) : `\\'${b.toString(16)}`)).join('');

describe('rtfToText', () => {
	it.each([
		[
			"\\'hh bytes in the \\ansicpg936 code page, \\par as a line break",
			`{\\rtf1\\ansi\\ansicpg936\\deff0 ${hh('本项目全年预算数120万元')}\\par ${hh('自评等级为优。')}\\par}`,
			'本项目全年预算数120万元\n自评等级为优。'
		],
		[
			"bytes in the font's charset (\\fcharset134) when the code page is 1252, as WPS writes",
			`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 ${hh('宋体')};}{\\f1\\fswiss\\fcharset0 Arial;}}\\f0 ${hh('执行率')}\\f1  95%\\par}`,
			'执行率 95%'
		],
		[
			'\\uN with its fallback skipped (\\uc1 ?, \\uc2 two bytes, a negative N)',
			"{\\rtf1\\ansi\\uc1\\u39044?\\u31639?{\\uc2\\u25968\\'ca\\'fd}\\u-28729?}",
			'预算数\u8fc7'
		],
		[
			'font and colour tables, info, \\*\\ destinations and field instructions skipped; a field result kept',
			`{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\info{\\title secret}}{\\*\\generator Riched20;}{\\*\\unknowndest hidden}{\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt link}} text}`,
			'link text'
		],
		[
			'table cells (\\cell, \\row) as tab-separated rows; \\line, \\tab and escaped braces',
			'{\\rtf1\\ansi\\trowd\\cellx1000\\cellx2000\\intbl a\\cell b\\cell\\row\\trowd\\cellx1000\\cellx2000\\intbl c\\cell \\cell\\row\\pard x\\line y\\tab z \\{\\}\\\\}',
			'a\tb\nc\nx\ny\tz {}\\'
		],
		[
			'\\emdash, \\ldblquote and friends; raw line breaks in the file are not text',
			'{\\rtf1\\ansi 2019\\endash 2023\r\n\\ldblquote ok\\rdblquote}',
			'2019\u20132023\u201Cok\u201D'
		]
	])('%s', (_, rtf, want) => expect(rtfToText(enc(rtf))).toBe(want));
	it("a picture's hex and \\bin data are not text", () => {
		expect(rtfToText(enc('{\\rtf1\\ansi before{\\pict\\pngblip 89504e47}{\\*\\blipuid 0a}\\bin4 {}}xafter}'))).toBe('beforeafter');
	});
	it('refuses what is not RTF and groups nested past the limit', () => {
		expect(() => rtfToText(enc('just text'))).toThrow(new RtfError('not an RTF document (no {\\rtf header)'));
		expect(() => rtfToText(enc('{\\rtf1' + '{'.repeat(5000)))).toThrow('groups nested deeper than 1000');
	});
});
