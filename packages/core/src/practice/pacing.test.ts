import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/catalogue.js';
import { combineClinicianLimits, DAILY_SUGGESTION_CAP, headsUpFor, pace, RAIL_SETTINGS } from './pacing.js';
import { suggestNext } from './suggestion.js';
import { buildExperiment } from './test-factories.js';

const now = '2026-03-20T12:00:00.000Z';
const hoursBefore = (h: number) => new Date(new Date(now).getTime() - h * 3_600_000).toISOString();

describe('pacing rails', () => {
  it.each([
    { name: 'new person, standard', ctx: { demonstratedLevel: null }, expect: { floor: 20, target: 30, ceiling: 45, step: 15 } },
    { name: 'new person, supported mode starts lower', ctx: { mode: 'supported' as const, demonstratedLevel: null }, expect: { floor: 10, target: 20, ceiling: 30, step: 10 } },
    { name: 'standard: one step of 15 above the level', ctx: { demonstratedLevel: 40 }, expect: { target: 45, ceiling: 55, step: 15 } },
    { name: 'supported: one step of 10 above the level', ctx: { mode: 'supported' as const, demonstratedLevel: 40 }, expect: { target: 45, ceiling: 50, step: 10 } },
    { name: 'never above 100', ctx: { demonstratedLevel: 95 }, expect: { ceiling: 100, target: 100 } },
    {
      name: 'after an overwhelming ask: steps down below it, held 48 h',
      ctx: { demonstratedLevel: 50, lastOverwhelm: { at: hoursBefore(2), level: 60 }, now },
      expect: { ceiling: 45, target: 45, holdUntil: '2026-03-22T10:00:00.000Z' },
    },
    {
      name: 'still held at 47 h',
      ctx: { demonstratedLevel: 50, lastOverwhelm: { at: hoursBefore(47), level: 60 }, now },
      expect: { ceiling: 45, holdUntil: '2026-03-20T13:00:00.000Z' },
    },
    {
      name: 'the hold ends after 48 h',
      ctx: { demonstratedLevel: 50, lastOverwhelm: { at: hoursBefore(48), level: 60 }, now },
      expect: { ceiling: 65, target: 55, holdUntil: null },
    },
    {
      name: 'supported mode steps down by 10',
      ctx: { mode: 'supported' as const, demonstratedLevel: 30, lastOverwhelm: { at: hoursBefore(1), level: 35 }, now },
      expect: { ceiling: 25, target: 25 },
    },
    { name: 'a clinician can lower the step', ctx: { demonstratedLevel: 40, clinician: { maxStep: 5 } }, expect: { ceiling: 45, step: 5 } },
    { name: 'a clinician cannot raise the step', ctx: { demonstratedLevel: 40, clinician: { maxStep: 40 } }, expect: { ceiling: 55, step: 15 } },
    { name: 'a clinician can cap the distress', ctx: { demonstratedLevel: 40, clinician: { maxExpectedSuds: 42 } }, expect: { ceiling: 42, target: 42 } },
  ])('$name', ({ ctx, expect: expected }) => {
    expect(pace(ctx)).toMatchObject({ status: 'open', ...expected });
  });

  it.each([
    { ctx: { demonstratedLevel: 30, pausedFor: 'crisis' as const }, status: 'paused-crisis' },
    { ctx: { demonstratedLevel: 30, pausedFor: 'under-18' as const }, status: 'paused-under-18' },
    { ctx: { demonstratedLevel: 30, clinician: { pauseSuggestions: true } }, status: 'paused-clinician' },
    { ctx: { demonstratedLevel: 30, suggestionsToday: DAILY_SUGGESTION_CAP - 1 }, status: 'open' },
    { ctx: { demonstratedLevel: 30, suggestionsToday: DAILY_SUGGESTION_CAP }, status: 'daily-cap' },
    { ctx: { demonstratedLevel: 30, suggestionsToday: 3, pausedFor: 'crisis' as const }, status: 'paused-crisis' },
  ])('status $status', ({ ctx, status }) => {
    expect(pace(ctx).status).toBe(status);
  });

  it('suggests nothing while paused or capped', () => {
    const base = { rungs: [], experiments: [], catalogue, today: '2026-03-20', seed: 1 };
    expect(suggestNext({ ...base, pacing: { pausedFor: 'crisis' } }).suggestion).toBeNull();
    expect(suggestNext({ ...base, pacing: { suggestionsToday: 3 } }).suggestion).toBeNull();
    expect(suggestNext({ ...base, pacing: { suggestionsToday: 2 } }).suggestion).not.toBeNull();
  });

  it('gives a supported-mode newcomer a low first suggestion', () => {
    for (let seed = 0; seed < 40; seed++) {
      const { suggestion } = suggestNext({ rungs: [], experiments: [], catalogue, today: '2026-03-20', seed, pacing: { mode: 'supported' } });
      expect(suggestion!.expectedSuds).toBeLessThanOrEqual(RAIL_SETTINGS.supported.start.ceiling);
    }
  });

  it('after a reported panic the next suggestion is easier, for 48 hours', () => {
    const experiments = [buildExperiment({ occurredAt: hoursBefore(30), expectedSuds: 45, actualSuds: 40 })];
    const input = { rungs: [], experiments, catalogue, today: '2026-03-20', pacing: { now } };
    const calm = suggestNext({ ...input, seed: 3 });
    const panicked = suggestNext({ ...input, seed: 3, panics: [{ at: hoursBefore(1), level: 45 }] });
    expect(calm.pacing.ceiling).toBe(60);
    expect(panicked.pacing.ceiling).toBe(30);
    expect(panicked.suggestion!.expectedSuds).toBeLessThanOrEqual(30);
    const later = suggestNext({ ...input, seed: 3, panics: [{ at: hoursBefore(49), level: 45 }] });
    expect(later.pacing.holdUntil).toBeNull();
  });

  it('gives a clear, kind heads-up only for a choice above the rails', () => {
    const decision = pace({ demonstratedLevel: 40 });
    expect(headsUpFor(55, decision)).toBeNull();
    const headsUp = headsUpFor(80, decision)!;
    expect(headsUp.above).toBe(25);
    expect(headsUp.message).toContain('your choice');
    expect(headsUp.message).toContain('stopping is not failure');
    expect(headsUp.message).not.toMatch(/shouldn.t|must not|dangerous|fail(ed|ure)? to|weak/i);
  });

  it('property: while the rails hold, no suggestion exceeds the demonstrated level plus one step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 200 })), { maxLength: 10 }),
        fc.constantFrom('standard' as const, 'supported' as const),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        fc.integer({ min: 0, max: 1_000 }),
        (asks, mode, maxStep, seed) => {
          const experiments = asks.map(([expected, actual, hoursAgo]) =>
            buildExperiment({ occurredAt: hoursBefore(hoursAgo), expectedSuds: expected, actualSuds: actual }),
          );
          const result = suggestNext({
            rungs: [],
            experiments,
            catalogue,
            today: '2026-03-20',
            seed,
            pacing: { mode, now, clinician: maxStep === undefined ? null : { maxStep } },
          });
          if (!result.suggestion) return;
          const step = Math.min(RAIL_SETTINGS[mode].step, maxStep ?? 100);
          const limit = result.level === null ? RAIL_SETTINGS[mode].start.ceiling : result.level + step;
          expect(result.suggestion.expectedSuds).toBeLessThanOrEqual(limit);
          if (result.pacing.holdUntil) expect(result.suggestion.expectedSuds).toBeLessThanOrEqual(result.pacing.ceiling);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('clinician limits plugged into the rails', () => {
  const now = '2026-06-01T09:00:00.000Z';
  it.each([
    ['no clinician: the defaults', null, { ceiling: 45, step: 15, status: 'open' }],
    ['a lower maximum wins over the default ceiling', { maxExpectedSuds: 30 }, { ceiling: 30, step: 15, status: 'open' }],
    ['a smaller step wins over the default step', { maxStep: 5 }, { step: 5, status: 'open' }],
    ['a higher maximum never loosens', { maxExpectedSuds: 90, maxStep: 40 }, { ceiling: 45, step: 15 }],
    ['a pause stops suggestions', { pauseSuggestions: true }, { status: 'paused-clinician' }],
  ] as const)('%s', (_name, clinician, expected) => {
    expect(pace({ mode: 'standard', now, demonstratedLevel: null, clinician })).toMatchObject(expected);
  });

  it('lets a clinician’s maximum bind after practice has raised the level', () => {
    expect(pace({ mode: 'standard', now, demonstratedLevel: 60, clinician: { maxExpectedSuds: 50 } }).ceiling).toBe(50);
    expect(pace({ mode: 'standard', now, demonstratedLevel: 60, clinician: { maxStep: 5 } }).ceiling).toBe(65);
  });

  it('combines several clinicians: the strictest of each limit, any pause', () => {
    expect(combineClinicianLimits([])).toBeNull();
    expect(
      combineClinicianLimits([
        { maxStep: 10, maxExpectedSuds: null, pauseSuggestions: false },
        { maxStep: null, maxExpectedSuds: 40, pauseSuggestions: false },
        { maxStep: 5, maxExpectedSuds: 60, pauseSuggestions: true },
      ]),
    ).toEqual({ maxStep: 5, maxExpectedSuds: 40, pauseSuggestions: true });
  });

  it('property: combined limits are never looser than any one clinician’s', () => {
    const limit = fc.record({
      maxStep: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      maxExpectedSuds: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      pauseSuggestions: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(limit, { minLength: 1, maxLength: 5 }), fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), (limits, level) => {
        const combined = pace({ mode: 'standard', now, demonstratedLevel: level, clinician: combineClinicianLimits(limits) });
        for (const one of limits) {
          const alone = pace({ mode: 'standard', now, demonstratedLevel: level, clinician: one });
          expect(combined.ceiling).toBeLessThanOrEqual(alone.ceiling);
          expect(combined.step).toBeLessThanOrEqual(alone.step);
          if (alone.status === 'paused-clinician') expect(combined.status).toBe('paused-clinician');
        }
      }),
    );
  });
});
