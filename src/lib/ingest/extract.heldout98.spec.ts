import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A ninety-eighth held-out set (test/extract/heldout98), 18 fixtures, written blind at the end of session 25 (six reports
// after the layouts of sites no earlier set used) and measured the moment it landed, before its texts were read: 91.8%
// correct with the code of that moment (c8d53aa; 11 wrong: four titles, three project names, a unit, a unit level, two
// indicators; no wrong place; all four non-reports rejected; the same with the code of the session's start). Kept
// untouched through session 25; developed on in session 26.
fixtureSetSpec('heldout98', 'extract() on a ninety-eighth held-out set of reports', {
	fixtures: 18,
	provinces: 16,
	correct: 0.935,
	wrong: 7
});
