import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksPerWeek, rungProgress, weekStart } from './charts.js';
import type { ExperimentFacts } from './experiment.js';

let n = 0;
const ask = (occurredAt: string, extra: Partial<ExperimentFacts> = {}): ExperimentFacts => ({
  id: `x${String(++n).padStart(4, '0')}`,
  rungId: null,
  challengeSlug: null,
  occurredAt,
  timeZone: 'UTC',
  expectedSuds: null,
  beliefBefore: null,
  outcome: 'rejected',
  actualSuds: null,
  fearedHappened: null,
  beliefAfter: null,
  ...extra,
});

describe('weekStart', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // Monday
    ['2026-11-26', '2026-11-23'], // Thursday
    ['2026-11-29', '2026-11-23'], // Sunday
    ['2026-03-01', '2026-02-23'], // across a month
    ['2027-01-01', '2026-12-28'], // across a year
  ])('%s → %s', (date, monday) => expect(weekStart(date)).toBe(monday));

  it('property: is a Monday at most six days earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), (offset) => {
        const date = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const monday = weekStart(date);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        const gap = (Date.parse(date) - Date.parse(monday)) / 86_400_000;
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe('asksPerWeek', () => {
  it('counts asks by the person’s week, keeps empty weeks, and ignores plans and not-done', () => {
    const weeks = asksPerWeek(
      [
        ask('2026-11-02T10:00:00Z'),
        ask('2026-11-08T23:30:00Z', { timeZone: 'Europe/Berlin' }), // Monday 9 Nov in Berlin
        ask('2026-11-04T10:00:00Z', { outcome: null }),
        ask('2026-11-05T10:00:00Z', { outcome: 'not-done' }),
        ask('2026-11-24T10:00:00Z', { outcome: 'accepted' }),
      ],
      '2026-11-26',
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', asks: 1 },
      { weekStart: '2026-11-09', asks: 1 },
      { weekStart: '2026-11-16', asks: 0 },
      { weekStart: '2026-11-23', asks: 1 },
    ]);
    expect(asksPerWeek([], '2026-11-26')).toEqual([]);
  });

  it('keeps only the most recent weeks, and never loses an ask inside them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (days, maxWeeks) => {
        const today = '2027-03-01';
        const asks = days.map((d) => ask(new Date(Date.parse('2027-03-01T12:00:00Z') - d * 86_400_000).toISOString()));
        const weeks = asksPerWeek(asks, today, maxWeeks);
        expect(weeks.length).toBeLessThanOrEqual(maxWeeks);
        const first = weeks[0]?.weekStart;
        const inside = asks.filter((a) => first !== undefined && weekStart(a.occurredAt.slice(0, 10)) >= first).length;
        expect(weeks.reduce((s, w) => s + w.asks, 0)).toBe(inside);
      }),
    );
  });
});

describe('rungProgress', () => {
  it('lists each rung’s peaks across repetitions, oldest first, in ladder order', () => {
    const rungs = [
      { id: 'r2', title: 'Ask for a discount', suds: 60 },
      { id: 'r1', title: 'Ask for the time', suds: 20 },
    ];
    const result = rungProgress(rungs, [
      ask('2026-11-10T10:00:00Z', { rungId: 'r1', actualSuds: 30, expectedSuds: 50 }),
      ask('2026-11-03T10:00:00Z', { rungId: 'r1', actualSuds: 45, expectedSuds: 60 }),
      ask('2026-11-11T10:00:00Z', { rungId: 'r1', actualSuds: null }),
      ask('2026-11-12T10:00:00Z', { rungId: 'r1', actualSuds: 80, outcome: null }),
      ask('2026-11-13T10:00:00Z', { rungId: 'gone', actualSuds: 10 }),
    ]);
    expect(result.map((r) => r.rungId)).toEqual(['r1', 'r2']);
    expect(result[0]!.attempts.map((a) => [a.date, a.peak, a.expected])).toEqual([
      ['2026-11-03', 45, 60],
      ['2026-11-10', 30, 50],
    ]);
    expect(result[1]!.attempts).toEqual([]);
  });
});
