/**
 * English labels of the dataset's places for English pages ("Baiyun District (白云区)"), shipped by the layout's
 * server load (pinyin-pro stays on the server) and read by filters, tables, CSVs and charts. On Chinese pages the
 * map is empty and every name stays as it is.
 */
let current: Record<string, string> = {};

/** Sets the labels of the page being shown (the layout does, before any child renders). */
export function setPlaceNames(map: Record<string, string> | null | undefined): void {
	current = map ?? {};
}

/** A place's label on the page: its English label when the page has one, otherwise the name itself. */
export function placeName(name: string): string {
	return current[name] ?? name;
}

/** Whether the page has English labels (English pages). */
export function hasPlaceNames(): boolean {
	for (const _ in current) return true;
	return false;
}
