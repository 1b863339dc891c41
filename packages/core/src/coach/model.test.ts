import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/catalogue.js';
import type { ExperimentFacts } from '../practice/experiment.js';
import { buildExperiment } from '../practice/test-factories.js';
import { categoryLevels, fitPersonalModel, predictPeak, type ChallengeContext } from './model.js';

const DAY = 86_400_000;
const at = (day: number) => new Date(Date.UTC(2026, 2, 1) + day * DAY + 18 * 3_600_000).toISOString();
const ctx: ChallengeContext = { rungs: new Map(), bySlug: new Map(catalogue.map((c) => [c.slug, c])) };
const inCategory = (category: string) => catalogue.filter((c) => c.category === category);

/** Asks on challenges of one category, each felt `factor` times its catalogue rating. */
function asks(category: string, factor: number, fromDay: number, count: number, expectedFactor = factor): ExperimentFacts[] {
  const pool = inCategory(category).filter((c) => c.difficulty >= 25 && c.difficulty <= 50);
  return Array.from({ length: count }, (_, i) => {
    const c = pool[i % pool.length]!;
    return buildExperiment({
      challengeSlug: c.slug,
      occurredAt: at(fromDay + i),
      expectedSuds: Math.min(100, Math.round(c.difficulty * expectedFactor)),
      actualSuds: Math.min(100, Math.round(c.difficulty * factor)),
      outcome: 'rejected',
    });
  });
}

describe('the personal model', () => {
  it('is the catalogue’s priors for a brand-new person, with wide uncertainty', () => {
    const model = fitPersonalModel([], ctx, at(0));
    expect(model.asks).toBe(0);
    const p = predictPeak(model, 40, 'dating', 'catalogue:x');
    expect(p.peak).toBeCloseTo(40, 6);
    expect(p.anticipated).toBeCloseTo(40, 6);
    expect(p.sd).toBeGreaterThan(15);
    for (const level of categoryLevels(model)) expect(level.level).toBe(50);
  });

  it('learns that a kind of ask is harder for this person, and lends the rest a little of it', () => {
    const model = fitPersonalModel(asks('dating', 1.5, 0, 8), ctx, at(8));
    const dating = predictPeak(model, 40, 'dating', null);
    const online = predictPeak(model, 40, 'online', null);
    expect(dating.peak).toBeGreaterThan(55);
    expect(online.peak).toBeGreaterThan(40);
    expect(online.peak).toBeLessThan(dating.peak);
    expect(online.sd).toBeGreaterThan(dating.sd);
    const levels = new Map(categoryLevels(model).map((l) => [l.category, l]));
    expect(levels.get('dating')!.level).toBeLessThan(levels.get('online')!.level);
    expect(levels.get('dating')!.asks).toBe(8);
  });

  it('stays cautious with sparse data', () => {
    const one = fitPersonalModel(asks('work-study', 0.6, 0, 1), ctx, at(1));
    const many = fitPersonalModel(asks('work-study', 0.6, 0, 12), ctx, at(12));
    const pOne = predictPeak(one, 40, 'work-study', null);
    const pMany = predictPeak(many, 40, 'work-study', null);
    expect(pOne.peak).toBeGreaterThan(pMany.peak);
    expect(pOne.sd).toBeGreaterThan(pMany.sd);
  });

  it('assumes part of the progress fades over a long break, and grows less sure', () => {
    const history = [...asks('shops-services', 1.2, 0, 3), ...asks('shops-services', 0.6, 3, 10)];
    const now = fitPersonalModel(history, ctx, at(13));
    const later = fitPersonalModel(history, ctx, at(60));
    const pNow = predictPeak(now, 40, 'shops-services', null);
    const pLater = predictPeak(later, 40, 'shops-services', null);
    expect(later.returnedAtNow).toBeGreaterThan(0);
    expect(pLater.peak).toBeGreaterThan(pNow.peak);
    expect(pLater.sd).toBeGreaterThan(pNow.sd);
    expect(later.daysSinceLastAsk).toBe(48);
  });

  it('learns the anticipation gap: expected above felt', () => {
    const model = fitPersonalModel(asks('everyday-asks', 1, 0, 10, 1.5), ctx, at(10));
    const p = predictPeak(model, 40, 'everyday-asks', null);
    expect(p.anticipated).toBeGreaterThan(p.peak + 10);
    expect(model.anticipationGap).toBeGreaterThan(10);
  });

  it('hears what a person dreads even when they passed on it', () => {
    const dreaded = inCategory('being-seen')[3]!;
    const passed = buildExperiment({
      challengeSlug: dreaded.slug,
      occurredAt: at(5),
      expectedSuds: Math.min(100, dreaded.difficulty + 40),
      outcome: 'not-done',
      actualSuds: null,
      fearedHappened: null,
      beliefAfter: null,
    });
    const base = asks('everyday-asks', 1, 0, 5);
    const without = predictPeak(fitPersonalModel(base, ctx, at(6)), 40, 'being-seen', null);
    const withPass = predictPeak(fitPersonalModel([...base, passed], ctx, at(6)), 40, 'being-seen', null);
    expect(withPass.peak).toBeGreaterThan(without.peak + 3);
  });

  it('does not depend on the order of the history, and ignores what is after now', () => {
    const history = [...asks('dating', 1.3, 0, 4), ...asks('online', 0.8, 4, 4)];
    const a = fitPersonalModel(history, ctx, at(8));
    const b = fitPersonalModel([...history].reverse(), ctx, at(8));
    expect(b.mean).toEqual(a.mean);
    const future = buildExperiment({ challengeSlug: history[0]!.challengeSlug, occurredAt: at(20), actualSuds: 99, outcome: 'rejected' });
    expect(fitPersonalModel([...history, future], ctx, at(8)).mean).toEqual(a.mean);
  });
});
