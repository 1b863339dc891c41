#!/usr/bin/env node
// `npm run bench:coach`: the coach against three baselines on the same synthetic people, per shipped
// parameter set, then the speed of one suggestion over a year of daily history.
//
//   node bench/coach/run.mjs [--params typical] [--people 200] [--markdown]
//
// THE SIMULATOR IS A MODEL, NOT EVIDENCE ABOUT PEOPLE: it shows how the policies behave under the
// assumptions written in the parameter files (docs/COACH.md), nothing more.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { catalogue, coachSuggest } from '../../packages/core/dist/index.js';
import { POLICIES, coach } from './policies.mjs';
import { simulate, stream } from './sim.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const markdown = args.includes('--markdown');
const peopleOverride = option('people') ? Number(option('people')) : undefined;
const only = option('params');

const files = readdirSync(join(here, 'params'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .filter((f) => !only || f === only || f === `${only}.json`);
if (files.length === 0) throw new Error(`No parameter set matches ${only}`);

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const pct = (x) => `${(100 * x).toFixed(1)} %`;
const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));

function table(headers, rows) {
  if (markdown) {
    return [`| ${headers.join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// Speed first, on a quiet heap: one suggestion over a year of daily history.
const r = stream(1, 'speed');
const slugs = catalogue.map((c) => c.slug);
const history = Array.from({ length: 365 }, (_, day) => {
  const expected = Math.round(30 + r.uniform() * 40);
  return {
    id: `y${String(day).padStart(3, '0')}`,
    rungId: null,
    challengeSlug: r.pick(slugs),
    occurredAt: new Date(Date.UTC(2025, 2, 1) + day * 86_400_000 + 18 * 3_600_000).toISOString(),
    timeZone: 'Europe/London',
    expectedSuds: expected,
    beliefBefore: 60,
    outcome: r.uniform() < 0.1 ? 'not-done' : 'rejected',
    actualSuds: Math.round(Math.max(0, expected - 10 + r.normal(0, 10))),
    fearedHappened: r.uniform() < 0.2 ? 'yes' : 'no',
    beliefAfter: 20,
  };
}).map((e) => (e.outcome === 'not-done' ? { ...e, actualSuds: null, fearedHappened: null, beliefAfter: null } : e));
const input = (seed) => ({ history, settings: { mode: 'standard', timeZone: 'Europe/London' }, now: '2026-03-01T09:00:00Z', seed });
for (let i = 0; i < 200; i++) coachSuggest(input(i));
const times = [];
for (let i = 0; i < 500; i++) {
  const t = performance.now();
  coachSuggest(input(i));
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const speedLine = `Speed: one suggestion over a year of daily history (365 entries): median ${fmt(at(0.5), 2)} ms, p95 ${fmt(at(0.95), 2)} ms (target < 5 ms).`;

console.log('Coach simulation — a model, not evidence about people (see docs/COACH.md).\n');
let allMet = true;
const started = performance.now();
for (const file of files) {
  const params = JSON.parse(readFileSync(join(here, 'params', file), 'utf8'));
  const people = peopleOverride ?? params.people;
  const t0 = performance.now();
  const results = POLICIES.map((policy) => simulate(params, policy, people));
  const seconds = (performance.now() - t0) / 1000;
  const c = results.find((r) => r.policy === coach.policyName);
  const baselines = results.filter((r) => r !== c);

  console.log(`${markdown ? '### ' : ''}Parameter set "${params.name}" (${file}): ${people} people × ${params.days} days, seed ${params.seed}, ${fmt(seconds)} s`);
  if (!markdown) console.log(`  ${params.description}`);
  console.log('');
  console.log(
    table(
      ['policy', 'fear ↓ day 30', 'fear ↓ day 60', 'overwhelm / person', 'dropout', 'days in 30–70 band', 'asks / person', 'passed on / person'],
      results.map((r) => [
        r.policy,
        fmt(r.fearReduction30),
        fmt(r.fearReduction60),
        fmt(r.overwhelmsPerPerson, 3),
        pct(r.dropoutShare),
        pct(r.bandShare),
        fmt(r.exposuresPerPerson),
        fmt(r.avoidedPerPerson),
      ]),
    ),
  );
  console.log('');
  console.log(
    table(
      ['coach ÷ baseline', 'fear ↓ day 30', 'fear ↓ day 60', 'overwhelm', 'dropout', 'band days'],
      baselines.map((b) => [
        b.policy,
        ratio(c.fearReduction30, b.fearReduction30),
        ratio(c.fearReduction60, b.fearReduction60),
        ratio(c.overwhelmsPerPerson, b.overwhelmsPerPerson),
        ratio(c.dropoutShare, b.dropoutShare),
        ratio(c.bandShare, b.bandShare),
      ]),
    ),
  );
  const fixed = results.find((r) => r.policy.startsWith('fixed'));
  const bestFear = Math.max(...baselines.map((b) => b.fearReduction60));
  const checks = [
    ['≥ 80 % fewer overwhelm events than fixed escalation', c.overwhelmsPerPerson <= 0.2 * fixed.overwhelmsPerPerson],
    ['lower dropout than every baseline', baselines.every((b) => c.dropoutShare < b.dropoutShare)],
    ['fear reduction at day 60 ≥ the best baseline', c.fearReduction60 >= bestFear],
  ];
  console.log('');
  for (const [label, ok] of checks) {
    console.log(`${markdown ? '- ' : '  '}${ok ? '✔' : '✖'} ${label}`);
    if (!ok) allMet = false;
  }
  console.log('');
}
console.log(`Fear ↓: mean fall in the person's average fear over the 8 kinds of ask (0–100 scale), counting everyone`);
console.log(`who started, dropouts included. Band days: share of all person-days with an ask peaking at 30–70 SUDS.`);
console.log(`Simulation time: ${fmt((performance.now() - started) / 1000)} s. Targets ${allMet ? 'met' : 'NOT met'} on every parameter set.\n`);

console.log(speedLine);
process.exitCode = allMet ? 0 : 1;
