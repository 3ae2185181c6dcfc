import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A tenth held-out set (test/extract/heldout10), 20 fixtures from 20 provinces (Tibet, Qinghai, Xinjiang and others no
// earlier set had) written in session 9 by someone who neither read nor ran the extractor. First measured untouched:
// 73.9% correct, 20 wrong values, no wrong place, two of three non-reports accepted. Developed on: 96.5%, 2 wrong, every
// non-report rejected.
fixtureSetSpec('heldout10', 'extract() on a tenth held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.975, wrong: 2 });
