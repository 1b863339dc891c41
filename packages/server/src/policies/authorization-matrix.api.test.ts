import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARING_SCOPES, type ChallengeRun, type Experiment, type Rung, type SafetyEvent, type SessionSummary, type SharingScope } from '@ask-anyway/core';
import { ALL_CLEAR, ENGINE, GOOD_PASSWORD, startTestServer, uniqueEmail, type ApiClient, type TestServer } from '../test-support/harness.js';

/**
 * Every API route, taken from the OpenAPI document, against every kind of caller: the owner of the data;
 * a clinician connected with the scope the route needs; one connected without it; one whose connection
 * the owner revoked; a clinician never connected; another person; and nobody signed in. A route missing
 * from this matrix fails the test, so a new route cannot ship without saying who may call it.
 */
type Actor = 'owner' | 'clinician' | 'clinicianWithout' | 'revoked' | 'unconnected' | 'other' | 'anonymous';
const CLINICIAN_ACTORS = ['clinician', 'clinicianWithout', 'revoked', 'unconnected'] as const;

interface Owned {
  client: ApiClient;
  /** The owner's display name: connected clinicians may see it. */
  marker: string;
  /** Text that belongs to one scope each: only a clinician with that scope may see it. */
  scopeMarkers: Record<SharingScope, string>;
  rungId: string;
  experimentId: string;
  sessionId: string;
  restDate: string;
  measureEntryId: string;
  invitationId: string;
  assignmentId: string;
  calendarPath: string;
  safetyEventId: string;
}

interface Call {
  path: string;
  json?: unknown;
}

interface Entry {
  /** `connectionId` is the caller's own connection with the owner (or the connected clinician's, for others). */
  call: (owner: Owned, connectionId: string) => Call | Promise<Call>;
  /** Expected status per caller; `ok` = any 2xx. */
  expect: Record<Actor, number | 'ok'>;
  /** The scope a clinician route needs; the `clinician` actor has it, `clinicianWithout` has every other. */
  scope?: SharingScope | null;
}

