import { describe, expect, it } from 'vitest';
import { groupRepeats } from './audit';

const entry = (id: string, what: string, createdAt: string, action = 'read', clinician = 'Dr A') => ({ id, clinician, action, what, createdAt });

describe('groupRepeats', () => {
  it('folds runs of the same clinician doing the same thing, newest first, keeping the span', () => {
    const groups = groupRepeats([
      entry('5', 'Viewed ladder', '2026-11-26T10:05:00Z'),
      entry('4', 'Viewed ladder', '2026-11-26T10:03:00Z'),
      entry('3', 'Set limits', '2026-11-26T10:02:00Z', 'write'),
      entry('2', 'Viewed ladder', '2026-11-26T10:01:00Z'),
      entry('1', 'Viewed ladder', '2026-11-26T10:00:00Z', 'read', 'Dr B'),
    ]);
    expect(groups.map((g) => [g.entry.id, g.times, g.first])).toEqual([
      ['5', 2, '2026-11-26T10:03:00Z'],
      ['3', 1, '2026-11-26T10:02:00Z'],
      ['2', 1, '2026-11-26T10:01:00Z'],
      ['1', 1, '2026-11-26T10:00:00Z'],
    ]);
    expect(groupRepeats([])).toEqual([]);
  });
});
