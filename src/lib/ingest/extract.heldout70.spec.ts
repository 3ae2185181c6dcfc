import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A seventieth held-out set (test/extract/heldout70), 18 fixtures, written blind in session 23 and measured the
// moment it landed, before its texts were read: 93.2% correct with the code of that moment (4 wrong, two of them
// non-reports read as reports; no wrong place; two of four non-reports rejected; a PDF form taken for a plan cost
// most of the rest; 91.6% and 11 wrong with the code of the session's start). Then developed on.
fixtureSetSpec('heldout70', 'extract() on a seventieth held-out set of reports', {
	fixtures: 18,
	provinces: 16,
	correct: 0.995,
	wrong: 1
});
