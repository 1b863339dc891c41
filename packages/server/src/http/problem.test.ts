import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFrom } from './problem.js';

describe('fieldErrorsFrom', () => {
  const schema = z.strictObject({
    email: z.string(),
    items: z.array(z.strictObject({ 'a/b': z.number() })),
  });

  it('names each field by dotted path and JSON pointer', () => {
    const result = schema.safeParse({ email: 3, items: [{ 'a/b': 1 }, { 'a/b': 'x' }], extra: 1 });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFrom(result.error!, 'body');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', pointer: '/email', in: 'body' }),
        expect.objectContaining({ field: 'items.1.a/b', pointer: '/items/1/a~1b' }),
        expect.objectContaining({ field: 'extra', pointer: '/extra', detail: 'This field is not accepted here.' }),
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('names the whole body when it is not an object', () => {
    const result = schema.safeParse([1]);
    expect(fieldErrorsFrom(result.error!, 'body')).toEqual([
      expect.objectContaining({ field: '(body)', pointer: '/' }),
    ]);
  });
});
