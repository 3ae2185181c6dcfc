/** A one-line progress bar (files done / total, rate, ETA) for a TTY stream. */
import type { IngestProgress } from './ingest';

/** A bar that redraws at most every 100 ms and only when there are more than `minTotal` files or a file reports pages (OCR). */
export function progressBar(stream: NodeJS.WriteStream, minTotal = 5) {
	let last = 0;
	let shown = false;
	const clear = () => {
		if (shown) stream.write('\r\x1b[2K');
		shown = false;
	};
	return {
		update(p: IngestProgress) {
			if (p.total <= minTotal && !p.current) return;
			const now = Date.now();
			if (p.done < p.total && now - last < 100 && !p.current) return;
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

/**
 * The bar's text: `[#####.....] 120/1000 files  350/s  ETA 3s`; while a file reports pages (OCR), the page
 * count and that file's time left: `[##........] 3/40 files  OCR page 4/12 of scan.pdf (~56s left)  ETA 9m`.
 */
export function progressLine(p: IngestProgress, columns: number): string {
	const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
	let eta = rate > 0 ? Math.ceil((p.total - p.done) / rate) : 0;
	let inner = '';
	if (p.current) {
		const c = p.current;
		const perPage = c.done > 0 ? c.fileElapsedMs / c.done : 0;
		const left = perPage > 0 ? Math.ceil(((c.total - c.done) * perPage) / 1000) : 0;
		const name = c.file.length > 24 ? '…' + c.file.slice(-23) : c.file;
		inner = `  ${c.what} ${c.done}/${c.total} of ${name}${left ? ` (~${duration(left)} left)` : ''}`;
		// files after this one at the rate so far, plus what this one still needs
		eta = (rate > 0 ? Math.ceil((p.total - p.done - 1) / rate) : 0) + left;
	}
	const tail = ` ${p.done}/${p.total} files${p.current ? '' : `  ${rate.toFixed(0)}/s`}${inner}  ETA ${duration(eta)}`;
	const width = Math.max(10, Math.min(40, columns - tail.length - 3));
	const filled = p.total ? Math.round((width * p.done) / p.total) : width;
	return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${tail}`;
}

/** Seconds as "45s", "3m05s", "1h02m". */
export function duration(s: number): string {
	if (s < 60) return `${s}s`;
	if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
	return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
