// Worker thread body for pool.ts: read, decode and extract the files the main thread sends.
// Plain JS so it starts without a loader; tsImport compiles the TypeScript it needs (loader hooks are per thread).
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { extractFile } = await tsImport('./extract-file.ts', import.meta.url);
parentPort.on('message', async (job) => {
	parentPort.postMessage({ id: job.id, result: await extractFile(job) });
});
