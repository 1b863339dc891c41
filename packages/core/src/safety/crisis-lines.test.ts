import { describe, expect, it } from 'vitest';
import { CRISIS_LINES, crisisLinesFor } from './crisis-lines.js';

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
