import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The fence around packages/core is only worth having if it bites: each of these must be refused. */
describe('lint keeps packages/core pure', () => {
  const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
  const lintCore = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'packages/core/src/fence-probe.ts' });
    return result!.messages.map((m) => m.message).join('\n');
  };

  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", /no Node.js modules/],
    ["import { createHash } from 'crypto';\nexport const x = createHash;", /no Node.js modules/],
    ["import { Kysely } from 'kysely';\nexport const x = Kysely;", /no database/],
    ["import { createApp } from '@ask-anyway/server';\nexport const x = createApp;", /may not import the server/],
    ["import { App } from '../../web/src/App.js';\nexport const x = App;", /may not import the server or the web/],
    ['export const r = Math.random();', /randomness as a seed/],
    ['export const t = Date.now();', /time as an argument/],
    ['export const d = new Date();', /time as an argument/],
    ['export const e = process.env.X;', /reads no environment/],
  ])('refuses %s', async (code, message) => {
    expect(await lintCore(code)).toMatch(message);
  });

  it('allows pure code that takes time and randomness as arguments', async () => {
    expect(await lintCore('export const later = (now: Date, ms: number): Date => new Date(now.getTime() + ms);\n')).toBe('');
  });
});
