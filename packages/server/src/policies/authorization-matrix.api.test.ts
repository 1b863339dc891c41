import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeRun, Experiment, Rung, SafetyEvent, SessionSummary } from '@ask-anyway/core';
import { ALL_CLEAR, ENGINE, GOOD_PASSWORD, startTestServer, uniqueEmail, type ApiClient, type TestServer } from '../test-support/harness.js';

/**
 * Every API route, taken from the OpenAPI document, against every kind of caller: the owner of the data,
 * another person, and nobody signed in. A route missing from this matrix fails the test, so a new route
 * cannot ship without saying who may call it. (Clinician actors join when clinicians exist.)
 */
type Actor = 'owner' | 'other' | 'anonymous';

interface Owned {
  client: ApiClient;
  marker: string;
  rungId: string;
  experimentId: string;
  sessionId: string;
  restDate: string;
  measureEntryId: string;
}

interface Call {
  path: string;
  json?: unknown;
}

interface Entry {
  call: (owner: Owned) => Call;
  /** Expected status per caller; `ok` = any 2xx. */
  expect: Record<Actor, number | 'ok'>;
}

const USER = { owner: 'ok', other: 404, anonymous: 401 } as const;
/** Routes about the caller's own things: another person succeeds on their own (empty) data. */
const SELF = { owner: 'ok', other: 'ok', anonymous: 401 } as const;
const PUBLIC = { owner: 'ok', other: 'ok', anonymous: 'ok' } as const;

const MATRIX: Record<string, Entry> = {
  'GET /api/health': { call: () => ({ path: '/api/health' }), expect: PUBLIC },
  'GET /api/openapi.json': { call: () => ({ path: '/api/openapi.json' }), expect: PUBLIC },
  'GET /api/catalogue': { call: () => ({ path: '/api/catalogue' }), expect: PUBLIC },
  'GET /api/auth/session': { call: () => ({ path: '/api/auth/session' }), expect: PUBLIC },
  'POST /api/auth/sign-up': {
    call: () => ({ path: '/api/auth/sign-up', json: { email: uniqueEmail('matrix'), password: GOOD_PASSWORD } }),
    expect: PUBLIC,
  },
  'POST /api/auth/sign-in': {
    call: (o) => ({ path: '/api/auth/sign-in', json: { email: o.client.email, password: 'not the right one' } }),
    expect: { owner: 401, other: 401, anonymous: 401 },
  },
  'POST /api/auth/sign-out': { call: () => ({ path: '/api/auth/sign-out' }), expect: SELF },
  'GET /api/me': { call: () => ({ path: '/api/me' }), expect: SELF },
  'PATCH /api/me': { call: () => ({ path: '/api/me', json: { displayName: 'Changed' } }), expect: SELF },
  'DELETE /api/me': { call: () => ({ path: '/api/me', json: { password: GOOD_PASSWORD } }), expect: SELF },
  'GET /api/sessions': { call: () => ({ path: '/api/sessions' }), expect: SELF },
  'DELETE /api/sessions/{id}': { call: (o) => ({ path: `/api/sessions/${o.sessionId}` }), expect: USER },
  'GET /api/ladder': { call: () => ({ path: '/api/ladder' }), expect: SELF },
  'POST /api/ladder/rungs': { call: () => ({ path: '/api/ladder/rungs', json: { title: 'A new rung', suds: 30 } }), expect: SELF },
  'PATCH /api/ladder/rungs/{id}': { call: (o) => ({ path: `/api/ladder/rungs/${o.rungId}`, json: { suds: 33 } }), expect: USER },
  'DELETE /api/ladder/rungs/{id}': { call: (o) => ({ path: `/api/ladder/rungs/${o.rungId}` }), expect: USER },
  'GET /api/experiments': { call: () => ({ path: '/api/experiments' }), expect: SELF },
  'POST /api/experiments': {
    call: () => ({ path: '/api/experiments', json: { title: 'Ask for a smaller cup', outcome: 'rejected' } }),
    // Another person has not been screened: the API holds them to screening first.
    expect: { owner: 'ok', other: 409, anonymous: 401 },
  },
  'GET /api/experiments/{id}': { call: (o) => ({ path: `/api/experiments/${o.experimentId}` }), expect: USER },
  'PATCH /api/experiments/{id}': {
    call: (o) => ({ path: `/api/experiments/${o.experimentId}`, json: { learned: 'changed' } }),
    expect: USER,
  },
  'DELETE /api/experiments/{id}': { call: (o) => ({ path: `/api/experiments/${o.experimentId}` }), expect: USER },
  'POST /api/rest-days': { call: () => ({ path: '/api/rest-days', json: { date: '2026-12-24' } }), expect: SELF },
  'DELETE /api/rest-days/{date}': { call: (o) => ({ path: `/api/rest-days/${o.restDate}` }), expect: USER },
  'POST /api/challenge': {
    call: () => ({ path: '/api/challenge', json: {} }),
    // The owner already runs one (409); another person has not been screened (409).
    expect: { owner: 409, other: 409, anonymous: 401 },
  },
  'DELETE /api/challenge': { call: () => ({ path: '/api/challenge' }), expect: USER },
  'GET /api/today': { call: () => ({ path: '/api/today' }), expect: SELF },
  'GET /api/progress': { call: () => ({ path: '/api/progress' }), expect: SELF },
  'GET /api/safety': { call: () => ({ path: '/api/safety' }), expect: SELF },
  'PUT /api/safety/screening': { call: () => ({ path: '/api/safety/screening', json: { answers: ALL_CLEAR } }), expect: SELF },
  'POST /api/safety/check-in': { call: () => ({ path: '/api/safety/check-in', json: { safe: true } }), expect: SELF },
  'POST /api/safety/events': { call: () => ({ path: '/api/safety/events', json: { kind: 'moment' } }), expect: SELF },
  'GET /api/safety/events': { call: () => ({ path: '/api/safety/events' }), expect: SELF },
  'GET /api/measures': { call: () => ({ path: '/api/measures' }), expect: SELF },
  'POST /api/measures/entries': {
    call: () => ({ path: '/api/measures/entries', json: { measure: 'gad7', answers: [0, 1, 0, 1, 0, 1, 0] } }),
    expect: SELF,
  },
  'GET /api/measures/entries': { call: () => ({ path: '/api/measures/entries' }), expect: SELF },
  'GET /api/measures/entries/{id}': { call: (o) => ({ path: `/api/measures/entries/${o.measureEntryId}` }), expect: USER },
  'GET /api/report': { call: () => ({ path: '/api/report' }), expect: SELF },
};

