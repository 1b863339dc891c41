#!/usr/bin/env node
// `npm run bench:year`: the reads that grow with a person's history — Today, progress, questionnaires, the
// report, the export, the calendar feed — and a clinician's dashboard of ten people, each with a year of
// daily practice, against the bare-Hono ceiling measured in the same run. Production build, SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureInRounds, printTable, root, start } from './lib.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10);
const DAYS = 365;
const DAY = 86_400_000;
const PASSWORD = 'a quiet walk to the bakery';

const dataDir = mkdtempSync(join(tmpdir(), 'ask-anyway-bench-year-'));
const ceiling = await start(join(root, 'bench/ceiling-server.mjs'), [], {}, /ceiling listening on (\d+)/);
const app = await start(
  join(root, 'packages/server/dist/main.js'),
  [],
  { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production' },
  /running at http:\/\/localhost:(\d+)/,
  (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
);
const base = `http://127.0.0.1:${app.port}`;

async function account(email, extra = {}) {
  const res = await fetch(`${base}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, ...extra }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = await res.json();
  const cookie = res.headers.getSetCookie()[0].split(';')[0];
  const call = async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.status === 204 ? null : r.json();
  };
  return { cookie, call };
}

/** A year of daily practice: a ladder, an ask most days, questionnaires, hard moments, rest days. */
async function yearOfPractice(p) {
  await p.call('PUT', '/api/safety/screening', { answers: { adult: true, selfHarmThoughts: false, traumaRejection: false, panicAttacks: false, severeLowMood: false, substanceCoping: false } });
  const rungs = [];
  for (let i = 0; i < 12; i++) rungs.push((await p.call('POST', '/api/ladder/rungs', { title: `Step ${i + 1}: ask something a little bigger`, suds: 15 + i * 7 })).id);
  const now = Date.now();
  const jobs = [];
  for (let d = DAYS; d > 0; d--) {
    if (d % 7 === 0) {
      jobs.push(() => p.call('POST', '/api/rest-days', { date: new Date(now - d * DAY).toISOString().slice(0, 10) }));
      continue;
    }
    const rung = rungs[Math.min(rungs.length - 1, Math.floor(((DAYS - d) / DAYS) * rungs.length))];
    jobs.push(() =>
      p.call('POST', '/api/experiments', {
        rungId: rung,
        occurredAt: new Date(now - d * DAY).toISOString(),
        timeZone: 'Europe/London',
        fearedConsequence: 'They will think I am strange',
        beliefBefore: 60,
        expectedSuds: 50,
        outcome: d % 3 === 0 ? 'accepted' : 'rejected',
        actualSuds: 30 + (d % 20),
        beliefAfter: 30,
        learned: 'It passed quicker than I thought.',
      }),
    );
  }
  for (let i = 0; i < 26; i++) {
    jobs.push(() => p.call('POST', '/api/measures/entries', { measure: 'gad7', answers: [1, 2, 1, 1, 0, 1, (i % 3) + 0] }));
    jobs.push(() => p.call('POST', '/api/measures/entries', { measure: 'phq9', answers: [1, 1, 0, 1, 0, 1, 0, 0, 0] }));
  }
  for (let i = 0; i < 12; i++) jobs.push(() => p.call('POST', '/api/safety/events', { kind: i % 2 ? 'moment' : 'panic', feeling: 'shaky' }));
  for (let i = 0; i < 5; i++) jobs.push(() => p.call('POST', '/api/experiments', { title: 'A planned ask', expectedSuds: 30, occurredAt: new Date(now + (i + 1) * DAY).toISOString(), timeZone: 'Europe/London' }));
  const workers = Array.from({ length: 6 }, async () => {
    while (jobs.length > 0) await jobs.shift()();
  });
  await Promise.all(workers);
}

try {
  const setupStarted = Date.now();
  const clinician = await account('clinician@example.com', { displayName: 'Dr Bench', clinician: { profession: 'Clinical psychologist' } });
  let person;
  let connectionId;
  for (let i = 0; i < PEOPLE; i++) {
    const p = await account(`person${i}@example.com`);
    await yearOfPractice(p);
    const { code } = await p.call('POST', '/api/invitations', { scopes: ['practice', 'notes', 'measures', 'safety'] });
    const connected = await clinician.call('POST', '/api/clinician/connections', { code });
    if (i === 0) {
      person = p;
      connectionId = connected.connectionId;
    }
  }
  const feed = await person.call('POST', '/api/calendar', { includePersonalText: false });
  const setupSeconds = ((Date.now() - setupStarted) / 1000).toFixed(1);

  const get = (path, cookie) => ({ url: `${base}${path}`, headers: { cookie } });
  const routes = [
    ['ceiling: bare Hono JSON', { url: `http://127.0.0.1:${ceiling.port}/json` }],
    ['Today (GET /api/today)', get('/api/today', person.cookie)],
    ['progress (GET /api/progress)', get('/api/progress', person.cookie)],
    ['questionnaires (GET /api/measures)', get('/api/measures', person.cookie)],
    ['report, the whole year (GET /api/report)', get('/api/report', person.cookie)],
    ['export (GET /api/export)', get('/api/export', person.cookie)],
    ['calendar feed', { url: `${base}${feed.path}` }],
    [`clinician dashboard, ${PEOPLE} people (GET /api/clinician/people)`, get('/api/clinician/people', clinician.cookie)],
    ['clinician: one person, everything shared', get(`/api/clinician/people/${connectionId}`, clinician.cookie)],
  ];
  const rows = await measureInRounds(routes, { rounds: ROUNDS, connections: CONNECTIONS, duration: DURATION });
  console.log(
    `\nAsk Anyway year-of-data benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `${PEOPLE} people × ${DAYS} days (≈ 310 asks, 52 questionnaires, 12 hard moments each; set up in ${setupSeconds} s), ` +
      `${CONNECTIONS} connections, ${ROUNDS} interleaved rounds × ${DURATION}s per route (medians), SQLite\n`,
  );
  printTable(rows);
} finally {
  ceiling.child.kill('SIGTERM');
  app.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
