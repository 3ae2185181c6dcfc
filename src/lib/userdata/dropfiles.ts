/** Files from a drop: plain files, and every file inside dropped folders (webkitGetAsEntry). Browser only. */

type Entry = {
	isFile: boolean;
	isDirectory: boolean;
	name: string;
	file?(ok: (f: File) => void, err: (e: unknown) => void): void;
	createReader?(): { readEntries(ok: (e: Entry[]) => void, err: (e: unknown) => void): void };
};

async function walk(entry: Entry, out: File[]): Promise<void> {
	if (entry.isFile && entry.file) {
		out.push(await new Promise<File>((ok, err) => entry.file!(ok, err)));
	} else if (entry.isDirectory && entry.createReader) {
		const reader = entry.createReader();
		// readEntries returns at most ~100 entries per call: read until it returns none.
		for (;;) {
			const batch = await new Promise<Entry[]>((ok, err) => reader.readEntries(ok, err));
			if (batch.length === 0) break;
			for (const e of batch) await walk(e, out);
		}
	}
}

/** Every file in a DataTransfer, folders walked recursively; hidden files (.DS_Store …) skipped. */
export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
	const entries = [...dt.items]
		.map((i) => (i.kind === 'file' && 'webkitGetAsEntry' in i ? (i.webkitGetAsEntry() as Entry | null) : null))
		.filter((e): e is Entry => !!e);
	if (entries.length === 0) return [...dt.files];
	const out: File[] = [];
	for (const e of entries) await walk(e, out);
	return out.filter((f) => !f.name.startsWith('.'));
}
