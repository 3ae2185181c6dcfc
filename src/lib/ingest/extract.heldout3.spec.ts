import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A third held-out set (test/extract/heldout3), written in session 6 by someone who neither read nor ran the extractor.
// First measured at 76.9% correct, 38 wrong values, 1 wrong place, one of its two non-reports accepted. Two general
// rules were then written without reading its fixtures (final-accounts pages and funding plans are no reports); the
// one wrong place (a county unit's 2-character county, 康县) was looked at and fixed by a general rule with specs of
// its own: 77.9%, 36 wrong, no wrong place; one non-report is still read as a report. From 03:20 UTC of session 6 it is a
// development set (heldout4 took its place as the untouched set): 87.8%, 11 wrong, both non-reports rejected.
fixtureSetSpec('heldout3', 'extract() on a third held-out set of reports', { fixtures: 20, provinces: 14, correct: 0.95, wrong: 3 });
