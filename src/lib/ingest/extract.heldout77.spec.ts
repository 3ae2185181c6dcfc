import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A seventy-seventh held-out set (test/extract/heldout77), 18 fixtures, written blind late in session 23 and
// measured the moment it landed, before its texts were read: 97.3% correct with the code of that moment (4 wrong;
// no wrong place; all four non-reports rejected; 96.2% and 8 wrong with the code of the session's start). Kept
// untouched to the end of that session; developed on in session 24.
fixtureSetSpec('heldout77', 'extract() on a seventy-seventh held-out set of reports', {
	fixtures: 18,
	provinces: 15,
	correct: 0.995,
	wrong: 2
});
