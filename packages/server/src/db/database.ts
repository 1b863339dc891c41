import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseEngine } from '@ask-anyway/core';
import { migrations } from './migrations/index.js';
import type { DB } from './schema.js';

export interface Database {
  db: Kysely<DB>;
  engine: DatabaseEngine;
  /** Where the data lives, for logs: a file path or the PostgreSQL host/database (never the password). */
  location: string;
  /** Round-trips a trivial query; resolves to the latency in ms. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A `postgres://` or `postgresql://` URL selects PostgreSQL; anything else means SQLite. */
  databaseUrl?: string | undefined;
  /** The folder for the SQLite file when no PostgreSQL URL is given. */
  dataDir: string;
  /** PostgreSQL only: a schema to work in (tests give each file its own). Created if missing. */
  pgSchema?: string;
  /** PostgreSQL only: connections per instance. */
  poolSize?: number;
}

export const SQLITE_FILE = 'ask-anyway.sqlite';

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return isPostgresUrl(options.databaseUrl)
    ? openPostgres(options.databaseUrl, options)
    : openSqlite(options.dataDir);
}

function openSqlite(dataDir: string): Database {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, SQLITE_FILE);
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the writer; synchronous=NORMAL in WAL mode keeps every committed
  // transaction across a process crash (only a power loss can drop the last ones). busy_timeout makes a
  // second process (backup, a second instance) wait instead of failing.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    engine: 'sqlite',
    location: file,
    ping: () => timed(() => sql`select 1`.execute(db)),
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, options: DatabaseOptions): Database {
  const schema = options.pgSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  const parsed = new URL(url);
  return {
    db,
    engine: 'postgres',
    location: `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}${schema ? ` (schema ${schema})` : ''}`,
    ping: () => timed(() => sql`select 1`.execute(db)),
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query afresh; better-sqlite3 statements can be reused, and preparing is a large
 * share of a small query's cost. Queries are built from a fixed set of shapes (values are bound, never
 * inlined), so a bounded cache by SQL text hits almost always.
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = sqlite.prepare(source);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return Math.round((performance.now() - started) * 100) / 100;
}

/** Brings the schema up to date. Safe to call from several instances at once (Kysely takes a lock). */
export async function migrateToLatest(database: Database, schema?: string): Promise<string[]> {
  if (database.engine === 'postgres' && schema) {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(database.db);
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(database.engine === 'postgres' && schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
