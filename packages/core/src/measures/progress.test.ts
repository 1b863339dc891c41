import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARSQ, GAD7, INSTRUMENTS, PHQ9 } from './instruments.js';
import { measuresDue, reliablePoints, scoreMeasure, standingEntries, summarizeMeasure, type EntryFact } from './progress.js';

const DAY = 86_400_000;
const at = (iso: string, days = 0) => new Date(Date.parse(iso) + days * DAY).toISOString();

let n = 0;
function entry(measure: EntryFact['measure'], score: number | null, takenAt: string, extra: Partial<EntryFact> = {}): EntryFact {
  n += 1;
  return {
    id: `e${String(n).padStart(3, '0')}`,
    measure,
    complete: score !== null,
    score,
    band: null,
    takenAt,
    createdAt: takenAt,
    correctsId: null,
    ...extra,
  };
}

describe('the instruments', () => {
  it('has 7, 9 and 9 items and the A-RSQ’s first three situations word for word', () => {
    expect(GAD7.items).toHaveLength(7);
    expect(PHQ9.items).toHaveLength(9);
    expect(ARSQ.situations).toHaveLength(9);
    expect(Object.keys(INSTRUMENTS)).toEqual(['gad7', 'phq9', 'arsq']);
    expect(ARSQ.situations[0]!.situation).toBe('You ask your parents or another family member for a loan to help you through a difficult financial time.');
    expect(ARSQ.situations[1]!.expectancy).toBe('I would expect that he/she would want to talk with me to try to work things out.');
    expect(ARSQ.situations.filter((s) => s.checked).map((s) => s.id)).toEqual(['arsq-1', 'arsq-2', 'arsq-3']);
    expect(ARSQ.concernOptions.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('scoreMeasure', () => {
  it.each([
    ['gad7', [0, 0, 0, 0, 0, 0, 4 - 0], null],
    ['gad7', [1, 1, 1, 1, 0, 0, 0], { complete: true, score: 4, band: 'minimal' }],
    ['gad7', [1, 1, 1, 1, 1, 0, 0], { complete: true, score: 5, band: 'mild' }],
    ['phq9', [3, 3, 3, 3, 3, 3, 2, 0, 0], { complete: true, score: 20, band: 'severe' }],
    ['phq9', [3, 3, 3, 3, 3, 3, 1, 0, 0], { complete: true, score: 19, band: 'moderately severe' }],
    ['phq9', [3, 3, 3, null, 3, 3, 1, 0, 0], { complete: false, score: null, band: null }],
  ] as const)('%s %j', (measure, answers, expected) => {
    if (expected === null) expect(() => scoreMeasure(measure, answers)).toThrow(RangeError);
    else expect(scoreMeasure(measure, answers)).toEqual(expected);
  });

  it('scores the A-RSQ without bands', () => {
    expect(scoreMeasure('arsq', Array.from({ length: 9 }, () => ({ concern: 6, expectancy: 1 })))).toEqual({ complete: true, score: 36, band: null });
  });
});

describe('summarizeMeasure', () => {
  it('compares the first and the latest standing entries and uses the reliable-change thresholds', () => {
    const t = '2026-03-01T10:00:00.000Z';
    const base = entry('phq9', 14, t);
    const mid = entry('phq9', 12, at(t, 14));
    const last = entry('phq9', 8, at(t, 28));
    const s = summarizeMeasure('phq9', [last, base, mid, entry('gad7', 3, t)]);
    expect(s.series.map((p) => p.score)).toEqual([14, 12, 8]);
    expect(s).toMatchObject({ change: 'reliably better', reliablePoints: 6, suggestProfessional: false });
    expect(summarizeMeasure('phq9', [base, entry('phq9', 9, at(t, 14))]).change).toBe('no reliable change yet');
    expect(summarizeMeasure('phq9', [base, entry('phq9', 20, at(t, 14))])).toMatchObject({ change: 'reliably worse', suggestProfessional: true });
  });

  it('has no change to report with one entry, and skips incomplete and corrected entries', () => {
    const t = '2026-03-01T10:00:00.000Z';
    const only = entry('gad7', 9, t);
    expect(summarizeMeasure('gad7', [only, entry('gad7', null, at(t, 1))])).toMatchObject({ change: null, baseline: { score: 9 }, latest: { score: 9 } });
    const wrong = entry('gad7', 15, at(t, 14));
    const fixed = entry('gad7', 10, at(t, 14), { correctsId: wrong.id, createdAt: at(t, 15) });
    const s = summarizeMeasure('gad7', [only, wrong, fixed]);
    expect(s.series.map((p) => p.entryId)).toEqual([only.id, fixed.id]);
    expect(s.change).toBe('no reliable change yet');
  });

  it('uses ≈ 5.10 points for the A-RSQ', () => {
    expect(reliablePoints('arsq')).toBe(5.1);
    const t = '2026-03-01T10:00:00.000Z';
    expect(summarizeMeasure('arsq', [entry('arsq', 14, t), entry('arsq', 8.85, at(t, 14))]).change).toBe('reliably better');
    expect(summarizeMeasure('arsq', [entry('arsq', 14, t), entry('arsq', 8.9, at(t, 14))]).change).toBe('no reliable change yet');
  });

  it('property: the verdict depends only on baseline and latest, and reversing them swaps better and worse', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 21 }), { minLength: 2, maxLength: 8 }), (scores) => {
        const t = '2026-01-01T00:00:00.000Z';
        const entries = scores.map((s, i) => entry('gad7', s, at(t, i * 14)));
        const forward = summarizeMeasure('gad7', entries).change;
        const reversed = summarizeMeasure('gad7', scores.reverse().map((s, i) => entry('gad7', s, at(t, i * 14)))).change;
        const swap = { 'reliably better': 'reliably worse', 'reliably worse': 'reliably better', 'no reliable change yet': 'no reliable change yet' } as const;
        expect(reversed).toBe(swap[forward!]);
      }),
    );
  });
});

