import { describe, expect, it } from 'vitest';
import { hashPassword, isCommonPassword, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it.each(['password', 'password1', '12345678', 'qwertyuiop', 'iloveyou1', 'PASSWORD', 'Sunshine1'])(
    'knows %s is common',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(['a quiet walk to the bakery', 'correct-horse-battery-staple-77', 'Ask anyway, every day'])(
    'lets %s through',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );

  it('hashes with argon2id and verifies only the same password', async () => {
    const hash = await hashPassword('a quiet walk to the bakery');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'a quiet walk to the bakery')).toBe(true);
    expect(await verifyPassword(hash, 'a quiet walk to the bakery ')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});
