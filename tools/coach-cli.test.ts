import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** The coach's JSON interface, driven as another program would: the documented example, byte for byte. */
const root = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(root, 'docs/COACH.md'), 'utf8');

function example(name: 'request' | 'response'): string {
  const match = new RegExp(`<!-- coach-example:${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!match) throw new Error(`docs/COACH.md has no coach-example:${name} block`);
  return match[1]!;
}

function coach(args: string[], input: string) {
  return spawnSync(process.execPath, [join(root, 'scripts/coach.mjs'), ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('the coach CLI (scripts/coach.mjs)', () => {
  beforeAll(() => {
    // The CLI imports packages/core/dist: make sure it is built from the current sources.
    const build = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'packages/core'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  }, 120_000);

  it('round-trips the documented example', () => {
    const result = coach(['--stdin'], example('request'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(example('response')));
    expect(result.stdout.trim()).toBe(example('response').trim());
  });

  it('prints compact JSON on request, the same result', () => {
    const result = coach(['--stdin', '--compact'], example('request'));
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(example('response')));
  });

  it('answers a minimal request: a brand-new person', () => {
    const result = coach(['--stdin'], JSON.stringify({ now: '2026-03-19T08:00:00Z' }));
    expect(result.status).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.status).toBe('open');
    expect(body.suggestion.expectedSuds).toBeGreaterThanOrEqual(20);
    expect(body.suggestion.expectedSuds).toBeLessThanOrEqual(45);
  });

  it('returns the status and no suggestion when the rails are closed', () => {
    const request = { ...JSON.parse(example('request')), settings: { pausedFor: 'crisis' } };
    const result = coach(['--stdin'], JSON.stringify(request));
    expect(result.status).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.status).toBe('paused-crisis');
    expect(body.suggestion).toBeNull();
  });

  it('refuses invalid input with a JSON error on stderr and exit code 2', () => {
    const notJson = coach(['--stdin'], '{ nope');
    expect(notJson.status).toBe(2);
    expect(notJson.stdout).toBe('');
    expect(JSON.parse(notJson.stderr).error).toMatch(/not valid JSON/);

    const invalid = coach(['--stdin'], JSON.stringify({ history: [{ occurredAt: 'yesterday' }] }));
    expect(invalid.status).toBe(2);
    const paths = JSON.parse(invalid.stderr).details.map((d: { path: string }) => d.path);
    expect(paths).toContain('now');
    expect(paths).toContain('history.0.occurredAt');
  });

  it('explains its usage without --stdin or --file', () => {
    const result = coach([], '');
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/Usage/);
  });
});
