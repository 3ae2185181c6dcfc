#!/usr/bin/env node
// Usage: node src/tools/cli/fix-lock.mjs  (after any npm install that rewrote package-lock.json)
// npm drops optional platform packages the registry here does not serve from the lock; npm ci then
// refuses the lock. Re-add them as optional, platform-guarded entries (never installed on linux-x64).
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const plat = (name) => {
	const m = /-(darwin|linux|win32)-(x64|arm64)(-musl)?$/.exec(name);
	return m ? { os: [m[1]], cpu: [m[2]], ...(m[1] === 'linux' ? { libc: [m[3] ? 'musl' : 'glibc'] } : {}) } : null;
};
let added = 0;
for (const [path, meta] of Object.entries(pk)) {
	for (const [dep, ver] of Object.entries(meta.optionalDependencies ?? {})) {
		if (pk['node_modules/' + dep] || pk[path + '/node_modules/' + dep]) continue;
		const p = plat(dep);
		if (!p) {
			console.log('skip (not a platform package)', dep);
			continue;
		}
		pk['node_modules/' + dep] = { version: ver, cpu: p.cpu, ...(p.libc ? { libc: p.libc } : {}), license: 'MIT', optional: true, os: p.os };
		added++;
		console.log('added', dep);
	}
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
