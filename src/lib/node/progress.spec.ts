import { describe, expect, it } from 'vitest';
import { progressBar, progressLine } from './progress';

describe('progressLine', () => {
	it.each([
		[{ done: 0, total: 10, elapsedMs: 0 }, '[..........] 0/10 files  0/s  ETA 0s'],
		[{ done: 5, total: 10, elapsedMs: 1000 }, '[#####.....] 5/10 files  5/s  ETA 1s'],
		[{ done: 300, total: 1000, elapsedMs: 1000 }, '[###.......] 300/1000 files  300/s  ETA 3s']
	])('%j', (p, line) => {
		expect(progressLine(p, 20)).toBe(line); // narrow terminal: the bar keeps its 10-cell minimum
	});
});

describe('progressLine while a file reports OCR pages', () => {
	it('shows the page count, the file and the time left for it and for the run', () => {
		const p = { done: 3, total: 40, elapsedMs: 3000, current: { file: 'in/scan.pdf', done: 4, total: 12, what: 'OCR page', fileElapsedMs: 28_000 } };
		// 7 s a page: 8 pages left = 56 s; 36 files after this one at 1 file/s
		expect(progressLine(p, 120)).toBe('[###.....................................] 3/40 files  OCR page 4/12 of in/scan.pdf (~56s left)  ETA 1m32s');
	});
	it('draws OCR progress even for a single file', () => {
		const chunks: string[] = [];
		const bar = progressBar({ columns: 80, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream);
		bar.update({ done: 0, total: 1, elapsedMs: 10, current: { file: 'scan.png', done: 0, total: 1, what: 'OCR page', fileElapsedMs: 0 } });
		expect(chunks.join('')).toContain('OCR page 0/1 of scan.png');
	});
});

describe('progressBar', () => {
	const sink = () => {
		const chunks: string[] = [];
		return { chunks, stream: { columns: 60, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream };
	};
	it('stays silent for five files or fewer', () => {
		const s = sink();
		const bar = progressBar(s.stream);
		for (let i = 1; i <= 5; i++) bar.update({ done: i, total: 5, elapsedMs: i });
		expect(s.chunks).toEqual([]);
	});
	it('draws the final state and clears the line before a message', () => {
		const s = sink();
		const bar = progressBar(s.stream);
		bar.update({ done: 6, total: 6, elapsedMs: 1000 });
		bar.log('✗ x.txt: empty file');
		expect(s.chunks.join('')).toBe('\r\x1b[2K' + progressLine({ done: 6, total: 6, elapsedMs: 1000 }, 60) + '\r\x1b[2K✗ x.txt: empty file\n');
	});
});
