import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from './experiment.js';
import { anticipationSummary } from './anticipation.js';
import { practiceStats } from './stats.js';
import { buildExperiment } from './test-factories.js';

describe('practice stats', () => {
  it('counts a rejection as an ask, a yes as an unexpected yes, and not-done apart', () => {
    const s = practiceStats([
      { outcome: 'rejected' },
      { outcome: 'rejected' },
      { outcome: 'accepted' },
      { outcome: 'partly' },
      { outcome: 'not-done' },
      { outcome: null },
    ]);
    expect(s).toEqual({ asks: 4, rejections: 2, acceptances: 1, partly: 1, notDone: 1, unexpectedYeses: 2, unexpectedYesShare: 0.5 });
  });

  it('has no share before the first ask', () => {
    expect(practiceStats([{ outcome: 'not-done' }]).unexpectedYesShare).toBeNull();
  });

  it('properties: parts add up, share within 0–1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OUTCOMES, null)), (outcomes) => {
        const s = practiceStats(outcomes.map((outcome) => ({ outcome })));
        expect(s.rejections + s.acceptances + s.partly).toBe(s.asks);
        expect(s.asks + s.notDone).toBe(outcomes.filter((o) => o !== null).length);
        if (s.unexpectedYesShare !== null) {
          expect(s.unexpectedYesShare).toBeGreaterThanOrEqual(0);
          expect(s.unexpectedYesShare).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('anticipation vs reality', () => {
  it.each([
    { gaps: [[70, 47]], sentence: 'For your first ask, it felt 23 points less bad than you expected.' },
    { gaps: [[70, 40], [60, 44]], sentence: 'On average over 2 asks, it felt 23 points less bad than you expected.' },
    { gaps: [[50, 48], [40, 41]], sentence: 'On average over 2 asks, it felt about as hard as you expected. Your predictions are getting accurate.' },
    { gaps: [[30, 60]], sentence: 'For your first ask, it felt 30 points harder than you expected. That is worth knowing: smaller steps can help, and you still did it.' },
    { gaps: [], sentence: 'Log an ask with a prediction, and you will see here how reality compares.' },
  ])('says $sentence', ({ gaps, sentence }) => {
    const list = gaps.map(([expected, actual], i) =>
      buildExperiment({ expectedSuds: expected!, actualSuds: actual!, occurredAt: `2026-03-1${i}T10:00:00Z` }),
    );
    expect(anticipationSummary(list).sentence).toBe(sentence);
  });

  it('leaves out plans, not-done entries and asks without a prediction', () => {
    const s = anticipationSummary([
      buildExperiment({ expectedSuds: 80, actualSuds: 20 }),
      buildExperiment({ outcome: null, actualSuds: null }),
      buildExperiment({ outcome: 'not-done', actualSuds: null }),
      buildExperiment({ expectedSuds: null, actualSuds: 40 }),
    ]);
    expect(s.points).toHaveLength(1);
    expect(s.averageGap).toBe(60);
    expect(s.averageBeliefDrop).toBe(40);
  });

  it('dates each point by the local day where it happened', () => {
    const s = anticipationSummary([buildExperiment({ occurredAt: '2026-03-10T23:30:00Z', timeZone: 'Asia/Tokyo' })]);
    expect(s.points[0]!.date).toBe('2026-03-11');
  });

  it('property: the average gap lies between the smallest and largest gap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 30 }),
        (pairs) => {
          const s = anticipationSummary(pairs.map(([e, a]) => buildExperiment({ expectedSuds: e, actualSuds: a })));
          const gaps = pairs.map(([e, a]) => e - a);
          expect(s.averageGap!).toBeGreaterThanOrEqual(Math.min(...gaps) - 0.5);
          expect(s.averageGap!).toBeLessThanOrEqual(Math.max(...gaps) + 0.5);
        },
      ),
    );
  });
});
