/**
 * Performance indicators, by layout and pass:
 * - grid (grid.ts, grid-text.ts, funds.ts, rows.ts): the 项目支出绩效自评表 and its funds table, from
 *   rows of cells or from text flattened in any way;
 * - score lines (score-lines.ts): "立项依据充分性（分值3分，得分3分）" under a level heading;
 * - narrative (narrative.ts): figures stated in prose, labelled by the nearest level label;
 * - declared (declared.ts): 三级指标 a report names and then reports in prose.
 */
export type { Cell, GridCheck, GridFacts, GridResult, GridTable, RawIndicator, Span } from './shared';
export { isBackgroundTitle, isFurniture } from './shared';
export { parseGridCells } from './grid';
export { parseGrids } from './grid-text';
export { solveFundsRow } from './funds';
export { parseScoreLines } from './score-lines';
export { parseNarrative } from './narrative';
export { linkDeclared } from './declared';
export { completeTargets, dropPartialDuplicates } from './duplicates';
