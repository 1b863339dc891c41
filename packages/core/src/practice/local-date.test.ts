import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, isValidTimeZone, localDate } from './local-date.js';

describe('local dates', () => {
  it.each([
    ['2026-03-10T23:30:00Z', 'UTC', '2026-03-10'],
    ['2026-03-10T23:30:00Z', 'Australia/Sydney', '2026-03-11'],
    ['2026-03-10T03:30:00Z', 'America/Los_Angeles', '2026-03-09'],
    // US DST starts 2026-03-08 at 02:00 local: 23:59 on the 8th is still the 8th.
    ['2026-03-09T06:59:00Z', 'America/Los_Angeles', '2026-03-08'],
    ['2026-03-09T07:00:00Z', 'America/Los_Angeles', '2026-03-09'],
    // UK clocks go back 2026-10-25: the repeated hour stays on the same day.
    ['2026-10-25T00:30:00Z', 'Europe/London', '2026-10-25'],
    ['2026-10-25T01:30:00Z', 'Europe/London', '2026-10-25'],
    ['2026-10-25T23:30:00Z', 'Europe/London', '2026-10-25'],
    ['2026-06-01T20:00:00Z', 'Asia/Kolkata', '2026-06-02'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDate(instant, zone)).toBe(expected);
  });

  it('validates time zones and dates', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-13-01')).toBe(false);
  });

  it('adds days across months, years and DST without drift', () => {
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5000, max: 5000 }), (base, delta) => {
        const start = addDays('1990-01-01', base);
        expect(daysBetween(start, addDays(start, delta))).toBe(delta);
        expect(isLocalDate(addDays(start, delta))).toBe(true);
      }),
    );
  });
});
