/** A one-line progress bar (files done / total, rate, ETA) for a TTY stream. */
import type { IngestProgress } from './ingest';

/** A bar that redraws at most every 100 ms and only when there are more than `minTotal` files. */
export function progressBar(stream: NodeJS.WriteStream, minTotal = 5) {
	let last = 0;
	let shown = false;
	const clear = () => {
		if (shown) stream.write('\r\x1b[2K');
		shown = false;
	};
	return {
		update(p: IngestProgress) {
			if (p.total <= minTotal) return;
			const now = Date.now();
			if (p.done < p.total && now - last < 100) return;
			last = now;
			stream.write('\r\x1b[2K' + progressLine(p, stream.columns ?? 80));
			shown = true;
		},
		log(line: string) {
			clear();
			stream.write(line + '\n');
		},
		done() {
			clear();
		}
	};
}

/** The bar's text: `[#####.....] 120/1000 files  350/s  ETA 3s`. */
export function progressLine(p: IngestProgress, columns: number): string {
	const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
	const eta = rate > 0 ? Math.ceil((p.total - p.done) / rate) : 0;
	const tail = ` ${p.done}/${p.total} files  ${rate.toFixed(0)}/s  ETA ${eta}s`;
	const width = Math.max(10, Math.min(40, columns - tail.length - 3));
	const filled = p.total ? Math.round((width * p.done) / p.total) : width;
	return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${tail}`;
}