const ANY_CLINICIAN = (status: number | 'ok') => Object.fromEntries(CLINICIAN_ACTORS.map((a) => [a, status])) as Record<(typeof CLINICIAN_ACTORS)[number], number | 'ok'>;
const USER = { owner: 'ok', other: 404, anonymous: 401, ...ANY_CLINICIAN(404) } as const;
/** Routes about the caller's own things: anyone signed in succeeds on their own (maybe empty) data. */
const SELF = { owner: 'ok', other: 'ok', anonymous: 401, ...ANY_CLINICIAN('ok') } as const;
const PUBLIC = { owner: 'ok', other: 'ok', anonymous: 'ok', ...ANY_CLINICIAN('ok') } as const;
/** A clinician route about one connected person: the connection must be live, and the scope shared. */
const CLIENT = (needsScope: boolean) =>
  ({
    owner: 403,
    other: 403,
    anonymous: 401,
    clinician: 'ok',
    clinicianWithout: needsScope ? 403 : 'ok',
    revoked: 404,
    unconnected: 404,
  }) as const;

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
    expect: { owner: 401, other: 401, anonymous: 401, ...ANY_CLINICIAN(401) },
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
    // Another person (or a clinician) has not been screened: the API holds them to screening first.
    expect: { owner: 'ok', other: 409, anonymous: 401, ...ANY_CLINICIAN(409) },
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
    expect: { owner: 409, other: 409, anonymous: 401, ...ANY_CLINICIAN(409) },
  },
  'DELETE /api/challenge': { call: () => ({ path: '/api/challenge' }), expect: USER },
  'GET /api/today': { call: () => ({ path: '/api/today' }), expect: SELF },
  'GET /api/progress': { call: () => ({ path: '/api/progress' }), expect: SELF },
  'GET /api/safety': { call: () => ({ path: '/api/safety' }), expect: SELF },
  'PUT /api/safety/screening': { call: () => ({ path: '/api/safety/screening', json: { answers: ALL_CLEAR } }), expect: SELF },
  'POST /api/safety/check-in': { call: () => ({ path: '/api/safety/check-in', json: { safe: true } }), expect: SELF },
  'POST /api/safety/events': { call: () => ({ path: '/api/safety/events', json: { kind: 'moment' } }), expect: SELF },
  'GET /api/safety/events': { call: () => ({ path: '/api/safety/events' }), expect: SELF },
  // The owner's event was debriefed when recorded (it has a feeling), so even the owner cannot take it back.
  'DELETE /api/safety/events/{id}': {
    call: (o) => ({ path: `/api/safety/events/${o.safetyEventId}` }),
    expect: { ...USER, owner: 409 },
  },
  'PATCH /api/safety/events/{id}': { call: (o) => ({ path: `/api/safety/events/${o.safetyEventId}`, json: { note: 'changed' } }), expect: USER },
  'GET /api/measures': { call: () => ({ path: '/api/measures' }), expect: SELF },
  'POST /api/measures/entries': {
    call: () => ({ path: '/api/measures/entries', json: { measure: 'gad7', answers: [0, 1, 0, 1, 0, 1, 0] } }),
    expect: SELF,
  },
  'GET /api/measures/entries': { call: () => ({ path: '/api/measures/entries' }), expect: SELF },
  'GET /api/measures/entries/{id}': { call: (o) => ({ path: `/api/measures/entries/${o.measureEntryId}` }), expect: USER },
  'GET /api/report': { call: () => ({ path: '/api/report' }), expect: SELF },
  'POST /api/invitations': { call: () => ({ path: '/api/invitations', json: { scopes: ['practice'] } }), expect: SELF },
  'GET /api/invitations': { call: () => ({ path: '/api/invitations' }), expect: SELF },
  'DELETE /api/invitations/{id}': { call: (o) => ({ path: `/api/invitations/${o.invitationId}` }), expect: USER },
  'GET /api/connections': { call: () => ({ path: '/api/connections' }), expect: SELF },
  'PATCH /api/connections/{id}': { call: (_o, id) => ({ path: `/api/connections/${id}`, json: { scopes: ['measures'] } }), expect: USER },
  'DELETE /api/connections/{id}': { call: (_o, id) => ({ path: `/api/connections/${id}` }), expect: USER },
  'GET /api/assignments': { call: () => ({ path: '/api/assignments' }), expect: SELF },
  'POST /api/assignments/{id}/response': {
    call: (o) => ({ path: `/api/assignments/${o.assignmentId}/response`, json: { accept: false } }),
    expect: USER,
  },
  'GET /api/feedback': { call: () => ({ path: '/api/feedback' }), expect: SELF },
  'GET /api/audit': { call: () => ({ path: '/api/audit' }), expect: SELF },
  'POST /api/clinician/connections': {
    // A fresh invitation for every caller: connected clinicians are told they already are (409).
    call: async (o) => {
      const { code } = (await o.client.request<{ code: string }>('POST', '/api/invitations', { json: { scopes: ['practice'] } })).body;
      return { path: '/api/clinician/connections', json: { code } };
    },
    expect: { owner: 403, other: 403, anonymous: 401, clinician: 409, clinicianWithout: 409, revoked: 201, unconnected: 201 },
  },
  'GET /api/clinician/people': {
    call: () => ({ path: '/api/clinician/people' }),
    expect: { owner: 403, other: 403, anonymous: 401, ...ANY_CLINICIAN('ok') },
  },
  'GET /api/export': { call: () => ({ path: '/api/export' }), expect: SELF },
  'POST /api/import': {
    call: () => ({ path: '/api/import', json: { format: 'ask-anyway-export' } }),
    expect: { owner: 422, other: 422, anonymous: 401, ...ANY_CLINICIAN(422) },
  },
  'GET /api/export/experiments.csv': { call: () => ({ path: '/api/export/experiments.csv' }), expect: SELF },
  'GET /api/export/questionnaires.csv': { call: () => ({ path: '/api/export/questionnaires.csv' }), expect: SELF },
  'GET /api/export/fhir': { call: () => ({ path: '/api/export/fhir' }), expect: SELF },
  'GET /api/calendar': { call: () => ({ path: '/api/calendar' }), expect: SELF },
  'POST /api/calendar': { call: () => ({ path: '/api/calendar', json: { includePersonalText: true } }), expect: SELF },
  'DELETE /api/calendar': { call: () => ({ path: '/api/calendar' }), expect: SELF },
  // A secret address: whoever holds it reads the feed (as a calendar app does), which carries no personal text.
  'GET /api/calendar/feed/{token}': { call: (o) => ({ path: o.calendarPath }), expect: PUBLIC },
  'GET /api/clinician/people/{connectionId}': { call: (_o, id) => ({ path: `/api/clinician/people/${id}` }), expect: CLIENT(false), scope: null },
  'POST /api/clinician/people/{connectionId}/assignments': {
    call: (_o, id) => ({ path: `/api/clinician/people/${id}/assignments`, json: { kind: 'challenge', title: 'Ask for a glass of water', suds: 20 } }),
    expect: CLIENT(true),
    scope: 'practice',
  },
  'PUT /api/clinician/people/{connectionId}/limits': {
    call: (_o, id) => ({ path: `/api/clinician/people/${id}/limits`, json: { maxStep: 5, maxExpectedSuds: 40, pauseSuggestions: false } }),
    expect: CLIENT(true),
    scope: 'practice',
  },
  'POST /api/clinician/people/{connectionId}/feedback': {
    call: (o, id) => ({ path: `/api/clinician/people/${id}/feedback`, json: { experimentId: o.experimentId, text: 'Well done' } }),
    expect: CLIENT(true),
    scope: 'practice',
  },
};

