#!/usr/bin/env node
// `npm run backup [-- [--data-dir DIR] [OUTPUT]]`: a consistent copy of the SQLite database, safe while the
// server runs and writes. Uses SQLite's online backup API (never a plain file copy, which can catch the file
// mid-write and misses what is still in the -wal file), then checks the copy and prints what it holds.
// PostgreSQL is backed up with pg_dump instead: see docs/OPERATIONS.md.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// better-sqlite3 is the server's dependency; resolve it the way the server does.
const SQLite = createRequire(join(root, 'packages/server/package.json'))('better-sqlite3');
const SQLITE_FILE = 'ask-anyway.sqlite'; // packages/server/src/db/database.ts

function fail(message, code = 1) {
  console.error(`✖ Backup failed: ${message}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({ options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail(`${error.message}. Usage: npm run backup -- [--data-dir DIR] [OUTPUT]`);
}
if (args.values.help) {
  console.log('Usage: npm run backup -- [--data-dir DIR] [OUTPUT]');
  console.log('Default DIR: $DATA_DIR or ./data. Default OUTPUT: DIR/backups/ask-anyway-<UTC time>.sqlite');
  process.exit(0);
}
if (args.positionals.length > 1) fail('give at most one output path.');

// The same rule as the server (packages/server/src/db/database.ts): only a postgres:// URL selects PostgreSQL.
if (/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '')) {
  console.error('DATABASE_URL points to PostgreSQL: this command backs up the SQLite database only.');
  console.error('Back up PostgreSQL with pg_dump (custom format) as docs/OPERATIONS.md describes.');
  process.exit(2);
}

// Backups hold mental-health data: nobody but the owner may read them (files 0600, folders 0700).
process.umask(0o077);

const dataDir = resolve(args.values['data-dir'] ?? process.env.DATA_DIR ?? 'data');
const source = join(dataDir, SQLITE_FILE);
if (!existsSync(source)) fail(`no database at ${source}. Is DATA_DIR (or --data-dir) right?`);

let output;
if (args.positionals[0]) {
  output = resolve(args.positionals[0]);
  if (existsSync(output)) fail(`${output} already exists; choose another name.`);
  mkdirSync(dirname(output), { recursive: true, mode: 0o700 });
} else {
  const backups = join(dataDir, 'backups');
  mkdirSync(backups, { recursive: true, mode: 0o700 });
  chmodSync(backups, 0o700); // ours: also tighten a folder made earlier by hand
  output = uniqueName(backups);
}

// Written beside the target and renamed only once checked, so OUTPUT is never a half-written backup.
const partial = `${output}.partial`;
try {
  closeSync(openSync(partial, 'wx', 0o600));
} catch (error) {
  fail(`cannot write ${partial}: ${error.message}`);
}

let counts;
try {
  const live = new SQLite(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(partial, {
      // After the first batch of pages, copy the rest in one step: one step reads from one snapshot, so a
      // write by the server between small steps cannot restart the copy again and again (the online backup
      // API restarts when another connection changes the source between steps). In WAL mode that read
      // does not block the server's writes.
      progress: ({ totalPages }) => totalPages + 1,
    });
  } finally {
    live.close();
  }
  counts = verify(partial);
  chmodSync(partial, 0o600);
  renameSync(partial, output);
} catch (error) {
  rmSync(partial, { force: true });
  rmSync(`${partial}-journal`, { force: true });
  fail(error instanceof Error ? error.message : String(error));
}

console.log(`✔ Backup written: ${output}`);
console.log(`size: ${statSync(output).size} bytes`);
for (const [table, n] of counts) console.log(`${table}: ${n} rows`);

/** Opens the copy on its own: it must pass SQLite's checks. Returns row counts per table. */
function verify(file) {
  const copy = new SQLite(file, { fileMustExist: true });
  try {
    // A single self-contained file (no -wal beside it) is easier to move, encrypt and restore; the server
    // switches it back to WAL when it opens it.
    copy.pragma('journal_mode = DELETE');
    const integrity = copy.pragma('integrity_check', { simple: false });
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
      throw new Error(`the copy fails PRAGMA integrity_check: ${integrity.map((r) => r.integrity_check).join('; ')}`);
    }
    const orphans = copy.pragma('foreign_key_check');
    if (orphans.length > 0) {
      throw new Error(`the copy fails PRAGMA foreign_key_check: ${orphans.length} row(s), first in ${orphans[0].table}`);
    }
    const tables = copy
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all();
    if (tables.length === 0) throw new Error('the copy has no tables');
    return tables.map((t) => [t, copy.prepare(`select count(*) from "${t.replaceAll('"', '""')}"`).pluck().get()]);
  } finally {
    copy.close();
  }
}

/** `ask-anyway-2025-01-31T02-00-00Z.sqlite` (no colons, for every file system); a suffix if taken. */
function uniqueName(dir) {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
  for (let n = 1; ; n++) {
    const name = join(dir, `ask-anyway-${stamp}${n > 1 ? `-${n}` : ''}.sqlite`);
    if (!existsSync(name) && !existsSync(`${name}.partial`)) return name;
  }
}
