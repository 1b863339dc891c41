import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rungMastery } from './mastery.js';
import { buildExperiment } from './test-factories.js';

const at = (day: number, o: Parameters<typeof buildExperiment>[0]) =>
  buildExperiment({ occurredAt: `2026-03-${String(day).padStart(2, '0')}T12:00:00.000Z`, ...o });
const calm = { actualSuds: 25, fearedHappened: 'yes' as const, beliefAfter: 60 };
const disconfirmed = { actualSuds: 55, fearedHappened: 'no' as const, beliefAfter: 10 };
const hard = { actualSuds: 60, fearedHappened: 'yes' as const, beliefAfter: 70 };
const flood = { actualSuds: 90, fearedHappened: 'partly' as const, beliefAfter: 50 };

describe('rung mastery', () => {
  it.each([
    { name: 'no attempts', attempts: [], status: 'not-started' },
    { name: 'only not-done entries', attempts: [{ outcome: 'not-done' as const }], status: 'not-started' },
    { name: 'two calm asks are not yet enough', attempts: [calm, calm], status: 'practising' },
    { name: 'three calm asks', attempts: [calm, calm, calm], status: 'mastered' },
    { name: 'disconfirmed predictions count even when distress was high', attempts: [hard, disconfirmed, disconfirmed], status: 'mastered' },
    { name: 'two of the last three counting is enough', attempts: [calm, hard, calm], status: 'mastered' },
    { name: 'only one of the last three counting', attempts: [calm, calm, hard, hard, calm], status: 'practising' },
    { name: 'an overwhelming last ask undoes it', attempts: [calm, calm, calm, flood], status: 'practising' },
    { name: 'not-done entries are ignored, never held against them', attempts: [calm, { outcome: 'not-done' as const }, calm, calm], status: 'mastered' },
  ])('$name → $status', ({ attempts, status }) => {
    const list = attempts.map((o, i) => at(i + 1, o));
    expect(rungMastery(list).status).toBe(status);
  });

  it('does not depend on input order', () => {
    const pool = [calm, hard, disconfirmed, flood];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 8 }), (picks) => {
        const list = picks.map((p, i) => at(i + 1, pool[p]!));
        expect(rungMastery([...list].reverse())).toEqual(rungMastery(list));
      }),
    );
  });

  it('adding a counting attempt never un-masters a rung', () => {
    const pool = [calm, hard, disconfirmed];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 8 }), (picks) => {
        const list = picks.map((p, i) => at(i + 1, pool[p]!));
        if (rungMastery(list).status !== 'mastered') return;
        expect(rungMastery([...list, at(28, calm)]).status).toBe('mastered');
      }),
    );
  });
});
