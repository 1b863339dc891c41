import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAD7, PHQ9 } from './instruments.js';
import { ARSQ_RELIABLE_POINTS, classifyChange, reliableChangeIndex, seDiff } from './reliable-change.js';
import { phq9NeedsCrisisPath, scoreArsq, scoreGad7, scorePhq9 } from './scoring.js';

const gad = (total: number) => {
  const answers = [0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; total > 0; i = (i + 1) % 7) {
    const add = Math.min(3 - answers[i]!, total);
    answers[i]! += add;
    total -= add;
  }
  return answers;
};
const phq = (total: number) => {
  const answers = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; total > 0; i = (i + 1) % 8) {
    const add = Math.min(3 - answers[i]!, total);
    answers[i]! += add;
    total -= add;
  }
  return answers;
};

describe('GAD-7 and PHQ-9 as published', () => {
  it('has 7 and 9 items with the four frequency options, and the LOINC codes', () => {
    expect(GAD7.items).toHaveLength(7);
    expect(PHQ9.items).toHaveLength(9);
    expect(GAD7.options.map((o) => o.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(GAD7.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(PHQ9.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(PHQ9.items[8]!.loinc).toBe('44260-8');
  });

  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe'], [21, 'severe'],
  ])('GAD-7 total %i is %s', (total, band) => {
    const score = scoreGad7(gad(total));
    expect(score.total).toBe(total);
    expect(score.band?.label).toBe(band);
  });

  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'moderately severe'], [19, 'moderately severe'], [20, 'severe'], [24, 'severe'],
  ])('PHQ-9 total %i is %s', (total, band) => {
    const score = scorePhq9(phq(total));
    expect(score.total).toBe(total);
    expect(score.band?.label).toBe(band);
  });

  it('does not score an incomplete form as if complete', () => {
    expect(scoreGad7([1, 2, null, 0, 1, undefined, 3])).toEqual({ complete: false, missing: [2, 5], total: null, band: null });
    expect(scorePhq9([0, 0, 0]).complete).toBe(false);
    expect(() => scoreGad7([4, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreGad7([0, 0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
  });

  it('opens the crisis path on any PHQ-9 item 9 answer above 0, even on an incomplete form', () => {
    expect(phq9NeedsCrisisPath([0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe(true);
    expect(phq9NeedsCrisisPath([null, null, null, null, null, null, null, null, 3])).toBe(true);
    expect(phq9NeedsCrisisPath([3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
  });

  it('properties: totals within range and monotonic in each answer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), fc.integer({ min: 0, max: 8 }), (answers, i) => {
        const score = scorePhq9(answers);
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(27);
        if (answers[i]! < 3) {
          const more = [...answers];
          more[i]! += 1;
          expect(scorePhq9(more).total).toBe(score.total! + 1);
        }
        const g = scoreGad7(answers.slice(0, 7));
        expect(g.total).toBeLessThanOrEqual(21);
      }),
    );
  });
});

describe('A-RSQ', () => {
  it.each([
    [{ concern: 1, expectancy: 6 }, 1],
    [{ concern: 6, expectancy: 1 }, 36],
    [{ concern: 3, expectancy: 4 }, 9],
  ])('every situation %o scores %d', (answer, score) => {
    expect(scoreArsq(Array.from({ length: 9 }, () => answer))).toEqual({ complete: true, score });
  });

  it('averages the situations (hand-worked)', () => {
    // 2×(7−5)=4, 4×(7−2)=20, then seven of 3×(7−4)=9 → (4 + 20 + 63) / 9 = 9.67
    const answers = [{ concern: 2, expectancy: 5 }, { concern: 4, expectancy: 2 }, ...Array.from({ length: 7 }, () => ({ concern: 3, expectancy: 4 }))];
    expect(scoreArsq(answers)).toEqual({ complete: true, score: 9.67 });
  });

  it('does not score an incomplete form', () => {
    expect(scoreArsq([{ concern: 2, expectancy: 5 }])).toMatchObject({ complete: false, missing: [1, 2, 3, 4, 5, 6, 7, 8] });
    expect(() => scoreArsq(Array.from({ length: 9 }, () => ({ concern: 7, expectancy: 1 })))).toThrow(RangeError);
  });

  it('property: always within 1–36, monotonic in concern', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ concern: fc.integer({ min: 1, max: 6 }), expectancy: fc.integer({ min: 1, max: 6 }) }), { minLength: 9, maxLength: 9 }), (answers) => {
        const s = scoreArsq(answers);
        expect(s.score).toBeGreaterThanOrEqual(1);
        expect(s.score).toBeLessThanOrEqual(36);
        const first = answers[0]!;
        if (first.concern < 6) {
          const more = scoreArsq([{ ...first, concern: first.concern + 1 }, ...answers.slice(1)]);
          expect(more.score!).toBeGreaterThan(s.score!);
        }
      }),
    );
  });
});

describe('reliable change (Jacobson & Truax)', () => {
  it('computes SEdiff and the RCI by hand', () => {
    // SD 3.61, r .74: 3.61 × 1.41421 × 0.50990 = 2.6032
    expect(seDiff(3.61, 0.74)).toBeCloseTo(2.6032, 3);
    expect(reliableChangeIndex(12, 6, 3.61, 0.74)).toBeCloseTo(-2.3048, 3);
    expect(ARSQ_RELIABLE_POINTS).toBeCloseTo(5.102, 2);
  });

  it.each([
    ['gad7', 12, 8, 'reliably better'],
    ['gad7', 12, 9, 'no reliable change yet'],
    ['gad7', 8, 12, 'reliably worse'],
    ['phq9', 15, 9, 'reliably better'],
    ['phq9', 15, 10, 'no reliable change yet'],
    ['phq9', 9, 15, 'reliably worse'],
    ['arsq', 14, 8.8, 'reliably better'],
    ['arsq', 14, 9, 'no reliable change yet'],
    ['arsq', 9, 14.2, 'reliably worse'],
  ] as const)('%s %d → %d is %s', (measure, pre, post, expected) => {
    expect(classifyChange(measure, pre, post)).toBe(expected);
  });
});
