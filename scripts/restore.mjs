#!/usr/bin/env node
// `npm run restore -- [--data-dir DIR] FILE`: puts a backup made by `npm run backup` in place of the SQLite
// database. Stop the server first: restore refuses while any process has the database open. The current
// database is never deleted: it is moved to DIR/backups/before-restore-<UTC time>.sqlite.
// PostgreSQL is restored with pg_restore instead: see docs/OPERATIONS.md.
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SQLite = createRequire(join(root, 'packages/server/package.json'))('better-sqlite3');
const SQLITE_FILE = 'ask-anyway.sqlite'; // packages/server/src/db/database.ts
const MIGRATIONS_TABLE = 'kysely_migration'; // Kysely's default, used by migrateToLatest
const MIGRATIONS_DIR = join(root, 'packages/server/src/db/migrations');
const USAGE = 'Usage: npm run restore -- [--data-dir DIR] FILE';

function fail(message, code = 1) {
  console.error(`✖ Restore refused: ${message}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({ options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail(`${error.message}. ${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  console.log('Default DIR: $DATA_DIR or ./data. Stop the server first; the current database is kept in DIR/backups/.');
  process.exit(0);
}
if (args.positionals.length !== 1) fail(`give exactly one backup file. ${USAGE}`);

if (/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '')) {
  console.error('DATABASE_URL points to PostgreSQL: this command restores the SQLite database only.');
  console.error('Restore PostgreSQL with pg_restore as docs/OPERATIONS.md describes.');
  process.exit(2);
}

process.umask(0o077);

const backup = resolve(args.positionals[0]);
const dataDir = resolve(args.values['data-dir'] ?? process.env.DATA_DIR ?? 'data');
const live = join(dataDir, SQLITE_FILE);

if (!existsSync(backup) || !statSync(backup).isFile()) fail(`${backup} is not a file. Nothing was changed.`);
if (!hasSqliteHeader(backup)) fail(`${backup} is not a SQLite database. Nothing was changed.`);

// Check the copy that will be put in place (in the same folder, so the final rename is atomic).
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
const staged = join(dataDir, `.${SQLITE_FILE}.restoring-${process.pid}`);
let summary;
try {
  copyFileSync(backup, staged, constants.COPYFILE_EXCL);
  chmodSync(staged, 0o600);
  summary = validate(staged);
} catch (error) {
  discard(staged);
  fail(`${backup}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
}

if (existsSync(live)) {
  const busy = inUse(live);
  if (busy) {
    discard(staged);
    fail(
      `the database at ${live} is in use (${busy}). Is the server running on this data folder? ` +
        'Stop it (and any backup in progress), then run restore again. Nothing was changed.',
    );
  }
}

let aside = null;
try {
  if (existsSync(live)) {
    const backups = join(dataDir, 'backups');
    mkdirSync(backups, { recursive: true, mode: 0o700 });
    aside = uniqueName(backups, 'before-restore');
    // The -wal file belongs to its database by name, so it moves with it (the pair stays a valid database).
    renameSync(live, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(live + suffix)) renameSync(live + suffix, aside + suffix);
  }
  syncFile(staged);
  renameSync(staged, live);
  syncFile(dataDir);
} catch (error) {
  discard(staged);
  console.error(`✖ Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  if (aside) console.error(`The database that was in place is kept at ${aside}; move it back to ${live} to undo.`);
  process.exit(1);
}

if (aside) console.log(`✔ The database that was in place is kept at ${aside}`);
console.log(`✔ Restored ${backup}`);
console.log(`  into ${live}`);
console.log(`  ${summary}`);
console.log('Start the server to use it.');

function hasSqliteHeader(file) {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/** Throws with a plain reason unless the file is a sound Ask Anyway database this version can open. */
function validate(file) {
  let db;
  try {
    db = new SQLite(file, { fileMustExist: true });
  } catch (error) {
    throw new Error(`not a readable SQLite database (${error.message})`, { cause: error });
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: false });
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
      throw new Error(`damaged: PRAGMA integrity_check says ${integrity.map((r) => r.integrity_check).join('; ').slice(0, 300)}`);
    }
    const hasTable = (name) => !!db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name);
    if (!hasTable(MIGRATIONS_TABLE) || !hasTable('users')) {
      throw new Error(`a SQLite database, but not an Ask Anyway one (no ${MIGRATIONS_TABLE} or users table)`);
    }
    const applied = db.prepare(`select name from ${MIGRATIONS_TABLE} order by name`).pluck().all();
    if (applied.length === 0) throw new Error(`a SQLite database, but not an Ask Anyway one (${MIGRATIONS_TABLE} is empty)`);
    if (existsSync(MIGRATIONS_DIR)) {
      const known = new Set(readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-.+\.ts$/.test(f)).map((f) => basename(f, '.ts')));
      const unknown = applied.filter((name) => !known.has(name));
      if (unknown.length > 0) {
        throw new Error(`made by a newer version of Ask Anyway (migrations ${unknown.join(', ')}); update this copy first`);
      }
    }
    const orphans = db.pragma('foreign_key_check');
    if (orphans.length > 0) throw new Error(`inconsistent: PRAGMA foreign_key_check finds ${orphans.length} row(s), first in ${orphans[0].table}`);
    // One self-contained file; the server turns WAL back on when it opens it.
    db.pragma('journal_mode = DELETE');
    const users = db.prepare('select count(*) from users').pluck().get();
    return `${users} account(s), schema at ${applied.at(-1)}`;
  } finally {
    db.close();
  }
}

/**
 * Whether another process has the database open. A process with a WAL database open (the server, a backup)
 * holds a shared lock on the file for as long as it is connected, so an exclusive lock is refused.
 * Returns the reason, or null when nobody holds it.
 */
function inUse(file) {
  let db;
  try {
    db = new SQLite(file, { fileMustExist: true, timeout: 1000 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('begin exclusive');
    db.exec('commit');
    return null;
  } catch (error) {
    return error.code === 'SQLITE_BUSY' ? 'locked by another process' : error.message;
  } finally {
    db?.close();
  }
}

function uniqueName(dir, prefix) {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
  for (let n = 1; ; n++) {
    const name = join(dir, `${prefix}-${stamp}${n > 1 ? `-${n}` : ''}.sqlite`);
    if (!existsSync(name)) return name;
  }
}

function discard(file) {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

function syncFile(path) {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder; the rename itself is still atomic.
  }
}
