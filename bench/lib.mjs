// What the benchmarks share: starting a process and waiting for its port, loading a route with
// autocannon, and medians over interleaved rounds.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") go to the app's Node, to profile it. */
export function start(command, args, env, pattern, nodeArgs = []) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, command, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

export function load(name, options, { connections, duration }) {
  return new Promise((resolvePromise, reject) => {
    autocannon({ connections, duration, ...options }, (err, result) => {
      if (err) return reject(err);
      if (result.non2xx > 0 || result.errors > 0) {
        return reject(new Error(`${name}: ${result.non2xx} non-2xx and ${result.errors} errors`));
      }
      resolvePromise({ name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
    });
  });
}

/** Loads every route once per round, round after round, and keeps each route's medians. */
export async function measureInRounds(routes, { rounds, connections, duration }) {
  const samples = routes.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < routes.length; i++) samples[i].push(await load(routes[i][0], routes[i][1], { connections, duration }));
  }
  const median = (xs, key) => [...xs].map((x) => x[key]).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return routes.map(([name], i) => ({ name, rps: median(samples[i], 'rps'), p50: median(samples[i], 'p50'), p99: median(samples[i], 'p99') }));
}

export function printTable(rows) {
  const top = rows[0].rps;
  console.log('| route | req/s | p50 ms | p99 ms | ratio to ceiling |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / top).toFixed(2)} |`);
}
