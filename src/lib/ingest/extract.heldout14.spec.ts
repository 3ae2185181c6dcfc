import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A fourteenth held-out set (test/extract/heldout14), 20 fixtures from 20 provinces, written by someone who neither read nor ran
// the extractor. First measured untouched in session 11, as soon as it was written: 80.8% correct, 18 wrong values, no wrong place, two of its three non-reports rejected. Developed on in session 11 (its texts read): 93.4%, 11 wrong, all three non-reports rejected.
fixtureSetSpec('heldout14', 'extract() on a fourteenth held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.96, wrong: 4 });
