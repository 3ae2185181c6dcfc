/**
 * The committed part of the hostile corpus (test/hostile/files) as a table: inputs after which the ingest
 * must write no report, the messages it must give, and its exit status. Shared by the spec
 * (src/lib/node/hostile.spec.ts) and the bench (npm run bench:hostile); the generated part is in generate.ts.
 */
import { resolve } from 'node:path';

const CORPUS = resolve('test/hostile/files');

/** A committed hostile input. */
export interface CommittedCase {
	name: string;
	paths: string[];
	expect: string[];
	status: number;
	what: string;
}

export const COMMITTED: CommittedCase[] = [
	{ name: 'not-report', paths: [`${CORPUS}/not-report`], expect: ['recipe.txt: 不是绩效评价报告', 'not an evaluation report'], status: 2, what: 'a text that is not a report' },
	{
		name: 'non-report-files',
		paths: [`${CORPUS}/non-report-files`],
		expect: ['budget.xlsx: this .xlsx is really plain text, not an Excel workbook', 'readme.html: 不是绩效评价报告', 'notes.csv: skipped (not .txt', 'no report to write (2 files read, 2 rejected, 1 skipped)'],
		status: 2,
		what: 'a folder of non-report files only'
	},
	{ name: 'scanned', paths: [`${CORPUS}/scanned`], expect: ['no-text.pdf: no readable text found by OCR in 1 page'], status: 2, what: 'a PDF without text (read by OCR, nothing found)' },
	{
		name: 'broken',
		paths: [`${CORPUS}/broken`],
		expect: [
			'binary.md: binary file, not text',
			'blank.md: empty file (only whitespace)',
			'broken.docx: unreadable docx (not a zip archive',
			'broken.pdf: unreadable pdf (',
			'damaged-utf8.txt: invalid UTF-8 at byte offset 39',
			'empty.txt: empty file'
		],
		status: 2,
		what: 'empty, blank, binary, damaged UTF-8, broken .pdf and .docx'
	}
];
