import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/catalogue.js';
import { challengeDay } from './challenge-run.js';
import { START_BAND, STEP_UP } from './pacing.js';
import { demonstratedLevel, suggestNext } from './suggestion.js';
import { buildExperiment } from './test-factories.js';

const today = '2026-03-20';

describe('suggestion', () => {
  it('starts a brand-new person in the moderate start band', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { suggestion, level } = suggestNext({ rungs: [], experiments: [], catalogue, today, seed });
      expect(level).toBeNull();
      expect(suggestion!.expectedSuds).toBeGreaterThanOrEqual(START_BAND.floor);
      expect(suggestion!.expectedSuds).toBeLessThanOrEqual(START_BAND.ceiling);
      expect(suggestion!.reason.length).toBeGreaterThan(10);
    }
  });

  it('is deterministic for the same input and seed', () => {
    const input = { rungs: [], experiments: [buildExperiment({ expectedSuds: 40 })], catalogue, today, seed: 7 };
    expect(suggestNext(input)).toEqual(suggestNext(input));
  });

  it('prefers the person’s own ladder near their level', () => {
    const rungs = [
      { id: 'r1', title: 'Ask my neighbour for a cup of sugar', challengeSlug: null, suds: 35, createdAt: '2026-03-01T00:00:00Z', mastery: 'practising' as const },
    ];
    const picks = Array.from({ length: 30 }, (_, seed) => suggestNext({ rungs, experiments: [], catalogue, today, seed }).suggestion!.key);
    expect(picks.filter((k) => k === 'rung:r1').length).toBeGreaterThan(3);
  });

  it('never suggests mastered rungs or what was skipped', () => {
    const rungs = [
      { id: 'm', title: 'Mastered one', challengeSlug: null, suds: 30, createdAt: '2026-03-01T00:00:00Z', mastery: 'mastered' as const },
    ];
    const skip: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { suggestion } = suggestNext({ rungs, experiments: [], catalogue, today, seed: 1, skip });
      expect(suggestion!.key).not.toBe('rung:m');
      expect(skip).not.toContain(suggestion!.key);
      skip.push(suggestion!.key);
    }
  });

  it('steps down after an overwhelming ask', () => {
    const experiments = [
      buildExperiment({ occurredAt: '2026-03-18T10:00:00Z', expectedSuds: 50, actualSuds: 40 }),
      buildExperiment({ occurredAt: '2026-03-19T10:00:00Z', expectedSuds: 60, actualSuds: 92 }),
    ];
    expect(demonstratedLevel(experiments, [], catalogue)).toBe(50);
    for (let seed = 0; seed < 20; seed++) {
      const result = suggestNext({ rungs: [], experiments, catalogue, today, seed, pacing: { now: '2026-03-20T10:00:00Z' } });
      expect(result.suggestion!.expectedSuds).toBeLessThanOrEqual(45);
      expect(result.pacing.holdUntil).toBe('2026-03-21T10:00:00.000Z');
    }
  });

  it('property: never more than one step above the demonstrated level (no flooding)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), { maxLength: 8 }),
        fc.integer({ min: 0, max: 10_000 }),
        (pairs, seed) => {
          const experiments = pairs.map(([expected, actual], i) =>
            buildExperiment({ occurredAt: `2026-03-${String(i + 1).padStart(2, '0')}T10:00:00Z`, expectedSuds: expected, actualSuds: actual }),
          );
          const { suggestion, level } = suggestNext({ rungs: [], experiments, catalogue, today, seed });
          if (!suggestion) return;
          const ceiling = level === null ? START_BAND.ceiling : level + STEP_UP;
          expect(suggestion.expectedSuds).toBeLessThanOrEqual(ceiling);
        },
      ),
    );
  });

  it('does not suggest again what was already asked today', () => {
    const slug = catalogue.find((c) => c.difficulty === 30)?.slug ?? catalogue[0]!.slug;
    const experiments = [buildExperiment({ occurredAt: '2026-03-20T09:00:00Z', challengeSlug: slug, expectedSuds: 30, actualSuds: 20 })];
    for (let seed = 0; seed < 30; seed++) {
      expect(suggestNext({ rungs: [], experiments, catalogue, today, seed }).suggestion!.challengeSlug).not.toBe(slug);
    }
  });
});

it('measures the level by the challenge’s rating, not the (usually inflated) prediction', () => {
  const easy = catalogue.find((c) => c.difficulty === 30) ?? catalogue.find((c) => c.difficulty < 35)!;
  const experiments = [buildExperiment({ challengeSlug: easy.slug, expectedSuds: 70, actualSuds: 40 })];
  expect(demonstratedLevel(experiments, [], catalogue)).toBe(easy.difficulty);
  const rung = { id: 'r', title: 'Mine', challengeSlug: null, suds: 42, createdAt: '2026-03-01T00:00:00Z' };
  expect(demonstratedLevel([buildExperiment({ rungId: 'r', expectedSuds: 80 })], [rung], catalogue)).toBe(42);
});

describe('30-day challenge', () => {
  it.each([
    ['2026-03-20', '2026-03-20', { day: 1, complete: false }],
    ['2026-03-01', '2026-03-30', { day: 30, complete: false }],
    ['2026-03-01', '2026-03-31', { day: 30, complete: true }],
    ['2026-03-21', '2026-03-20', null],
    ['2026-03-07', '2026-03-09', { day: 3, complete: false }],
  ])('started %s, today %s', (start, now, expected) => {
    expect(challengeDay(start, now)).toEqual(expected);
  });
});
