import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, findChallenge } from '../catalogue/catalogue.js';
import type { ExperimentFacts, FearedHappened, Outcome } from '../practice/experiment.js';
import { RAIL_SETTINGS, pace } from '../practice/pacing.js';
import { demonstratedLevel, lastOverwhelm } from '../practice/suggestion.js';
import { buildExperiment } from '../practice/test-factories.js';
import { coachSuggest, type CoachInput, type CoachSettings } from './coach.js';

const DAY = 86_400_000;
const at = (day: number, hour = 18) => new Date(Date.UTC(2026, 2, 1) + day * DAY + hour * 3_600_000).toISOString();

/** An ask on a catalogue challenge: the person expected `expected` and felt `actual`. */
function ask(day: number, slug: string, expected: number, actual: number, fearedHappened: FearedHappened = 'no'): ExperimentFacts {
  return buildExperiment({
    challengeSlug: slug,
    occurredAt: at(day),
    expectedSuds: expected,
    actualSuds: actual,
    outcome: 'rejected',
    fearedHappened,
    beliefBefore: 70,
    beliefAfter: fearedHappened === 'no' ? 15 : 70,
  });
}

const slugNear = (difficulty: number, category?: string) =>
  catalogue
    .filter((c) => !category || c.category === category)
    .sort((a, b) => Math.abs(a.difficulty - difficulty) - Math.abs(b.difficulty - difficulty) || (a.slug < b.slug ? -1 : 1))[0]!.slug;

/** Six asks in different kinds of ask, all going better than expected; the last one on day 5. */
function steadyHistory(last: FearedHappened = 'no'): ExperimentFacts[] {
  return [
    ask(0, slugNear(30, 'work-study'), 45, 33),
    ask(1, slugNear(32, 'online'), 45, 34),
    ask(2, slugNear(35, 'friends-plans'), 48, 36),
    ask(3, slugNear(35, 'shops-services'), 50, 38),
    ask(4, slugNear(38, 'everyday-asks'), 52, 40),
    ask(5, slugNear(40, 'strangers-small-talk'), 55, 42, last),
  ];
}

