/** .docx → report text in the browser: the shared limit check (checkDocxParts) first, then mammoth's HTML, tables as tab rows. */
import { htmlToText } from '../formats/html';
import { LIMITS } from '../node/limits';
import { checkDocxParts } from '../node/zip';

type Mammoth = {
	convertToHtml(o: { arrayBuffer: ArrayBuffer }, options?: object): Promise<{ value: string }>;
	images: { imgElement(f: () => Promise<{ src: string }>): unknown };
};

/** Text of a .docx, or throws with the limit's or the damage's reason (zip bomb, too many paragraphs …). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
	// the same limits as the CLI (zip bombs, paragraphs, elements) before mammoth expands anything
	const check = await checkDocxParts(bytes, LIMITS);
	if (!check.ok) throw new Error(check.reason);
	const mod = await import('mammoth/mammoth.browser.js');
	const mammoth = (mod.default ?? mod) as Mammoth;
	const copy = bytes.slice().buffer;
	const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
	return htmlToText((await mammoth.convertToHtml({ arrayBuffer: copy }, { convertImage })).value, { mode: 'docx' }).text;
}