/** Who may see which of the owner's texts: a connected clinician sees the name and what its scopes cover. */
function allowedMarkers(o: Owned, actor: Actor, scopes: readonly SharingScope[], clinicianRoute: boolean): string[] {
  if (actor === 'owner') return [o.marker, ...Object.values(o.scopeMarkers)];
  if (!clinicianRoute || (actor !== 'clinician' && actor !== 'clinicianWithout')) return [];
  return [o.marker, ...scopes.map((s) => o.scopeMarkers[s])];
}

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
    const scopeMarkers = { practice: `PRACTICE-${marker}`, notes: `NOTES-${marker}`, measures: `MEASURES-${marker}`, safety: `SAFETY-${marker}` };
    const rung = (await client.request<Rung>('POST', '/api/ladder/rungs', { json: { title: `Rung ${scopeMarkers.practice}`, suds: 30 } })).body;
    const experiment = (
      await client.request<Experiment>('POST', '/api/experiments', {
        json: { rungId: rung.id, outcome: 'rejected', actualSuds: 20, learned: `Learned ${scopeMarkers.notes}` },
      })
    ).body;
    const safetyEventId = (
      await client.request<SafetyEvent>('POST', '/api/safety/events', { json: { kind: 'panic', feeling: `Feeling ${scopeMarkers.safety}` } })
    ).body.id;
    await client.request('POST', '/api/rest-days', { json: { date: '2026-12-25' } });
    expect((await client.request<ChallengeRun>('POST', '/api/challenge', { json: {} })).status).toBe(201);
    const measureEntryId = (
      await client.request<{ id: string }>('POST', '/api/measures/entries', { json: { measure: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] } })
    ).body.id;
    const sessionId = (await client.request<{ sessions: SessionSummary[] }>('GET', '/api/sessions')).body.sessions[0]!.id;
    const invitationId = (await client.request<{ id: string }>('POST', '/api/invitations', { json: { scopes: ['practice'] } })).body.id;
    const calendarPath = (await client.request<{ path: string }>('POST', '/api/calendar', { json: { includePersonalText: false } })).body.path;
    return {
      client,
      marker,
      scopeMarkers,
      rungId: rung.id,
      experimentId: experiment.id,
      sessionId,
      restDate: '2026-12-25',
      measureEntryId,
      invitationId,
      assignmentId: '',
      calendarPath,
      safetyEventId,
    };
  }

  it('has an entry for every documented route, and no stale ones', () => {
    expect(routes.filter((r) => !MATRIX[r]), 'routes without a matrix entry').toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r)), 'matrix entries for routes that do not exist').toEqual([]);
  });

  /** Connects a new clinician account to the owner with these scopes; returns the client and connection id. */
  async function connectedClinician(o: Owned, scopes: SharingScope[]): Promise<[ApiClient, string]> {
    const clinician = server.client();
    await clinician.signUpClinician('Dr Matrix');
    const { code } = (await o.client.request<{ code: string }>('POST', '/api/invitations', { json: { scopes } })).body;
    const res = await clinician.request<{ connectionId: string }>('POST', '/api/clinician/connections', { json: { code } });
    expect(res.status, res.text).toBe(201);
    return [clinician, res.body.connectionId];
  }

  it.each(Object.entries(MATRIX))('%s', async (route, entry) => {
    const [method] = route.split(' ');
    const clinicianRoute = route.includes(' /api/clinician/');
    const o = await owner();
    const needed = entry.scope ?? null;
    const withScopes: SharingScope[] = needed ? [needed] : [...SHARING_SCOPES];
    const withoutScopes: SharingScope[] = needed ? SHARING_SCOPES.filter((s) => s !== needed && s !== 'notes') : [];
    const [withClient, withId] = await connectedClinician(o, withScopes);
    const [withoutClient, withoutId] = await connectedClinician(o, withoutScopes);
    const [revokedClient, revokedId] = await connectedClinician(o, [...SHARING_SCOPES]);
    expect((await o.client.request('DELETE', `/api/connections/${revokedId}`)).status).toBe(204);
    const unconnected = server.client();
    await unconnected.signUpClinician('Dr Stranger');
    o.assignmentId = (
      await withClient.request<{ id: string }>('POST', `/api/clinician/people/${withId}/assignments`, { json: { kind: 'rung', title: 'Ask for help', suds: 25 } })
    ).body.id;
    const other = server.client();
    await other.signUp(uniqueEmail('other'));
    const callers: [Actor, ApiClient, string, SharingScope[]][] = [
      ['anonymous', server.client(), withId, []],
      ['other', other, withId, []],
      ['unconnected', unconnected, withId, []],
      ['revoked', revokedClient, revokedId, []],
      ['clinicianWithout', withoutClient, withoutId, withoutScopes],
      ['clinician', withClient, withId, withScopes],
      ['owner', o.client, withId, [...SHARING_SCOPES]],
    ];
    for (const [actor, client, connectionId, scopes] of callers) {
      const call = await entry.call(o, connectionId);
      const res = await client.request(method!, call.path, call.json === undefined ? {} : { json: call.json });
      const expected = entry.expect[actor];
      if (expected === 'ok') expect(res.status, `${actor} → ${res.text.slice(0, 200)}`).toBeLessThan(300);
      else expect(res.status, `${actor} → ${res.text.slice(0, 200)}`).toBe(expected);
      if (actor !== 'owner') {
        const allowed = allowedMarkers(o, actor, scopes, clinicianRoute && res.status < 300);
        for (const m of [o.marker, ...Object.values(o.scopeMarkers)]) {
          if (!allowed.includes(m)) expect(res.text, `${actor} saw the owner's ${m}`).not.toContain(m);
        }
        expect(res.text).not.toContain(o.client.email!);
        // Ids the caller sent may be echoed (a problem's `instance` is the path); the owner's account and
        // session ids never; the owner's records only to a clinician whose scopes cover them.
        const practiceIds = allowed.includes(o.scopeMarkers.practice) ? [] : [o.rungId, o.experimentId];
        const measureIds = allowed.includes(o.scopeMarkers.measures) ? [] : [o.measureEntryId];
        const safetyIds = allowed.includes(o.scopeMarkers.safety) ? [] : [o.safetyEventId];
        for (const id of [...practiceIds, ...measureIds, ...safetyIds, o.sessionId, o.client.userId!]) {
          if (!call.path.includes(id) && !JSON.stringify(call.json ?? '').includes(id)) expect(res.text, `${actor} saw an id of the owner`).not.toContain(id);
        }
      }
    }
    // Whatever others tried, the owner's things are as they were (unless the owner changed them).
    const changesOwnAccountOrLadder = route.includes('/api/auth/') || route.endsWith(' /api/me') || route.includes('{') || route.includes('/api/assignments');
    if (!changesOwnAccountOrLadder) {
      const ladder = await o.client.request<{ rungs: Rung[] }>('GET', '/api/ladder');
      if (ladder.status === 200) expect(ladder.body.rungs.map((r) => r.id)).toContain(o.rungId);
    }
  });
});
