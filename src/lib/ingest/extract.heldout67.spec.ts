import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A sixty-seventh held-out set (test/extract/heldout67), 18 fixtures, written blind late in session 22 and measured
// the moment it landed, before its texts were read: 98.9% correct with the code of that moment (3 wrong, two of them
// non-reports read as reports; no wrong place; two of four non-reports rejected; 90.6% and 6 wrong with the code of
// the session's start). Kept untouched through session 22, developed on in session 23.
fixtureSetSpec('heldout67', 'extract() on a sixty-seventh held-out set of reports', {
	fixtures: 18,
	provinces: 15,
	correct: 1,
	wrong: 0
});
