import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A fifty-second held-out set (test/extract/heldout52), 18 fixtures, written blind late in session 20 and measured the
// moment it landed, before its texts were read: 98.6% correct with the code of that moment (4 wrong, two of them
// non-reports read as reports; no wrong place; two of four non-reports rejected; 97.5% with the code of the session's
// start). Kept untouched through session 20; developed on in session 21 (its texts read for the first time).
fixtureSetSpec('heldout52', 'extract() on a fifty-second held-out set of reports', {
	fixtures: 18,
	provinces: 16,
	correct: 1,
	wrong: 0
});
