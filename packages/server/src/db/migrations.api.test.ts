import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, createStore, type TestStore } from '../test-support/harness.js';
import { migrateToLatest, openDatabase, type Database } from './database.js';
import { migrations } from './migrations/index.js';

/** The schema both engines must end up with: table → column → [type family, nullable]. */
const EXPECTED: Record<string, Record<string, [string, boolean]>> = {
  users: {
    id: ['text', false],
    email: ['text', false],
    password_hash: ['text', false],
    display_name: ['text', true],
    time_zone: ['text', false],
    created_at: ['text', false],
    updated_at: ['text', false],
    role: ['text', false],
    profession: ['text', true],
    licence_number: ['text', true],
  },
  sessions: {
    id: ['text', false],
    user_id: ['text', false],
    token_hash: ['text', false],
    csrf_token: ['text', false],
    user_agent: ['text', true],
    created_at: ['text', false],
    last_seen_at: ['text', false],
    expires_at: ['text', false],
  },
  rate_limits: {
    key: ['text', false],
    count: ['integer', false],
    window_started_at: ['text', false],
  },
  ladder_rungs: {
    id: ['text', false],
    user_id: ['text', false],
    challenge_slug: ['text', true],
    title: ['text', false],
    suds: ['integer', false],
    created_at: ['text', false],
    updated_at: ['text', false],
  },
  experiments: {
    id: ['text', false],
    user_id: ['text', false],
    rung_id: ['text', true],
    challenge_slug: ['text', true],
    title: ['text', false],
    feared_consequence: ['text', true],
    belief_before: ['integer', true],
    expected_suds: ['integer', true],
    safety_to_drop: ['text', false],
    safety_other: ['text', true],
    outcome: ['text', true],
    actual_suds: ['integer', true],
    feared_happened: ['text', true],
    belief_after: ['integer', true],
    safety_used: ['text', false],
    learned: ['text', true],
    quick: ['integer', false],
    above_rails: ['integer', false],
    occurred_at: ['text', false],
    time_zone: ['text', false],
    local_date: ['text', false],
    created_at: ['text', false],
    updated_at: ['text', false],
  },
  rest_days: {
    user_id: ['text', false],
    local_date: ['text', false],
    created_at: ['text', false],
  },
  screenings: {
    id: ['text', false],
    user_id: ['text', false],
    version: ['integer', false],
    skipped: ['integer', false],
    adult: ['integer', true],
    self_harm_thoughts: ['integer', true],
    trauma_rejection: ['integer', true],
    panic_attacks: ['integer', true],
    severe_low_mood: ['integer', true],
    substance_coping: ['integer', true],
    route: ['text', false],
    mode: ['text', false],
    created_at: ['text', false],
  },
  safety_events: {
    id: ['text', false],
    user_id: ['text', false],
    kind: ['text', false],
    experiment_id: ['text', true],
    level: ['integer', true],
    feeling: ['text', true],
    tools_used: ['text', false],
    note: ['text', true],
    created_at: ['text', false],
  },
  suggestion_views: {
    user_id: ['text', false],
    local_date: ['text', false],
    suggestion_key: ['text', false],
    suggestion: ['text', false],
    created_at: ['text', false],
  },
  calendar_tokens: {
    id: ['text', false],
    user_id: ['text', false],
    token_hash: ['text', false],
    include_personal_text: ['integer', false],
    created_at: ['text', false],
    revoked_at: ['text', true],
  },
  invitations: {
    id: ['text', false],
    user_id: ['text', false],
    code_hash: ['text', false],
    scopes: ['text', false],
    expires_at: ['text', false],
    created_at: ['text', false],
    accepted_at: ['text', true],
    accepted_by: ['text', true],
    revoked_at: ['text', true],
  },
  connections: {
    id: ['text', false],
    user_id: ['text', false],
    clinician_id: ['text', false],
    scopes: ['text', false],
    max_step: ['integer', true],
    max_expected_suds: ['integer', true],
    pause_suggestions: ['integer', false],
    created_at: ['text', false],
    updated_at: ['text', false],
    revoked_at: ['text', true],
  },
  assignments: {
    id: ['text', false],
    user_id: ['text', false],
    connection_id: ['text', false],
    kind: ['text', false],
    challenge_slug: ['text', true],
    title: ['text', false],
    suds: ['integer', false],
    note: ['text', true],
    status: ['text', false],
    created_at: ['text', false],
    responded_at: ['text', true],
    rung_id: ['text', true],
    experiment_id: ['text', true],
  },
  feedback: {
    id: ['text', false],
    user_id: ['text', false],
    connection_id: ['text', false],
    experiment_id: ['text', false],
    text: ['text', false],
    created_at: ['text', false],
  },
  audit_events: {
    id: ['text', false],
    user_id: ['text', false],
    actor_id: ['text', true],
    actor_label: ['text', false],
    action: ['text', false],
    what: ['text', false],
    created_at: ['text', false],
  },
  measure_entries: {
    id: ['text', false],
    user_id: ['text', false],
    measure: ['text', false],
    answers: ['text', false],
    difficulty: ['integer', true],
    complete: ['integer', false],
    crisis_flag: ['integer', false],
    corrects_id: ['text', true],
    taken_at: ['text', false],
    created_at: ['text', false],
  },
  challenge_runs: {
    id: ['text', false],
    user_id: ['text', false],
    started_on: ['text', false],
    time_zone: ['text', false],
    created_at: ['text', false],
    ended_at: ['text', true],
  },
};

function family(type: string): string {
  const t = type.toLowerCase();
  if (t.startsWith('int')) return 'integer';
  if (t === 'text' || t.startsWith('varchar')) return 'text';
  return t;
}

describe(`migrations (${ENGINE})`, () => {
  let store: TestStore;
  let database: Database;
  beforeAll(async () => {
    store = createStore();
    database = await openDatabase(store.options);
  });
  afterAll(async () => {
    await database?.close();
    await store?.dispose();
  });

  it('runs every migration once, and again as a no-op', async () => {
    expect(await migrateToLatest(database, store.options.pgSchema)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database, store.options.pgSchema)).toEqual([]);
  });

  it('produces the same tables and columns on both engines', async () => {
    const tables = await database.db.introspection.getTables();
    const actual: Record<string, Record<string, [string, boolean]>> = {};
    for (const table of tables) {
      if (table.name.startsWith('kysely_')) continue;
      if (store.options.pgSchema && table.schema !== store.options.pgSchema) continue;
      actual[table.name] = Object.fromEntries(table.columns.map((c) => [c.name, [family(c.dataType), c.isNullable]]));
    }
    expect(actual).toEqual(EXPECTED);
  });

  it('deletes a user’s sessions with the user (foreign keys are on)', async () => {
    const now = new Date().toISOString();
    await database.db.insertInto('users').values({ id: 'u1', email: 'fk@example.com', passwordHash: 'x', displayName: null, timeZone: 'UTC', createdAt: now, updatedAt: now }).execute();
    await database.db.insertInto('sessions').values({ id: 's1', userId: 'u1', tokenHash: 'h', csrfToken: 'c', userAgent: null, createdAt: now, lastSeenAt: now, expiresAt: now }).execute();
    await expect(
      database.db.insertInto('sessions').values({ id: 's2', userId: 'nobody', tokenHash: 'h2', csrfToken: 'c', userAgent: null, createdAt: now, lastSeenAt: now, expiresAt: now }).execute(),
    ).rejects.toThrow();
    await database.db.deleteFrom('users').where('id', '=', 'u1').execute();
    expect(await database.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });
});
