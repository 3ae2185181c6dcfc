/** Colour-blind-safe series colours (Okabe–Ito), each ≥ 3:1 against white and against #0d1117. */
export const SERIES = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8a7a00', '#7f7f7f'];

/** Grade colours: green, blue, amber, vermillion (ordered 优 良 中 差). */
export const GRADE_COLOUR: Record<string, string> = { 优: '#009E73', 良: '#0072B2', 中: '#E69F00', 差: '#D55E00', 未评级: '#7f7f7f' };

/** Achievement colours. */
export const ACHIEVED = { achieved: '#009E73', not: '#D55E00', unknown: '#9aa4ae' };

/** Sequential ramp for heat maps (light → dark blue, readable in both themes with labels off). */
export const RAMP = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

/** Text colour placeholder in server-rendered SVG, replaced by `currentColor` so the page's theme applies. */
export const SSR_INK = '#010203';

/** Axis and grid line grey that reads on light and dark backgrounds. */
export const RULE = '#8c959f';
