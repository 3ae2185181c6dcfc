/** parquet-wasm for the browser, loaded (module and .wasm, self-hosted) only when a Parquet export is asked for. */
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetWriter } from './export';

let loading: Promise<ParquetWriter> | null = null;

/** The initialised parquet-wasm module (once per page). */
export function loadParquetWriter(): Promise<ParquetWriter> {
	loading ??= (async () => {
		const m = await import('parquet-wasm/esm');
		await m.default({ module_or_path: wasmUrl });
		return m as unknown as ParquetWriter;
	})().catch((e) => {
		loading = null;
		throw e;
	});
	return loading;
}
