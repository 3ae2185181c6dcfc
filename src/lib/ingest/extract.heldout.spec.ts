import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A held-out set (test/extract/heldout/README.md): 20 reports from 17 provinces written after real published layouts
// by someone who did not see the extractor; the rules are not tuned on it.
fixtureSetSpec('heldout', 'extract() on a held-out set of reports', { fixtures: 20, provinces: 15, correct: 0.915, wrong: 7 });
