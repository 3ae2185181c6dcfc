import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// An eighth held-out set (test/extract/heldout8), 20 fixtures from 20 provinces written in session 8 by someone who neither
// read nor ran the extractor. First measured untouched, after the rules written on heldout7 that morning: 78.9% correct,
// 26 wrong values, 2 wrong places (street-level codes read at county level), two of three non-reports accepted. Four of its
// `achieved` values were then corrected by reading (93.5% meets 不低于90%: the writer's check took 不低于 for 低于), and
// project names compare without a leading year: 80.5%, 18 wrong. Then development: 90.4%, 1 wrong, no wrong place.
fixtureSetSpec('heldout8', 'extract() on an eighth held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.95, wrong: 1 });