describe('standingEntries', () => {
  it('drops every entry that a later one corrects, along a chain', () => {
    const a = entry('gad7', 5, '2026-01-01T00:00:00.000Z');
    const b = entry('gad7', 6, a.takenAt, { correctsId: a.id });
    const c = entry('gad7', 7, a.takenAt, { correctsId: b.id });
    expect(standingEntries([a, b, c])).toEqual([c]);
  });
});

describe('measuresDue', () => {
  const now = '2026-06-15T12:00:00.000Z';
  const due = (entries: EntryFact[], challengeEndOn: string | null = null, timeZone = 'UTC') =>
    Object.fromEntries(measuresDue({ now, timeZone, entries, challengeEndOn }).map((d) => [d.measure, d.reason]));

  it.each([
    ['no entries: every baseline', [], null, { gad7: 'baseline', phq9: 'baseline', arsq: 'baseline' }],
    ['13 days 23 hours: not yet', [entry('gad7', 5, at(now, -14 + 1 / 24))], null, { gad7: null }],
    ['exactly 14 days: follow-up', [entry('gad7', 5, at(now, -14))], null, { gad7: 'follow-up' }],
    ['an incomplete form is no baseline', [entry('gad7', null, at(now, -1))], null, { gad7: 'baseline' }],
    ['challenge ended today, last before it', [entry('gad7', 5, at(now, -3))], '2026-06-15', { gad7: 'challenge-end' }],
    ['challenge ended, taken the same day', [entry('gad7', 5, at(now, -0.1))], '2026-06-15', { gad7: null }],
    ['challenge ends tomorrow', [entry('gad7', 5, at(now, -3))], '2026-06-16', { gad7: null }],
  ] as const)('%s', (_name, entries, end, expected) => {
    expect(due([...entries], end)).toMatchObject(expected);
  });

  it('counts the challenge’s end in the person’s own days', () => {
    // 23:30 on 14 June in Los Angeles is already 15 June in UTC.
    const lateEvening = entry('gad7', 5, '2026-06-15T06:30:00.000Z');
    expect(due([lateEvening], '2026-06-15', 'America/Los_Angeles').gad7).toBe('challenge-end');
    expect(due([lateEvening], '2026-06-15', 'UTC').gad7).toBeNull();
  });
});
