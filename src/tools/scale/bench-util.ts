/** Small helpers of the bench: robust statistics, renderer memory, the SQL compared across engines. */
import { readdirSync, readFileSync } from 'node:fs';

/** Median (upper middle for even counts); null for no samples. */
export function median(xs: readonly number[]): number | null {
	return percentile(xs, 0.5);
}

/** Nearest-rank percentile p in [0, 1]; null for no samples. */
export function percentile(xs: readonly number[], p: number): number | null {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

/** The bench query: indicators grouped by their report's district and year; {s} is the schema holding the detail tables. */
export const SQL_BENCH_QUERY =
	'SELECT r.district, r.year, count(*) AS indicators, count(*) FILTER (WHERE i.achieved) AS achieved, avg(i.actual_value) AS mean_actual FROM {s}.indicators i JOIN {s}.reports r ON r.report_id = i.report_id GROUP BY r.district, r.year ORDER BY r.district, r.year';

/** Sum of resident memory (MB) of the renderer processes descending from the browser whose command line holds `marker`. */
export function rendererRssMb(marker: string): number {
	const procs: { pid: string; ppid: string; cmd: string }[] = [];
	for (const pid of readdirSync('/proc')) {
		if (!/^\d+$/.test(pid)) continue;
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			procs.push({ pid, ppid: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1], cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8') });
		} catch {
			// the process ended while we looked
		}
	}
	const mine = new Set(procs.filter((p) => p.cmd.includes(marker)).map((p) => p.pid));
	for (let grew = true; grew;) {
		grew = false;
		for (const p of procs) {
			if (!mine.has(p.pid) && mine.has(p.ppid)) {
				mine.add(p.pid);
				grew = true;
			}
		}
	}
	let kb = 0;
	for (const p of procs) {
		if (!mine.has(p.pid) || !p.cmd.includes('--type=renderer')) continue;
		try {
			const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
			if (m) kb += Number(m[1]);
		} catch {
			// ended
		}
	}
	return kb / 1024;
}
