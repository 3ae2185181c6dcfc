/** Place names without their administrative suffix, for map and axis labels where room is short (pure, no imports). */

const SUFFIX_ZH = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|街道|省|市|地区|盟|区|县|旗|镇|乡)$/;
const SUFFIX_EN =
	/ (Special Administrative Region|SAR|Uygur Autonomous Region|Zhuang Autonomous Region|Hui Autonomous Region|Autonomous Region|Autonomous Prefecture|Autonomous County|Province|Prefecture|District|County|City|Banner|League|New Area|Forestry District|Subdistrict|Town|Township)$/;

/** A name without its administrative suffix (广东省 → 广东, 越秀区 → 越秀); two characters stay whole. */
export function mapShortZh(name: string): string {
	const s = name.replace(SUFFIX_ZH, '');
	return s.length >= 2 ? s : name;
}

/** An English label without the Chinese after it and without its suffix (Baiyun District (白云区) → Baiyun). */
export function mapShortEn(english: string): string {
	return english.replace(/ \(.*\)$/, '').replace(SUFFIX_EN, '') || english;
}