describe('the coach', () => {
  it('starts a brand-new person in the start band, in either mode', () => {
    for (const mode of ['standard', 'supported'] as const) {
      const band = RAIL_SETTINGS[mode].start;
      for (let seed = 0; seed < 40; seed++) {
        const result = coachSuggest({ history: [], settings: { mode }, now: at(0, 9), seed });
        expect(result.status).toBe('open');
        expect(result.level).toBeNull();
        const s = result.suggestion!;
        expect(s.expectedSuds).toBeGreaterThanOrEqual(band.floor);
        expect(s.expectedSuds).toBeLessThanOrEqual(band.ceiling);
        expect(s.personalDifficulty).toBe(s.priorDifficulty);
        expect(s.reason).toMatch(/start/);
      }
    }
  });

  it('steps down after a reported panic, and holds back for 48 hours', () => {
    const history = steadyHistory();
    const before = coachSuggest({ history, now: at(6, 9), seed: 1 }).suggestion!;
    const panicAt = at(6, 8);
    const panics = [{ at: panicAt, level: before.expectedSuds }];
    for (let seed = 0; seed < 30; seed++) {
      const after = coachSuggest({ history, settings: { panics }, now: at(6, 9), seed });
      expect(after.pacing.holdUntil).not.toBeNull();
      expect(after.suggestion!.expectedSuds).toBeLessThan(before.expectedSuds);
      expect(after.suggestion!.personalDifficulty).toBeLessThan(before.personalDifficulty);
      expect(after.suggestion!.expectedSuds).toBeLessThanOrEqual(before.expectedSuds - RAIL_SETTINGS.standard.step);
      expect(after.suggestion!.reason).toMatch(/gentler/);
    }
  });

  it('steps down after an overwhelming ask', () => {
    const slug = slugNear(50, 'dating');
    const history = [...steadyHistory(), ask(6, slug, 55, 90)];
    for (let seed = 0; seed < 20; seed++) {
      const result = coachSuggest({ history, now: at(7, 9), seed });
      expect(result.suggestion!.expectedSuds).toBeLessThanOrEqual(findChallenge(slug)!.difficulty - RAIL_SETTINGS.standard.step);
      expect(result.suggestion!.personalDifficulty).toBeLessThan(42);
    }
  });

  it('repeats the ask when its feared consequence came true', () => {
    const history = steadyHistory('yes');
    const lastSlug = history[5]!.challengeSlug;
    for (let seed = 0; seed < 20; seed++) {
      const s = coachSuggest({ history, now: at(6, 9), seed }).suggestion!;
      expect(s.challengeSlug).toBe(lastSlug);
      expect(s.repeat).toBe(true);
      expect(s.reason).toMatch(/same ask again/);
    }
  });

  it('moves on after three confirmed tries of the same ask', () => {
    const slug = slugNear(40, 'strangers-small-talk');
    const history = [ask(0, slug, 55, 45, 'yes'), ask(1, slug, 55, 44, 'yes'), ask(2, slug, 55, 43, 'partly')];
    const s = coachSuggest({ history, now: at(6, 9), seed: 3 }).suggestion!;
    expect(s.challengeSlug).not.toBe(slug);
    expect(s.repeat).toBe(false);
  });

  it('takes a step after a disconfirmed prediction: something new, not easier than what was just managed', () => {
    const history = steadyHistory('no');
    const last = history[5]!;
    for (let seed = 0; seed < 20; seed++) {
      const s = coachSuggest({ history, now: at(6, 9), seed }).suggestion!;
      expect(s.challengeSlug).not.toBe(last.challengeSlug);
      expect(s.repeat).toBe(false);
      expect(s.personalDifficulty).toBeGreaterThanOrEqual(last.actualSuds! - 2);
    }
  });

  it('varies the kind of ask across a week', () => {
    const history: ExperimentFacts[] = [];
    const keys: string[] = [];
    for (let day = 0; day < 7; day++) {
      const s = coachSuggest({ history, now: at(day, 9), seed: 11 + day }).suggestion!;
      keys.push(s.key);
      history.push(ask(day, s.challengeSlug!, s.expectedSuds, s.personalDifficulty));
    }
    expect(new Set(keys).size).toBe(7);
    const categories = new Set(keys.map((k) => findChallenge(k.slice('catalogue:'.length))!.category));
    expect(categories.size).toBeGreaterThanOrEqual(5);
    // No two days in a row in the same kind of ask.
    for (let i = 1; i < keys.length; i++) {
      expect(findChallenge(keys[i]!.slice(10))!.category).not.toBe(findChallenge(keys[i - 1]!.slice(10))!.category);
    }
  });

  it('says why in one readable sentence', () => {
    const s = coachSuggest({ history: steadyHistory(), now: at(6, 9), seed: 2 }).suggestion!;
    expect(s.reason).toMatch(/^[A-Z][^.]*\.$/);
    expect(s.reason.length).toBeLessThan(160);
  });

  it('goes gentler after a long break', () => {
    const history = steadyHistory();
    const soon = coachSuggest({ history, now: at(6, 9), seed: 4 });
    const later = coachSuggest({ history, now: at(40, 9), seed: 4 });
    expect(later.target!).toBeLessThan(soon.target!);
    expect(later.suggestion!.reason).toMatch(/break/);
  });

  it('aims below what the person recently passed on', () => {
    const history = [
      ...steadyHistory(),
      buildExperiment({ challengeSlug: slugNear(55, 'dating'), occurredAt: at(6), expectedSuds: 60, outcome: 'not-done', actualSuds: null, fearedHappened: null, beliefAfter: null }),
    ];
    for (let seed = 0; seed < 10; seed++) {
      const s = coachSuggest({ history, now: at(7, 9), seed }).suggestion!;
      expect(s.anticipatedSuds).toBeLessThan(57);
      expect(s.reason).toMatch(/passed on/);
    }
  });

  it('returns no suggestion, only the status, when the rails are not open', () => {
    const cases: [CoachSettings, string][] = [
      [{ pausedFor: 'crisis' }, 'paused-crisis'],
      [{ pausedFor: 'under-18' }, 'paused-under-18'],
      [{ clinician: { pauseSuggestions: true } }, 'paused-clinician'],
      [{ suggestionsToday: 3 }, 'daily-cap'],
    ];
    for (const [settings, status] of cases) {
      const result = coachSuggest({ history: steadyHistory(), settings, now: at(6, 9), seed: 1 });
      expect(result.status).toBe(status);
      expect(result.suggestion).toBeNull();
    }
  });

  it('honours a clinician’s lower maximum', () => {
    const result = coachSuggest({ history: steadyHistory(), settings: { clinician: { maxExpectedSuds: 35 } }, now: at(6, 9), seed: 1 });
    expect(result.suggestion!.expectedSuds).toBeLessThanOrEqual(35);
  });

  it('suggests the person’s own unmastered rungs, never mastered ones or skipped keys', () => {
    const rungs = [
      { id: 'r1', title: 'Ask my neighbour for sugar', challengeSlug: null, suds: 40, createdAt: at(0, 0) },
      { id: 'r2', title: 'Mastered already', challengeSlug: null, suds: 40, createdAt: at(0, 0), mastery: 'mastered' as const },
    ];
    const keys = new Set<string>();
    for (let seed = 0; seed < 30; seed++) keys.add(coachSuggest({ history: steadyHistory(), settings: { rungs }, now: at(6, 9), seed }).suggestion!.key);
    expect(keys.has('rung:r2')).toBe(false);
    const skip = [...keys];
    const s = coachSuggest({ history: steadyHistory(), settings: { rungs, skip }, now: at(6, 9), seed: 0 }).suggestion!;
    expect(skip).not.toContain(s.key);
  });

  it('is deterministic for a fixed seed, whatever the order of the history', () => {
    const history = steadyHistory();
    const input: CoachInput = { history, now: at(6, 9), seed: 42 };
    const a = coachSuggest(input);
    expect(coachSuggest(input)).toEqual(a);
    expect(coachSuggest({ ...input, history: [...history].reverse() })).toEqual(a);
    const seeds = new Set(Array.from({ length: 30 }, (_, seed) => coachSuggest({ ...input, seed }).suggestion!.key));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('property: never outside the rails, and exactly the rails’ decision', () => {
    const entry = fc.record({
      day: fc.integer({ min: 0, max: 40 }),
      hour: fc.integer({ min: 0, max: 23 }),
      slug: fc.constantFrom(...catalogue.map((c) => c.slug), null),
      expected: fc.option(fc.integer({ min: 0, max: 100 })),
      actual: fc.option(fc.integer({ min: 0, max: 100 })),
      outcome: fc.constantFrom<Outcome | null>('rejected', 'accepted', 'partly', 'not-done', null),
      feared: fc.constantFrom<FearedHappened | null>('no', 'partly', 'yes', null),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 25 }),
        fc.array(fc.record({ day: fc.integer({ min: 30, max: 42 }), level: fc.option(fc.integer({ min: 0, max: 100 })) }), { maxLength: 2 }),
        fc.constantFrom('standard' as const, 'supported' as const),
        fc.option(fc.record({ maxStep: fc.option(fc.integer({ min: 0, max: 20 })), maxExpectedSuds: fc.option(fc.integer({ min: 0, max: 100 })) })),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (entries, panicDays, mode, clinician, seed) => {
          const history = entries.map((x) =>
            buildExperiment({
              challengeSlug: x.slug,
              occurredAt: at(x.day, x.hour),
              expectedSuds: x.expected,
              actualSuds: x.outcome === 'not-done' || x.outcome === null ? null : x.actual,
              outcome: x.outcome,
              fearedHappened: x.feared,
            }),
          );
          const panics = panicDays.map((p) => ({ at: at(p.day, 12), level: p.level }));
          const now = at(42, 9);
          const result = coachSuggest({ history, settings: { mode, panics, clinician }, now, seed });
          const level = demonstratedLevel(history, [], catalogue);
          const overwhelm = lastOverwhelm(history, panics, [], catalogue, level ?? RAIL_SETTINGS[mode].start.target);
          const rails = pace({ mode, now, clinician, demonstratedLevel: level, lastOverwhelm: overwhelm });
          expect(result.pacing).toEqual(rails);
          expect(result.level).toBe(level);
          if (result.suggestion) {
            expect(rails.status).toBe('open');
            expect(result.suggestion.expectedSuds).toBeLessThanOrEqual(rails.ceiling);
            expect(result.suggestion.reason).toMatch(/\.$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
