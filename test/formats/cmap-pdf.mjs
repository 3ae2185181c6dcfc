/**
 * Minimal PDFs written byte by byte. cmapPdf: a PDF whose text can only be read with pdfjs's predefined CMaps: a Type0 font
 * with the /UniGB-UCS2-H encoding over the non-embedded CIDFont STSong-Light (Adobe-GB1), no ToUnicode. The
 * codes in the content stream are UCS-2; pdfjs needs UniGB-UCS2-H.bcmap to turn them into CIDs and
 * Adobe-GB1-UCS2.bcmap to turn the CIDs back into text. Shared by the CLI spec and the browser e2e.
 */

/** The report the PDF holds, one line each (written for this test; names and figures our own). */
export const CMAP_REPORT = [
	'2024年度石门街道社区服务经费项目支出绩效自评报告',
	'根据区财政局的通知，石门街道办事处对社区服务经费开展了绩效自评。',
	'本项目全年预算数80万元，全年执行数76万元，预算执行率95%。',
	'自评得分91分，自评等级为优。'
];

/** What a person reads in it. */
export const CMAP_EXPECTED = { budget_wan: 80, actual_wan: 76, score: 91, grade: '优' };

const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join('');

/** The PDF's bytes, lines top to bottom at 12 pt. */
export function cmapPdf(lines = CMAP_REPORT) {
	return pdfOf(
		lines.map((l) => `<${hex(l)}>`),
		[
			'<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
			'<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
			'<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'
		]
	);
}

/**
 * A PDF whose text layer is mojibake (what a broken font mapping gives: "ÃÂ¤Ã¦Â±Â…"), in Helvetica with
 * WinAnsiEncoding: the CLI reads such a PDF by OCR, the browser names the CLI.
 */
export function garbagePdf() {
	const line = [...'ÃÂ¤Ã¦Â±Â'.repeat(5)].map((c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`).join('');
	return pdfOf(
		Array.from({ length: 8 }, () => `(${line})`),
		['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
	);
}

/** One A4 page showing each string operand on a line of its own in font object 5 (`fonts` are objects 5, 6 …). */
function pdfOf(strings, fonts) {
	const content = ['BT', '/F1 12 Tf', '14 TL', '40 800 Td', ...strings.map((s, i) => `${i ? 'T* ' : ''}${s} Tj`), 'ET'].join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		...fonts
	];
	let pdf = '%PDF-1.4\n';
	const offsets = [];
	objects.forEach((o, i) => {
		offsets.push(pdf.length);
		pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = pdf.length;
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(pdf); // ASCII only: text in hex or octal escapes
}
