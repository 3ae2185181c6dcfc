import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A thirtieth held-out set (test/extract/heldout30), 18 fixtures from 13 provinces, written blind in session 15. Measured
// untouched on arrival (79.1% correct, 24 wrong, no wrong place, two of its four non-reports rejected); developed on in
// session 15: 89.3%, 3 wrong, all four rejected.
fixtureSetSpec('heldout30', 'extract() on a thirtieth held-out set of reports', { fixtures: 18, provinces: 13, correct: 0.91, wrong: 3 });
