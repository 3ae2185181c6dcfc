/**
 * Writes the committed good and bad upload fixtures (run once: npx tsx test/userdata/make-fixtures.ts).
 * The huge file is not here: the spec generates it at test time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildDocx } from '../cli/fixtures';

const here = dirname(fileURLToPath(import.meta.url));
const bad = join(here, 'bad');
const good = join(here, 'good');
mkdirSync(bad, { recursive: true });
mkdirSync(good, { recursive: true });

/** GBK bytes of a string, found by decoding every two-byte GBK code once. */
function gbk(s: string): Uint8Array {
	const dec = new TextDecoder('gbk');
	const map = new Map<string, number[]>();
	for (let a = 0x81; a <= 0xfe; a++)
		for (let b = 0x40; b <= 0xfe; b++) {
			const c = dec.decode(new Uint8Array([a, b]));
			if (c.length === 1 && !map.has(c)) map.set(c, [a, b]);
		}
	return new Uint8Array(
		[...s].flatMap((c) => {
			if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
			const m = map.get(c);
			if (!m) throw new Error(`no GBK code for ${c}`);
			return m;
		})
	);
}

const H = 'report_id,source_file,title,year,district,street,budget_wan,actual_wan,execution_rate,score,grade,synthetic';
const row = (id: string, extra: Partial<Record<string, string>> = {}) => {
	const v: Record<string, string> = {
		report_id: id,
		source_file: `${id}.txt`,
		title: '党建工作经费绩效自评报告',
		year: '2024',
		district: '海珠区',
		street: '南华西街道',
		budget_wan: '50',
		actual_wan: '45',
		execution_rate: '0.9',
		score: '88',
		grade: '良',
		synthetic: 'false',
		...extra
	};
	return H.split(',')
		.map((k) => v[k])
		.join(',');
};
const w = (name: string, content: string | Uint8Array) => writeFileSync(join(bad, name), content);

// Good files: they load and change the dashboard's numbers.
writeFileSync(
	join(good, 'reports-extra.csv'),
	'\uFEFF' +
		[
			H,
			row('user-0001'),
			row('user-0002', { district: '白云区', street: '石门街道', budget_wan: '100', actual_wan: '80', execution_rate: '0.8', score: '75', grade: '中' }),
			row('user-0003', { year: '2023', score: '93', grade: '优' })
		].join('\r\n') +
		'\r\n'
);
writeFileSync(
	join(good, 'findings-extra.tsv'),
	['report_id\tseq\tkind\ttext\ttheme', 'user-0001\t1\t问题\t培训次数不足\t培训教育', 'user-0001\t2\t建议\t增加培训\t培训教育'].join('\n') + '\n'
);

w('empty.csv', '');
w('whitespace-only.csv', '  \n\n \n');
w('binary.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
w('header-only.csv', H + '\n');
w('missing-columns.csv', 'title,year,score\n党建经费,2024,88\n');
w('indicators-missing-columns.csv', 'report_id,name,target_text\nuser-0001,培训次数,≥10次\n');
w('wrong-delimiter.csv', H.replaceAll(',', ':') + '\n' + row('user-0100').replaceAll(',', ':') + '\n');
w('text-in-numeric.csv', [H, row('user-0101', { year: '二〇二四' })].join('\n'));
w('budget-in-words.csv', [H, row('user-0102', { budget_wan: '五十万' })].join('\n'));
w('rate-9000-percent.csv', [H, row('user-0103', { execution_rate: '9000' })].join('\n'));
w('rate-as-percent-number.csv', [H, row('user-0104', { execution_rate: '95' })].join('\n'));
w('score-out-of-range.csv', [H, row('user-0105', { score: '120' })].join('\n'));
w('year-out-of-range.csv', [H, row('user-0106', { year: '1999' })].join('\n'));
w('bad-grade.csv', [H, row('user-0107', { grade: 'A' })].join('\n'));
w('bad-boolean.csv', [H, row('user-0108', { synthetic: 'maybe' })].join('\n'));
w('duplicate-ids.csv', [H, row('user-0109'), row('user-0110'), row('user-0109')].join('\n'));
w('duplicate-of-loaded.csv', [H, row('user-0001')].join('\n'));
w('unknown-table.csv', 'alpha,beta,gamma\n1,2,3\n');
w('ragged-row.csv', [H, row('user-0111'), 'user-0112,x.txt,标题,2024'].join('\n'));
w('unclosed-quote.csv', [H, row('user-0113', { title: '"未闭合的标题' })].join('\n'));
w('duplicate-column.csv', 'report_id,year,year,synthetic\nuser-0114,2024,2024,false\n');
w('findings-bad-kind.csv', 'report_id,seq,kind,text,theme\nuser-0001,3,风险,资金拨付慢,资金管理\n');
// GBK bytes that decode correctly; the problem is the grade value, which must come out readable.
w('gbk-bad-grade.csv', gbk([H, row('user-0115', { grade: '甲' })].join('\r\n')));
// 0xFF is invalid in both UTF-8 and GB18030.
w('bad-encoding.csv', new Uint8Array([...new TextEncoder().encode('report_id,title\nuser-0116,'), 0xff, 0xfe, 0xfd, 0x41, 0x0a]));
// BOM + semicolons are fine; the 95 (a percent) is not.
w('bom-semicolon-percent.csv', '\uFEFF' + [H, row('user-0117', { execution_rate: '95' })].map((l) => l.replaceAll(',', ';')).join('\n'));
w('not-a-report.txt', '会议纪要\n今天讨论了社区活动安排，下周继续。\n');
w('report-unknown-layout.txt', '绩效评价相关说明\n本文件说明预算执行与评价工作的一般要求，不针对具体项目。\n');
w('report-empty.md', '');
w('report-binary.txt', new Uint8Array([0, 1, 2, 3, 4, 5, 0, 0, 0xff, 0x10]));
w('report-already-loaded.txt', readFileSync(join(good, '2024-nanhuaxi-report.txt')));
w('scan.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
w('report.pdf', '%PDF-1.4\n%\u00e2\u00e3\n');

// Parquet: a good one, a truncated copy, and one with the markers but a broken body.
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const goodPq = join(good, 'indicators-extra.parquet');
await c.run(
	`COPY (SELECT 'user-0001' AS report_id, 1 AS seq, '产出' AS level1, '数量' AS level2, '培训次数' AS name, '≥10次' AS target_text, 10.0 AS target_value, '12次' AS actual_text, 12.0 AS actual_value, '次' AS unit, NULL::DOUBLE AS weight, NULL::DOUBLE AS points, true AS achieved, 'table' AS origin, NULL::INTEGER AS evidence_start, NULL::INTEGER AS evidence_end) TO '${goodPq}' (FORMAT parquet)`
);
await c.run(
	`COPY (SELECT 'user-0120' AS report_id, 'x.txt' AS source_file, 2024 AS year, 9000.0 AS execution_rate, false AS synthetic) TO '${join(bad, 'reports-rate-9000.parquet')}' (FORMAT parquet)`
);
c.closeSync();
const pq = readFileSync(goodPq);
w('truncated.parquet', pq.subarray(0, Math.floor(pq.length / 2)));
const broken = Buffer.from(pq);
broken.fill(0x55, 8, broken.length - 8);
w('damaged.parquet', broken);
w('empty.parquet', '');
// .docx: the second hand-written report as a Word file (read by mammoth), and a broken one.
writeFileSync(join(good, '2023-shimen-report.docx'), await buildDocx(readFileSync(join(good, '2023-shimen-report.txt'), 'utf8')));
w('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
console.log('fixtures written');
