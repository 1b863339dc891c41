import type { ExperimentFacts } from './experiment.js';

let n = 0;
/** Builds an experiment with sensible defaults; a test states only what matters to it. */
export function buildExperiment(overrides: Partial<ExperimentFacts> = {}): ExperimentFacts {
  n += 1;
  return {
    id: `e${String(n).padStart(5, '0')}`,
    rungId: null,
    challengeSlug: null,
    occurredAt: '2026-03-10T12:00:00.000Z',
    timeZone: 'UTC',
    expectedSuds: 50,
    beliefBefore: 70,
    outcome: 'rejected',
    actualSuds: 30,
    fearedHappened: 'no',
    beliefAfter: 30,
    ...overrides,
  };
}
