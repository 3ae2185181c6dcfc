import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A sixteenth held-out set (test/extract/heldout16), 20 fixtures from 20 provinces, written by someone who neither read nor ran
// the extractor. First measured untouched in session 11, as soon as it was written: 84.3% correct, 30 wrong values, no wrong place, one of its three non-reports rejected. Developed on in session 11 (its texts read): 91.8%, 13 wrong, all three non-reports rejected.
fixtureSetSpec('heldout16', 'extract() on a sixteenth held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.95, wrong: 10 });
