import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/catalogue.js';
import { findGaps, MAX_STEP, sortLadder, type LadderRungFacts } from './ladder.js';

const rung = (id: string, suds: number, challengeSlug: string | null = null): LadderRungFacts => ({
  id,
  title: id,
  challengeSlug,
  suds,
  createdAt: `2026-03-01T00:00:0${id.length % 10}.000Z`,
});

describe('fear ladder', () => {
  it('sorts easiest first, stable on ties', () => {
    const sorted = sortLadder([rung('c', 70), rung('a', 20), rung('b', 20), rung('d', 45)]);
    expect(sorted.map((r) => r.suds)).toEqual([20, 20, 45, 70]);
  });

  it.each([
    { ladder: [20, 40, 60], gaps: [] },
    { ladder: [20, 41], gaps: [[20, 41]] },
    { ladder: [10, 50, 55, 90], gaps: [[10, 50], [55, 90]] },
    { ladder: [30], gaps: [] },
    { ladder: [], gaps: [] },
  ])('finds steps bigger than 20 in $ladder', ({ ladder, gaps }) => {
    const found = findGaps(ladder.map((s, i) => rung(`r${i}`, s)), catalogue);
    expect(found.map((g) => [g.from, g.to])).toEqual(gaps);
  });

  it('suggests catalogue challenges inside the gap, nearest the middle, not already on the ladder', () => {
    const inside = catalogue.filter((c) => c.difficulty > 20 && c.difficulty < 60);
    const taken = inside[0]!.slug;
    const [gap] = findGaps([rung('low', 20), rung('high', 60), rung('taken', 5, taken)], catalogue);
    expect(gap!.suggestions.length).toBe(3);
    for (const s of gap!.suggestions) {
      expect(s.difficulty).toBeGreaterThan(20);
      expect(s.difficulty).toBeLessThan(60);
      expect(s.slug).not.toBe(taken);
    }
    const distances = gap!.suggestions.map((s) => Math.abs(s.difficulty - 40));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('property: every gap reported is > MAX_STEP and every big step is reported', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 12 }), (ratings) => {
        const rungs = ratings.map((s, i) => rung(`r${i}`, s));
        const gaps = findGaps(rungs, catalogue);
        const sorted = [...ratings].sort((a, b) => a - b);
        const expected = sorted.slice(1).filter((s, i) => s - sorted[i]! > MAX_STEP).length;
        expect(gaps).toHaveLength(expected);
        for (const g of gaps) expect(g.size).toBeGreaterThan(MAX_STEP);
      }),
    );
  });
});
