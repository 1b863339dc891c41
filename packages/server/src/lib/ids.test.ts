import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { uuidv7 } from './ids.js';

describe('uuidv7', () => {
  it('has the RFC 9562 version and variant bits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        expect(uuidv7(ms)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }),
    );
  });

  it('encodes the milliseconds in the first 48 bits, so ids sort by creation time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 1, max: 2 ** 40 }), (a, gap) => {
        const first = uuidv7(a);
        const second = uuidv7(a + gap);
        expect(parseInt(first.replace(/-/g, '').slice(0, 12), 16)).toBe(a);
        expect(first < second).toBe(true);
      }),
    );
  });

  it('does not repeat within one millisecond', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => uuidv7(1_700_000_000_000)));
    expect(ids.size).toBe(10_000);
  });
});
