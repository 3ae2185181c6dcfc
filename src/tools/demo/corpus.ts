import * as OpenCC from 'opencc-js/cn2t';
import { HEADING, ROW } from './common';
import { hardWrap, toFullWidth } from './format';
import { renderGrid } from './grid';
import { renderKey } from './key';
import { renderNarrative } from './narrative';
import { drawPlan } from './plan';
import { demoCities, type CityData } from './nationwide';
import { createRng, mixSeed, type Rng } from './rng';
import type { DemoDocument } from './types';

/** Options of generateCorpus. */
export interface CorpusOptions {
	reports: number;
	seed: number;
	/** Spread over the cities of nationwide.ts DEMO_CITIES (default: Guangzhou only, as the bundled data). */
	nationwide?: boolean;
}

let toTraditional: ((s: string) => string) | null = null;
function traditional(s: string): string {
	toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
	return toTraditional(s);
}

/** Turns marked lines into the final text: headings plain or Markdown, PDF-style wrapping, blank lines. */
function layoutText(lines: readonly string[], rng: Rng, markdown: boolean, wrap: number | null, blank: boolean): string {
	const out: string[] = [];
	for (const line of lines) {
		if (line.startsWith(HEADING)) {
			const level = Number(line[1]);
			const text = line.slice(2);
			if (markdown) out.push('#'.repeat(level) + ' ' + (level > 1 && rng.chance(0.3) ? `**${text}**` : text));
			// A PDF breaks a long title too ("…海幢街道" / "办事处部门重点项目绩效评价报告").
			else if (wrap && level === 1 && rng.chance(0.5)) out.push(hardWrap(text, wrap).join(blank ? '\n\n' : '\n'));
			else out.push(text);
		} else if (line.startsWith(ROW)) {
			out.push(line.slice(1));
		} else if (wrap) {
			const parts = hardWrap(line, wrap);
			out.push(parts.join(blank ? '\n\n' : '\n'));
		} else {
			out.push(line);
		}
	}
	return out.join(blank ? '\n\n' : '\n') + '\n';
}

/** Generates one document; document i of a seed is the same whatever the corpus size. */
export function generateDocument(index: number, seed: number, width = 5, cities?: readonly CityData[]): DemoDocument {
	const rng = createRng(mixSeed(seed, index));
	const plan = drawPlan(rng, cities);
	const stem = `demo_${String(index + 1).padStart(width, '0')}`;
	const markdown = plan.layout !== 'grid' && rng.chance(0.08);
	const file = stem + (markdown ? '.md' : '.txt');
	const { lines, truth } =
		plan.layout === 'grid' ? renderGrid(plan, rng, file) : plan.layout === 'key' ? renderKey(plan, rng, file) : renderNarrative(plan, rng, file);
	if (markdown) truth.variants.push('markdown');
	const wrap = plan.layout !== 'grid' && !markdown && rng.chance(0.3) ? rng.int(26, 34) : null;
	if (wrap) truth.variants.push('hardwrap');
	if (plan.approx) truth.variants.push('approx');
	let text = layoutText(lines, rng, markdown, wrap, plan.layout !== 'grid' && rng.chance(0.5));
	if (rng.chance(0.04)) {
		text = toFullWidth(text);
		truth.variants.push('fullwidth');
	}
	if (rng.chance(0.04)) {
		text = traditional(text);
		truth.variants.push('traditional');
	}
	return { file, text, truth };
}

/** Generates a deterministic demonstration corpus of `reports` documents from `seed`. */
export function generateCorpus({ reports, seed, nationwide }: CorpusOptions): DemoDocument[] {
	if (!Number.isInteger(reports) || reports < 0) throw new Error(`generateCorpus: reports must be a non-negative integer, got ${reports}`);
	if (!Number.isInteger(seed)) throw new Error(`generateCorpus: seed must be an integer, got ${seed}`);
	const width = Math.max(5, String(reports).length);
	const cities = nationwide ? demoCities() : undefined;
	return Array.from({ length: reports }, (_, i) => generateDocument(i, seed, width, cities));
}
