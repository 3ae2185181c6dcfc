/**
 * `npm run bench:hostile [-- --out FILE] [--keep]`: the ingest CLI (a subprocess, as a user runs it) over
 * each hostile input of test/hostile (committed and generated), next to a run over the five real reports:
 * exit status, wall time, the process's peak resident memory (VmHWM, sampled every 10 ms; worker threads
 * included) and the first message. The dataset in --out must be untouched after every hostile input.
 * Results go to bench/hostile.json (default) and a Markdown table on stdout.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readlink, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMMITTED } from '../../../test/hostile/cases';
import { generateHostile } from '../../../test/hostile/generate';

const CLI = resolve('src/tools/cli/ingest.ts');

interface Row {
	name: string;
	what: string;
	status: number | null;
	expectedStatus: number;
	seconds: number;
	peakMb: number | null;
	message: string;
	datasetIntact: boolean | null;
}

function peakKb(pid: number): number | null {
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) : null;
	} catch {
		return null;
	}
}

function runCli(args: string[]): Promise<{ status: number | null; seconds: number; peakKb: number | null; stdout: string; stderr: string }> {
	const t = performance.now();
	const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	let peak: number | null = null;
	const timer = setInterval(() => {
		const k = peakKb(child.pid!);
		if (k !== null) peak = Math.max(peak ?? 0, k);
	}, 10);
	return new Promise((res) =>
		child.on('exit', (status) => {
			clearInterval(timer);
			res({ status, seconds: (performance.now() - t) / 1000, peakKb: peak, stdout, stderr });
		})
	);
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		strict: true,
		options: { out: { type: 'string', default: 'bench/hostile.json' }, keep: { type: 'boolean' } }
	});
	const root = await mkdtemp(join(tmpdir(), 'bench-hostile-'));
	const rows: Row[] = [];
	try {
		const out = join(root, 'out');
		const cases = [...(await generateHostile(join(root, 'gen'))), ...COMMITTED];
		const base = await runCli(['--quiet', '--out', out, 'data/reports']);
		rows.push({
			name: 'baseline',
			what: 'the five real reports (for comparison)',
			status: base.status,
			expectedStatus: 0,
			seconds: base.seconds,
			peakMb: base.peakKb === null ? null : base.peakKb / 1024,
			message: base.stdout.split('\n').find((l) => l.startsWith('reports written')) ?? '',
			datasetIntact: null
		});
		let link = await readlink(out);
		for (const c of cases) {
			const r = await runCli(['--out', out, ...c.paths]);
			const writes = c.expect.some((e) => e.startsWith('reports written'));
			const message = (r.stderr.split('\n').find((l) => /^[✗!]/.test(l)) ?? r.stderr.split('\n')[0] ?? '').replace(root, '…');
			rows.push({
				name: c.name,
				what: c.what,
				status: r.status,
				expectedStatus: c.status,
				seconds: r.seconds,
				peakMb: r.peakKb === null ? null : r.peakKb / 1024,
				message: message.length > 110 ? message.slice(0, 107) + '…' : message,
				datasetIntact: writes ? null : (await readlink(out)) === link
			});
			if (writes) link = await readlink(out);
			process.stderr.write(`${c.name}: exit ${r.status}, ${r.seconds.toFixed(2)} s\n`);
		}
		const result = { date: new Date().toISOString(), cpus: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 100) / 100), rows };
		await writeFile(values.out!, JSON.stringify(result, null, 2) + '\n');
		const table = [
			'| input | exit (expected) | time | peak memory | dataset before | first message |',
			'|---|---|---|---|---|---|',
			...rows.map(
				(r) =>
					`| ${r.what} | ${r.status} (${r.expectedStatus}) | ${r.seconds.toFixed(1)} s | ${r.peakMb === null ? '?' : `${Math.round(r.peakMb)} MB`} | ${r.datasetIntact === null ? '—' : r.datasetIntact ? 'intact' : '**changed**'} | ${r.message.replace(/\|/g, '\\|')} |`
			)
		];
		process.stdout.write(`bench:hostile ${result.date}, ${result.cpus} CPUs, load ${result.loadavg.join(' ')}\n${table.join('\n')}\n`);
		return rows.every((r) => r.status === r.expectedStatus && r.datasetIntact !== false) ? 0 : 1;
	} finally {
		if (!values.keep) await rm(root, { recursive: true, force: true });
		else process.stderr.write(`kept: ${root}\n`);
	}
}

main().then((code) => (process.exitCode = code));
