import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { constantTimeEqual, hashSecret, newSecret } from './secrets.js';

describe('secrets', () => {
  it('makes 256-bit URL-safe secrets that do not repeat', () => {
    const a = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(a);
  });

  it('hashes deterministically and one-way', () => {
    expect(hashSecret('abc')).toBe(hashSecret('abc'));
    expect(hashSecret('abc')).not.toContain('abc');
    expect(hashSecret('abc')).not.toBe(hashSecret('abd'));
  });

  it('compares equal strings as equal and any other pair as different, whatever their lengths', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(constantTimeEqual(a, a)).toBe(true);
        expect(constantTimeEqual(a, b)).toBe(a === b);
      }),
    );
  });
});
