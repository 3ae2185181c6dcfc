import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A seventh held-out set (test/extract/heldout7), 20 fixtures from 20 provinces written in session 7 by someone who neither
// read nor ran the extractor, and kept untouched: no rule was written on it and its misses were never read. First measured
// at 87.5% correct, 16 wrong values, no wrong place, both non-reports rejected; with the rules written on heldout6 later in
// the session: 87.9%, 13 wrong. In session 8 it became development (heldout8 the new untouched set): 91.4%, 5 wrong.
fixtureSetSpec('heldout7', 'extract() on a seventh held-out set of reports', { fixtures: 20, provinces: 18, correct: 0.955, wrong: 3 });
