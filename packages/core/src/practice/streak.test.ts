import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './local-date.js';
import { computeStreak } from './streak.js';

const T = '2026-03-20';
const d = (offset: number) => addDays(T, offset);

describe('streak', () => {
  it.each([
    { name: 'nothing yet', asks: [], rests: [], current: 0, longest: 0 },
    { name: 'only today', asks: [0], rests: [], current: 1, longest: 1 },
    { name: 'today not done yet keeps yesterday’s streak', asks: [-1, -2, -3], rests: [], current: 3, longest: 3 },
    { name: 'a missed day ends it', asks: [0, -2, -3], rests: [], current: 1, longest: 2 },
    { name: 'a rest day bridges without counting', asks: [0, -2, -3], rests: [-1], current: 3, longest: 3 },
    { name: 'several rest days bridge', asks: [-1, -4], rests: [-2, -3], current: 2, longest: 2 },
    { name: 'resting today keeps the streak', asks: [-1, -2], rests: [0], current: 2, longest: 2 },
    { name: 'missed yesterday and not done today', asks: [-2, -3], rests: [], current: 0, longest: 2 },
    { name: 'longest remembers an old run', asks: [-10, -11, -12, -13, 0], rests: [], current: 1, longest: 4 },
    { name: 'future rest days do not count', asks: [-1], rests: [1, 2], current: 1, longest: 1 },
  ])('$name', ({ asks, rests, current, longest }) => {
    const s = computeStreak({ askDates: asks.map(d), restDates: rests.map(d), today: T });
    expect(s.current).toBe(current);
    expect(s.longest).toBe(longest);
  });

  it('properties: current ≤ longest ≤ ask days; rest days never lower a streak', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -60, max: 0 }), { maxLength: 40 }),
        fc.uniqueArray(fc.integer({ min: -60, max: 0 }), { maxLength: 15 }),
        (askOffsets, restOffsets) => {
          const base = computeStreak({ askDates: askOffsets.map(d), restDates: [], today: T });
          const rested = computeStreak({ askDates: askOffsets.map(d), restDates: restOffsets.map(d), today: T });
          expect(base.current).toBeLessThanOrEqual(base.longest);
          expect(base.longest).toBeLessThanOrEqual(askOffsets.length);
          expect(rested.current).toBeGreaterThanOrEqual(base.current);
          expect(rested.longest).toBeGreaterThanOrEqual(base.longest);
        },
      ),
    );
  });

  it('does not depend on the order of its input', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -30, max: 0 }), { maxLength: 20 }), (offsets) => {
        const a = computeStreak({ askDates: offsets.map(d), restDates: [], today: T });
        const b = computeStreak({ askDates: [...offsets].reverse().map(d), restDates: [], today: T });
        expect(a).toEqual(b);
      }),
    );
  });
});