describe(`authorization matrix (${ENGINE})`, () => {
  let server: TestServer;
  let routes: string[];
  beforeAll(async () => {
    server = await startTestServer();
    const doc = (await server.client().request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json')).body;
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A person with one of everything, each carrying a marker that must never reach anyone else. */
  async function owner(): Promise<Owned> {
    const marker = `OWNED-${randomBytes(4).toString('hex')}`;
    const client = server.client();
    await client.signUp(uniqueEmail('owner'));
    await client.request('PATCH', '/api/me', { json: { displayName: marker } });
    await client.request('PUT', '/api/safety/screening', { json: { answers: ALL_CLEAR } });
    const rung = (await client.request<Rung>('POST', '/api/ladder/rungs', { json: { title: `Rung ${marker}`, suds: 30 } })).body;
    const experiment = (
      await client.request<Experiment>('POST', '/api/experiments', {
        json: { rungId: rung.id, outcome: 'rejected', actualSuds: 20, learned: `Learned ${marker}` },
      })
    ).body;
    await client.request<SafetyEvent>('POST', '/api/safety/events', { json: { kind: 'panic', feeling: `Feeling ${marker}` } });
    await client.request('POST', '/api/rest-days', { json: { date: '2026-12-25' } });
    expect((await client.request<ChallengeRun>('POST', '/api/challenge', { json: {} })).status).toBe(201);
    const measureEntryId = (
      await client.request<{ id: string }>('POST', '/api/measures/entries', { json: { measure: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] } })
    ).body.id;
    const sessionId = (await client.request<{ sessions: SessionSummary[] }>('GET', '/api/sessions')).body.sessions[0]!.id;
    return { client, marker, rungId: rung.id, experimentId: experiment.id, sessionId, restDate: '2026-12-25', measureEntryId };
  }

  it('has an entry for every documented route, and no stale ones', () => {
    expect(routes.filter((r) => !MATRIX[r]), 'routes without a matrix entry').toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r)), 'matrix entries for routes that do not exist').toEqual([]);
  });

  it.each(Object.entries(MATRIX))('%s', async (route, entry) => {
    const [method] = route.split(' ');
    const o = await owner();
    const other = server.client();
    await other.signUp(uniqueEmail('other'));
    const callers: [Actor, ApiClient][] = [
      ['anonymous', server.client()],
      ['other', other],
      ['owner', o.client],
    ];
    for (const [actor, client] of callers) {
      const call = entry.call(o);
      const res = await client.request(method!, call.path, call.json === undefined ? {} : { json: call.json });
      const expected = entry.expect[actor];
      if (expected === 'ok') expect(res.status, `${actor} → ${res.text.slice(0, 200)}`).toBeLessThan(300);
      else expect(res.status, `${actor} → ${res.text.slice(0, 200)}`).toBe(expected);
      if (actor !== 'owner') {
        expect(res.text, `${actor} saw the owner's data`).not.toContain(o.marker);
        expect(res.text).not.toContain(o.client.email!);
        // Ids the caller sent may be echoed (a problem's `instance` is the path); any other id of the owner may not.
        for (const id of [o.rungId, o.experimentId, o.sessionId, o.measureEntryId, o.client.userId!]) {
          if (!call.path.includes(id)) expect(res.text, `${actor} saw an id of the owner`).not.toContain(id);
        }
      }
    }
    // Whatever others tried, the owner's things are as they were (unless the owner changed them).
    const changesOwnAccountOrLadder = route.includes('/api/auth/') || route.endsWith(' /api/me') || route.includes('{');
    if (!changesOwnAccountOrLadder) {
      const ladder = await o.client.request<{ rungs: Rung[] }>('GET', '/api/ladder');
      if (ladder.status === 200) expect(ladder.body.rungs.map((r) => r.id)).toContain(o.rungId);
    }
  });
});
