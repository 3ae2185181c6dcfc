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
