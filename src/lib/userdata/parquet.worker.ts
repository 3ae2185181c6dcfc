/** Worker: Parquet → Arrow IPC (parquet-wasm, loaded only here) → prepared rows. */
import initParquet, { readParquet } from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { prepareUpload } from './prepare';
import type { CheckReply, CheckRequest } from './protocol';

const post = (m: CheckReply) => (self as unknown as Worker).postMessage(m);
let ready: Promise<unknown> | null = null;

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
	const { id, name, bytes, existingIds } = e.data;
	try {
		await (ready ??= initParquet({ module_or_path: wasmUrl }));
		const prepared = await prepareUpload(name, bytes, { existingIds: new Set(existingIds), parquetToIpc: (b) => readParquet(b).intoIPCStream() });
		post({ id, type: 'done', prepared });
	} catch (err) {
		post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
