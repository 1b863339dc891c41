import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { CSRF_HEADER, type Problem, type ScreeningAnswers, type SessionState } from '@ask-anyway/core';
import { DEFAULT_APP_CONFIG, type AppConfig } from '../app.js';
import type { DatabaseOptions } from '../db/database.js';
import { ALL_TABLES, type DB } from '../db/schema.js';
import type { Clock } from '../lib/clock.js';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../modules/auth/auth.service.js';
import { startServer, type RunningServer } from '../server.js';

export type Engine = 'sqlite' | 'postgres';

/** The engine this run of the API suite uses; `scripts/test.mjs` runs the suite once per engine. */
export const ENGINE: Engine = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

/** Where one test's data lives: a fresh SQLite folder or a fresh PostgreSQL schema. */
export interface TestStore {
  options: DatabaseOptions;
  /** Environment for a server started as a separate process on the same store. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export function createStore(engine: Engine = ENGINE): TestStore {
  if (engine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL (e.g. postgres://user:pass@localhost:5432/db)');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    return {
      options: { databaseUrl: url, dataDir: '', pgSchema: schema, poolSize: 4 },
      env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
      dispose: async () => {
        const pg = await import('pg');
        const client = new pg.default.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`drop schema if exists "${schema}" cascade`);
        } finally {
          await client.end();
        }
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ask-anyway-test-'));
  return {
    options: { dataDir: dir },
    env: { DATA_DIR: dir },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface TestServer extends RunningServer {
  store: TestStore;
  /** A fresh cookie-keeping client against this server. */
  client(): ApiClient;
  /** Row counts of every table, to prove that a refused request wrote nothing. */
  countRows(): Promise<Record<keyof DB, number>>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  clock?: Clock;
  auth?: Partial<AuthSettings>;
  app?: Partial<AppConfig>;
  /** Serve from an existing store (a second instance on the same database). */
  store?: TestStore;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const store = options.store ?? createStore();
  const ownsStore = !options.store;
  const server = await startServer({
    database: store.options,
    app: { ...DEFAULT_APP_CONFIG, ...options.app, auth: { ...DEFAULT_AUTH_SETTINGS, ...options.auth } },
    port: 0,
    ...(options.clock ? { clock: options.clock } : {}),
    log: () => undefined,
  });
  return {
    ...server,
    store,
    client: () => new ApiClient(server.url),
    countRows: async () => {
      const counts = {} as Record<keyof DB, number>;
      for (const table of ALL_TABLES) {
        const row = await server.database.db
          .selectFrom(table)
          .select(sql<string | number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow();
        counts[table] = Number(row.n);
      }
      return counts;
    },
    stop: async () => {
      await server.close();
      if (ownsStore) await store.dispose();
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

let counter = 0;
/** A unique email per call, so tests never collide on one database. */
export function uniqueEmail(label = 'person'): string {
  counter += 1;
  return `${label}.${counter}.${randomBytes(3).toString('hex')}@example.com`;
}

export const GOOD_PASSWORD = 'a quiet walk to the bakery';

/** Screening answers with nothing flagged: the standard pace. */
export const ALL_CLEAR: ScreeningAnswers = {
  adult: true,
  selfHarmThoughts: false,
  traumaRejection: false,
  panicAttacks: false,
  severeLowMood: false,
  substanceCoping: false,
};

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  email: string | null = null;
  userId: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    options: { json?: unknown; rawBody?: string | Uint8Array; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (unsafe && this.csrfToken && options.csrf !== false) headers[CSRF_HEADER] = this.csrfToken;
    let body: string | Uint8Array | undefined;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.rawBody !== undefined) {
      body = options.rawBody;
    }
    const response = await fetch(this.baseUrl + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const setCookie = response.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=');
      if (name === 'aa_session') this.cookie = value ? `aa_session=${value}` : null;
      if (/expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c)) this.cookie = null;
    }
    const text = await response.text();
    let parsed: unknown = text;
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  async signUp(email = uniqueEmail(), password = GOOD_PASSWORD): Promise<ApiResponse<SessionState>> {
    const res = await this.request<SessionState>('POST', '/api/auth/sign-up', { json: { email, password } });
    if (res.status === 201) this.remember(res.body, email);
    return res;
  }

  /** A clinician account (self-declared profession and licence number). */
  async signUpClinician(displayName = 'Dr Rivera', email = uniqueEmail('clinician')): Promise<ApiResponse<SessionState>> {
    const res = await this.request<SessionState>('POST', '/api/auth/sign-up', {
      json: { email, password: GOOD_PASSWORD, displayName, clinician: { profession: 'Clinical psychologist', licenceNumber: 'PSY-12345' } },
    });
    if (res.status === 201) this.remember(res.body, email);
    return res;
  }

  async signIn(email: string, password = GOOD_PASSWORD): Promise<ApiResponse<SessionState | Problem>> {
    const res = await this.request<SessionState | Problem>('POST', '/api/auth/sign-in', { json: { email, password } });
    if (res.status === 200) this.remember(res.body as SessionState, email);
    return res;
  }

  private remember(state: SessionState, email: string): void {
    this.csrfToken = state.csrfToken;
    this.email = email;
    this.userId = state.user.id;
  }
}

/** Asserts the RFC 9457 shape and returns the problem for further checks. */
export function expectProblem(res: ApiResponse, status: number): Problem {
  if (res.status !== status) {
    throw new Error(`expected ${status}, got ${res.status}: ${res.text.slice(0, 500)}`);
  }
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) throw new Error(`expected problem+json, got ${type}`);
  const problem = res.body as Problem;
  if (typeof problem.title !== 'string' || problem.status !== status || typeof problem.type !== 'string') {
    throw new Error(`not a problem body: ${res.text.slice(0, 500)}`);
  }
  return problem;
}
