#!/usr/bin/env node
// `npm run bench`: the real server (production build, SQLite) against a bare Hono route measured in the
// same run, so the ratios mean something on any machine. Loopback only; every run is bounded in time.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
// Routes are measured in interleaved rounds and each one's median is kept, so a change in the machine's
// load during the run (other processes, CPU frequency) shifts all three alike and the ratios hold.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

function start(command, args, env, pattern) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [command, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`did not start: ${out}`)), 30_000);
    const onData = (d) => {
      out += d;
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, port: Number(m[1]) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}

function load(name, options) {
  return new Promise((resolvePromise, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...options }, (err, result) => {
      if (err) return reject(err);
      if (result.non2xx > 0 || result.errors > 0) {
        return reject(new Error(`${name}: ${result.non2xx} non-2xx and ${result.errors} errors`));
      }
      resolvePromise({ name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'ask-anyway-bench-'));
const ceiling = await start(join(root, 'bench/ceiling-server.mjs'), [], {}, /ceiling listening on (\d+)/);
const app = await start(
  join(root, 'packages/server/dist/main.js'),
  [],
  { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production' },
  /running at http:\/\/localhost:(\d+)/,
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
  const samples = routes.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < routes.length; i++) samples[i].push(await load(routes[i][0], routes[i][1]));
  }
  const median = (xs, key) => [...xs].map((x) => x[key]).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = routes.map(([name], i) => ({
    name,
    rps: median(samples[i], 'rps'),
    p50: median(samples[i], 'p50'),
    p99: median(samples[i], 'p99'),
  }));
  const top = rows[0].rps;
  console.log(
    `\nAsk Anyway HTTP benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `${CONNECTIONS} connections, ${ROUNDS} interleaved rounds × ${DURATION}s per route (medians), SQLite\n`,
  );
  console.log('| route | req/s | p50 ms | p99 ms | ratio to ceiling |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / top).toFixed(2)} |`);
  }
  const targets = { read: 0.5, write: 0.3 };
  console.log(`\nTargets: read ≥ ${targets.read}, write ≥ ${targets.write} of the ceiling.`);
} finally {
  ceiling.child.kill('SIGTERM');
  app.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
