// Worker thread body for pool.ts: read, decode and extract the files the main thread sends (progress posted per OCR page).
// Plain JS so it starts without a loader; tsImport compiles the TypeScript it needs (loader hooks are per thread).
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { extractFileParts } = await tsImport('./extract-file.ts', import.meta.url);
parentPort.on('message', async (job) => {
	const parts = await extractFileParts(job, undefined, (done, total, what) => parentPort.postMessage({ id: job.id, progress: [done, total, what] }));
	parentPort.postMessage({ id: job.id, parts });
});
