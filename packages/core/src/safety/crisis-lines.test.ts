import { describe, expect, it } from 'vitest';
import { COUNTRIES, CRISIS_LINES, CRISIS_LINES_VERSION, countryFromLocale, countryHelp, crisisLinesFor } from './crisis-lines.js';
import { isLocalDate } from '../practice/local-date.js';

describe('crisis lines', () => {
  it('lists the brief’s verified numbers exactly', () => {
    const actions = CRISIS_LINES.map((line) => line.action).join('\n');
    expect(actions).toContain('988');
    expect(actions).toContain('HOME to 741741');
    expect(actions).toContain('116 123');
    expect(actions).toContain('85258');
    expect(CRISIS_LINES.find((l) => l.id === 'findahelpline')?.href).toBe('https://findahelpline.com');
  });

  it('every line says where it comes from and when it was checked', () => {
    for (const line of CRISIS_LINES) {
      expect(line.source.length).toBeGreaterThan(0);
      expect(line.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each([
    ['GB', ['uk-ie-samaritans', 'uk-shout', 'findahelpline']],
    ['ie', ['uk-ie-samaritans', 'findahelpline']],
    ['CA', ['us-ca-988', 'findahelpline']],
  ])('puts %s lines first and always keeps the directory', (country, ids) => {
    expect(crisisLinesFor(country).map((l) => l.id)).toEqual(ids);
  });

  it('shows every line when the country is unknown', () => {
    expect(crisisLinesFor(undefined)).toHaveLength(CRISIS_LINES.length);
    expect(crisisLinesFor('ZZ')).toHaveLength(CRISIS_LINES.length);
  });
});

describe('the crisis-lines file is valid', () => {
  it('has unique ids, ISO country codes and well-formed links', () => {
    expect(new Set(CRISIS_LINES.map((l) => l.id)).size).toBe(CRISIS_LINES.length);
    for (const line of CRISIS_LINES) {
      for (const c of line.countries) expect(c, line.id).toMatch(/^[A-Z]{2}$/);
      if (line.href) expect(line.href, line.id).toMatch(/^(tel:\d{3,15}|sms:\d{3,15}(\?body=[A-Z]+)?|https:\/\/[a-z0-9.-]+(\/\S*)?)$/);
      expect(line.name.length).toBeGreaterThan(2);
      expect(line.action.length).toBeGreaterThan(2);
    }
  });

  it('dates every entry, no later than the file’s version, and names a source', () => {
    expect(isLocalDate(CRISIS_LINES_VERSION)).toBe(true);
    for (const entry of [...CRISIS_LINES, ...COUNTRIES]) {
      expect(isLocalDate(entry.checkedOn)).toBe(true);
      expect(entry.checkedOn <= CRISIS_LINES_VERSION).toBe(true);
      expect(entry.source.trim().length).toBeGreaterThan(3);
    }
  });

  it('gives every country with a line an emergency number, and keeps a worldwide directory', () => {
    const withLines = new Set(CRISIS_LINES.flatMap((l) => l.countries));
    for (const code of withLines) expect(countryHelp(code)?.emergency, code).toMatch(/^\d{3}$/);
    expect(CRISIS_LINES.some((l) => l.countries.length === 0)).toBe(true);
    expect(COUNTRIES.map((c) => [c.code, c.emergency])).toEqual([
      ['US', '911'],
      ['CA', '911'],
      ['GB', '999'],
      ['IE', '112'],
    ]);
  });

  it.each([
    ['en-GB', 'GB'],
    ['en-us', 'US'],
    ['fr-CA', 'CA'],
    ['zh-Hant-TW', 'TW'],
    ['en', null],
    ['es-419', null],
    ['', null],
    [undefined, null],
  ])('reads the country of locale %s as %s', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });
});
