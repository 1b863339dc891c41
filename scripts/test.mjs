#!/usr/bin/env node
// `npm test`: every check a newcomer's machine can run, in order, with one summary line at the end.
// PostgreSQL and Chromium are found or reported in one clear line; with CI=true their absence fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = resolve(root, '.test-results');
const CI = process.env.CI === 'true' || process.env.CI === '1';
const DEFAULT_PG = 'postgres://askanyway:askanyway@localhost:5432/askanyway_test';

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps = [];
let failed = false;

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = res.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 100) / 10 });
  if (!ok) failed = true;
  return ok;
}

function unavailable(name, line) {
  console.log(`\n⚠ ${line}`);
  steps.push({ name, ok: !CI, seconds: 0, note: CI ? 'missing (CI=true: a failure)' : 'not run' });
  if (CI) failed = true;
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
const vitest = (project, file, env) =>
  run(`${project} tests${env?.TEST_DB ? ` (${env.TEST_DB})` : ''}`, bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(results, file)}`,
  ], env);

async function findPostgres() {
  const url = process.env.TEST_DATABASE_URL || DEFAULT_PG;
  const require = createRequire(join(root, 'packages/server/package.json'));
  const pg = require('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return url;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), url };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p));
}

// 1. Types (this also builds core and server, which the API and browser tests run).
if (run('typecheck', bin('tsc'), ['-b', 'packages/core', 'packages/server'])) {
  run('typecheck tests', process.execPath, [join(root, 'scripts/typecheck.mjs')]);
}

// 2. Lint, zero warnings.
run('lint', bin('eslint'), ['.', '--max-warnings', '0']);

// 3. Pure unit tests.
vitest('unit', 'unit.json');

// 4–5. The API suite, once per database engine.
vitest('api', 'api-sqlite.json', { TEST_DB: 'sqlite' });
const pgFound = await findPostgres();
if (typeof pgFound === 'string') {
  vitest('api', 'api-postgres.json', { TEST_DB: 'postgres', TEST_DATABASE_URL: pgFound });
} else {
  unavailable(
    'api tests (postgres)',
    `PostgreSQL not reachable at ${pgFound.url.replace(/:[^:@/]+@/, ':***@')} (${pgFound.error}); set TEST_DATABASE_URL=postgres://user:pass@host:5432/db to run the API tests on PostgreSQL.`,
  );
}

// 6. The browser, end to end, against the production build.
const chromium = findChromium();
if (!chromium) {
  unavailable('end-to-end (chromium)', 'Chromium not found; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium to run the browser tests.');
} else if (run('build web', 'npm', ['run', 'build', '-w', '@ask-anyway/web'])) {
  run('end-to-end (chromium)', bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_FILE: join(results, 'e2e.json'),
  });
}

// Summary: count tests from the runners' JSON reports.
let passed = 0;
let failedTests = 0;
let skipped = 0;
for (const file of ['unit.json', 'api-sqlite.json', 'api-postgres.json']) {
  const path = join(results, file);
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failedTests += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
const e2eReport = join(results, 'e2e.json');
if (existsSync(e2eReport)) {
  const stats = JSON.parse(readFileSync(e2eReport, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failedTests += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
}
if (CI && skipped > 0) {
  console.log(`\n✖ ${skipped} test(s) were skipped; CI runs every test.`);
  failed = true;
}

console.log('\nSummary');
for (const s of steps) console.log(`  ${s.ok ? '✔' : '✖'} ${s.name.padEnd(28)} ${s.note ?? `${s.seconds}s`}`);
console.log(`\n${passed} passed, ${failedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || failedTests > 0 ? 1 : 0);
