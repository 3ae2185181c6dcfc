// Reader sandbox thread body for sandbox.ts: document bytes → text with the limits of heavy.ts (progress posted per OCR page).
// Plain JS so it starts without a loader; tsImport compiles the TypeScript it needs (loader hooks are per thread).
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { readHeavy, preload } = await tsImport('./heavy.ts', import.meta.url);
// mammoth is loaded before 'ready', so a file's time limit counts reading, not this thread's start (heavy.ts: preload).
await preload();
parentPort.postMessage({ ready: true });
parentPort.on('message', async ({ id, bytes, ext, limits }) => {
	let result;
	try {
		result = await readHeavy(bytes, ext, limits, (done, total, what) => parentPort.postMessage({ id, progress: [done, total, what] }));
	} catch (e) {
		result = {
			ok: false,
			reason: `unreadable ${String(ext).slice(1)} (${String(e?.message ?? e)
				.split('\n')[0]
				.slice(0, 160)})`
		};
	}
	parentPort.postMessage({ id, result });
});
