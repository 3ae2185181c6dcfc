import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A hundred-and-first held-out set (test/extract/heldout101), 18 fixtures, written blind early in session 26 (six reports
// after the layouts of sites no earlier set used) and measured the moment it landed, before its texts were read: 97.8%
// correct with the code of that moment (cf158a9; 4 wrong, two of them non-reports accepted, none a place; the same with the
// code of the session's start, 1a9b326). Kept untouched.
fixtureSetSpec('heldout101', 'extract() on a hundred-and-first held-out set of reports', {
	fixtures: 18,
	provinces: 15,
	correct: 0.975,
	wrong: 4,
	unrejected: 2
});
