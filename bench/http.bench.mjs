#!/usr/bin/env node
// `npm run bench`: the real server (production build, SQLite) against a bare Hono route measured in the
// same run, so the ratios mean something on any machine. Loopback only; every run is bounded in time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureInRounds, printTable, root, start } from './lib.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
// Routes are measured in interleaved rounds and each one's median is kept, so a change in the machine's
// load during the run (other processes, CPU frequency) shifts all three alike and the ratios hold.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const dataDir = mkdtempSync(join(tmpdir(), 'ask-anyway-bench-'));
const ceiling = await start(join(root, 'bench/ceiling-server.mjs'), [], {}, /ceiling listening on (\d+)/);
const app = await start(
  join(root, 'packages/server/dist/main.js'),
  [],
  { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production' },
  /running at http:\/\/localhost:(\d+)/,
  (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
);
const base = `http://127.0.0.1:${app.port}`;
try {
  const signUp = await fetch(`${base}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'a quiet walk to the bakery' }),
  });
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const { csrfToken } = await signUp.json();
  const cookie = signUp.headers.getSetCookie()[0].split(';')[0];

  const routes = [
    ['ceiling: bare Hono JSON', { url: `http://127.0.0.1:${ceiling.port}/json` }],
    ['authenticated read (GET /api/me)', { url: `${base}/api/me`, headers: { cookie } }],
    [
      'authenticated write (PATCH /api/me)',
      {
        url: `${base}/api/me`,
        method: 'PATCH',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: 'Bench' }),
      },
    ],
  ];
  const rows = await measureInRounds(routes, { rounds: ROUNDS, connections: CONNECTIONS, duration: DURATION });
  console.log(
    `\nAsk Anyway HTTP benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `${CONNECTIONS} connections, ${ROUNDS} interleaved rounds × ${DURATION}s per route (medians), SQLite\n`,
  );
  printTable(rows);
  const targets = { read: 0.5, write: 0.3 };
  console.log(`\nTargets: read ≥ ${targets.read}, write ≥ ${targets.write} of the ceiling.`);
} finally {
  ceiling.child.kill('SIGTERM');
  app.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
