import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A forty-first held-out set (test/extract/heldout41), 18 fixtures from 14 provinces, written blind in session 17 against the
// code of that session's midpoint and measured before its texts were read: 89.6% correct (16 wrong, no wrong place, two of
// four non-reports rejected). Kept untouched through session 17
// (89.8% at its end), developed on in session 18.
fixtureSetSpec('heldout41', 'extract() on a forty-first held-out set of reports', {
	fixtures: 18,
	provinces: 14,
	correct: 0.98,
	wrong: 1
});
