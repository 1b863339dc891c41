import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ladder, Rung } from '@ask-anyway/core';
import { ApiClient, uniqueEmail } from '../test-support/harness.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../test-support/process.js';

// Backups of the embedded database are a SQLite matter, so this file uses SQLite in both runs of the API
// suite (TEST_DB=postgres included): the PostgreSQL way (pg_dump) is PostgreSQL's own tool, documented in
// docs/OPERATIONS.md.

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../../..');
const BACKUP = join(ROOT, 'scripts/backup.mjs');
const RESTORE = join(ROOT, 'scripts/restore.mjs');
const LIVE = 'ask-anyway.sqlite';

/** The environment without any PostgreSQL setting, so both the server and the scripts use DATA_DIR. */
function sqliteEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  return env;
}

type Proc = ServerProcess;

const startServer = (dataDir: string) => startServerProcess(sqliteEnv(dataDir));

/** A clean stop (SIGTERM), the way an operator stops it before a restore. */
const stopServer = (proc: Proc) => stopServerProcess(proc, 'SIGTERM');

interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script as its own process without blocking this one, so the writers keep writing meanwhile. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

function integrity(db: SQLite.Database): string {
  return db.pragma('integrity_check', { simple: true }) as string;
}

function rungsIn(file: string): Map<string, string> {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('select id, user_id as userId from ladder_rungs').all() as { id: string; userId: string }[];
    return new Map(rows.map((r) => [r.id, r.userId]));
  } finally {
    db.close();
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('backup and restore of the SQLite database (SQLite in both runs)', () => {
  const dirs: string[] = [];
  const running: Proc[] = [];
  const cleanups: (() => Promise<unknown> | void)[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-anyway-backup-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    for (const p of running) await stopServer(p);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('takes a consistent backup while the server is writing, and the restored database serves it', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const first = await startServer(dataDir);
    running.push(first);

    const emails = new Map<string, string>(); // user id → email
    const signUp = async () => {
      const client = new ApiClient(first.url);
      const email = uniqueEmail('backup');
      expect((await client.signUp(email)).status).toBe(201);
      emails.set(client.userId!, email);
      return client;
    };
    const people = await Promise.all(Array.from({ length: 6 }, signUp));

    // Every acknowledged write, with when it was acknowledged.
    const acknowledged = new Map<string, { userId: string; at: number }>();
    let writing = true;
    let serial = 0;
    const addRung = async (client: ApiClient) => {
      serial += 1;
      const res = await client.request<Rung>('POST', '/api/ladder/rungs', {
        json: { title: `Ask for directions, take ${serial}, ${'and ask a follow-up question '.repeat(3)}`.slice(0, 120), suds: serial % 101 },
      });
      expect(res.status, res.text).toBe(201);
      acknowledged.set(res.body.id, { userId: client.userId!, at: performance.now() });
    };
    const writers = [
      ...[...people, ...people].map(async (client) => {
        while (writing) await addRung(client);
      }),
      // New accounts with their first rung, so the backup also races inserts that depend on each other
      // (paced: hashing a password is deliberately slow and would starve the other writers).
      (async () => {
        while (writing) {
          await addRung(await signUp());
          await new Promise((r) => setTimeout(r, 150));
        }
      })(),
    ];
    // If an assertion fails midway, the writers still stop before the server does.
    cleanups.push(() => {
      writing = false;
      return Promise.allSettled(writers);
    });

    // A long reader (as a slow query or another backup would be) keeps the server from checkpointing past its
    // snapshot, so what is written from now on lives only in the -wal file: a plain copy of the database
    // file would lose it, the backup API must not.
    while (acknowledged.size < 300) await new Promise((r) => setTimeout(r, 20));
    const reader = new SQLite(join(dataDir, LIVE), { readonly: true, fileMustExist: true });
    reader.exec('begin');
    reader.prepare('select count(*) from ladder_rungs').get();
    cleanups.unshift(() => void (reader.open && reader.close()));
    // Enough data for the copy to need more than one step of the backup API (the first copies 100 pages).
    while (acknowledged.size < 1000) await new Promise((r) => setTimeout(r, 20));
    const acknowledgedBefore = new Set(acknowledged.keys());

    const started = performance.now();
    const backup = await runScript(BACKUP, [], sqliteEnv(dataDir));
    const ended = performance.now();
    reader.exec('commit');
    reader.close();
    expect(backup.code, backup.stderr).toBe(0);
    const writtenDuring = [...acknowledged.values()].filter((w) => w.at > started && w.at < ended).length;
    expect(writtenDuring, 'writes acknowledged while the backup ran').toBeGreaterThan(0);

    // A little more writing after the backup, then stop.
    const after = acknowledged.size;
    while (acknowledged.size < after + 100) await new Promise((r) => setTimeout(r, 20));
    writing = false;
    await Promise.all(writers);

    // The backup: where it said, readable by the owner only, and sound.
    const file = /Backup written: (.+)$/m.exec(backup.stdout)?.[1];
    expect(file, backup.stdout).toBeDefined();
    expect(dirname(file!)).toBe(join(dataDir, 'backups'));
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file!)).mode & 0o777).toBe(0o700);
    expect(backup.stdout).toMatch(/^size: \d+ bytes$/m);
    expect(backup.stdout).toMatch(/^ladder_rungs: \d+ rows$/m);
    const copy = new SQLite(file!, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('page_count', { simple: true })).toBeGreaterThan(100);
      expect(integrity(copy)).toBe('ok');
      expect(copy.pragma('foreign_key_check')).toEqual([]);
      const orphanRungs = copy.prepare('select count(*) from ladder_rungs r left join users u on u.id = r.user_id where u.id is null').pluck().get();
      expect(orphanRungs).toBe(0);
      const orphanSessions = copy.prepare('select count(*) from sessions s left join users u on u.id = s.user_id where u.id is null').pluck().get();
      expect(orphanSessions).toBe(0);
    } finally {
      copy.close();
    }
    const inBackup = rungsIn(file!);
    expect(backup.stdout).toContain(`ladder_rungs: ${inBackup.size} rows`);
    for (const id of acknowledgedBefore) expect(inBackup.has(id), `rung ${id} acknowledged before the backup`).toBe(true);
    expect(inBackup.size).toBeGreaterThanOrEqual(acknowledgedBefore.size);
    expect(inBackup.size).toBeLessThan(acknowledged.size);

    // Restore refuses while the server has the database open, and changes nothing.
    const refused = await runScript(RESTORE, [file!], sqliteEnv(dataDir));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use.*server running/s);
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.startsWith('before-restore'))).toEqual([]);

    await stopServer(first);
    const atEnd = rungsIn(join(dataDir, LIVE));
    expect(atEnd.size).toBe(acknowledged.size);
    for (const [id, userId] of inBackup) expect(atEnd.get(id), `rung ${id} in the backup`).toBe(userId);

    // Restore over the same folder: the current data is kept aside, not deleted.
    const restored = await runScript(RESTORE, [file!], sqliteEnv(dataDir));
    expect(restored.code, restored.stderr).toBe(0);
    const aside = /kept at (.+before-restore-[^\s]+\.sqlite)$/m.exec(restored.stdout)?.[1];
    expect(aside, restored.stdout).toBeDefined();
    expect(rungsIn(aside!).size).toBe(atEnd.size);
    const live = new SQLite(join(dataDir, LIVE), { fileMustExist: true });
    try {
      expect(integrity(live)).toBe('ok');
    } finally {
      live.close();
    }
    expect(rungsIn(join(dataDir, LIVE))).toEqual(inBackup);

    // The server serves the restored data: accounts in the backup sign in and see exactly their rungs there;
    // an account made after the backup is not there. (Not every account: checking a password is slow.)
    const second = await startServer(dataDir);
    running.push(second);
    const backupUsers = new SQLite(file!, { readonly: true, fileMustExist: true });
    const usersInBackup = new Set(backupUsers.prepare('select id from users').pluck().all() as string[]);
    backupUsers.close();
    expect([...usersInBackup].every((id) => emails.has(id))).toBe(true);
    expect([...inBackup.values()].every((id) => usersInBackup.has(id))).toBe(true);
    const accounts = [...emails];
    const later = accounts.filter(([id]) => !usersInBackup.has(id)).slice(0, 1);
    const checked = [...accounts.slice(0, people.length + 3), ...later];
    for (const [userId, email] of checked) {
      const client = new ApiClient(second.url);
      const res = await client.signIn(email);
      if (!usersInBackup.has(userId)) {
        expect(res.status, `${email} signed up after the backup`).toBe(401);
        continue;
      }
      expect(res.status, email).toBe(200);
      const ladder = await client.request<Ladder>('GET', '/api/ladder');
      expect(ladder.status).toBe(200);
      const expected = [...inBackup].filter(([, owner]) => owner === userId).map(([id]) => id);
      expect(ladder.body.rungs.map((r) => r.id).sort()).toEqual(expected.sort());
    }
    await stopServer(second);
  });

  it('refuses a file that is not a sound Ask Anyway database, with a clear message, and changes nothing', async () => {
    const dataDir = tempDir();
    const work = tempDir();
    // The person's current database (any content will do: it must stay exactly as it is).
    const current = new SQLite(join(dataDir, LIVE));
    current.exec("create table users (id text primary key); insert into users values ('someone')");
    current.close();
    const before = { hash: sha256(join(dataDir, LIVE)), files: readdirSync(dataDir).sort() };

    const text = join(work, 'notes.txt');
    writeFileSync(text, 'not a database\n'.repeat(100));

    const foreign = join(work, 'foreign.sqlite');
    const other = new SQLite(foreign);
    other.exec('create table notes (body text); insert into notes values (1)');
    other.close();

    const newer = join(work, 'newer.sqlite');
    const future = new SQLite(newer);
    future.exec(
      "create table kysely_migration (name text primary key, timestamp text); create table users (id text primary key);" +
        "insert into kysely_migration values ('0001-initial', 'x'), ('9999-from-the-future', 'x')",
    );
    future.close();

    const damaged = join(work, 'damaged.sqlite');
    const sound = new SQLite(damaged);
    sound.exec('create table kysely_migration (name text primary key, timestamp text); create table users (id text primary key, bio text)');
    sound.exec("insert into kysely_migration values ('0001-initial', 'x')");
    const insert = sound.prepare('insert into users values (?, ?)');
    for (let i = 0; i < 500; i++) insert.run(`user-${i}`, 'x'.repeat(200));
    sound.close();
    const bytes = readFileSync(damaged);
    bytes.fill(0xa5, 4096 * 3 + 8, 4096 * 3 + 2000); // scribble over cells of a table page
    writeFileSync(damaged, bytes);

    const cases: [string, RegExp][] = [
      [text, /is not a SQLite database/],
      [foreign, /not an Ask Anyway one/],
      [newer, /newer version of Ask Anyway.*9999-from-the-future/],
      [damaged, /damaged|not a readable SQLite database/],
      [join(work, 'missing.sqlite'), /is not a file/],
    ];
    for (const [file, message] of cases) {
      const res = await runScript(RESTORE, ['--data-dir', dataDir, file], { ...sqliteEnv(dataDir) });
      expect(res.code, file).toBe(1);
      expect(res.stderr, file).toMatch(message);
      expect(res.stderr, file).toContain('Nothing was changed');
      expect(sha256(join(dataDir, LIVE)), file).toBe(before.hash);
      expect(readdirSync(dataDir).sort(), file).toEqual(before.files);
    }

    // PostgreSQL is pg_dump's job: both commands say so and stop.
    const pgEnv = { ...sqliteEnv(dataDir), DATABASE_URL: 'postgres://someone@localhost:5432/askanyway' };
    for (const [script, args] of [
      [BACKUP, []],
      [RESTORE, [text]],
    ] as const) {
      const res = await runScript(script, [...args], pgEnv);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/PostgreSQL.*docs\/OPERATIONS\.md/s);
    }
    expect(readdirSync(dataDir).sort()).toEqual(before.files);
  });
});
