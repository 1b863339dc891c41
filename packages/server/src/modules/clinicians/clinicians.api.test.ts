import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assignment, ClientView, SessionState, SharingScope, Today } from '@ask-anyway/core';
import { fixedClock } from '../../lib/clock.js';
import { ALL_CLEAR, ENGINE, expectProblem, startTestServer, type ApiClient, type TestServer } from '../../test-support/harness.js';

const DAY = 86_400_000;

describe(`clinicians: consented sharing, guiding the practice, the audit trail (${ENGINE})`, () => {
  const clock = fixedClock(new Date('2026-06-01T09:00:00Z'));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const person = async (name = 'Sam') => {
    const client = server.client();
    await client.signUp();
    await client.request('PATCH', '/api/me', { json: { displayName: name } });
    await client.request('PUT', '/api/safety/screening', { json: { answers: ALL_CLEAR } });
    return client;
  };
  const clinician = async (name = 'Dr Rivera') => {
    const client = server.client();
    const res = await client.signUpClinician(name);
    expect(res.status).toBe(201);
    return client;
  };
  const invite = async (p: ApiClient, scopes: SharingScope[]) => {
    const res = await p.request<{ id: string; code: string; link: string }>('POST', '/api/invitations', { json: { scopes } });
    expect(res.status).toBe(201);
    return res.body;
  };
  const connect = async (p: ApiClient, c: ApiClient, scopes: SharingScope[]) => {
    const { code } = await invite(p, scopes);
    const res = await c.request<{ connectionId: string }>('POST', '/api/clinician/connections', { json: { code } });
    expect(res.status, res.text).toBe(201);
    return res.body.connectionId;
  };
  const view = (c: ApiClient, id: string) => c.request<ClientView>('GET', `/api/clinician/people/${id}`);

  it('makes clinician accounts with self-declared details and no access to anyone by default', async () => {
    const c = await clinician();
    const me = (await c.request<SessionState>('GET', '/api/auth/session')).body;
    expect(me.user).toMatchObject({ role: 'clinician', clinician: { profession: 'Clinical psychologist', licenceNumber: 'PSY-12345' } });
    expect((await c.request<{ people: unknown[] }>('GET', '/api/clinician/people')).body.people).toEqual([]);
    const p = await person();
    expect((await p.request<SessionState>('GET', '/api/auth/session')).body.user).toMatchObject({ role: 'person', clinician: null });
    // A person's account cannot use the clinician routes.
    expect(expectProblem(await p.request('GET', '/api/clinician/people'), 403).detail).toMatch(/clinician accounts/);
  });

  it('connects by a single-use code that expires after 7 days and can be withdrawn', async () => {
    const p = await person();
    const [a, b] = [await clinician('Dr A'), await clinician('Dr B')];
    const inv = await invite(p, ['practice']);
    expect(inv.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(inv.link).toContain(inv.code);
    // Typed in lower case without the dash still works; a second use does not.
    expect((await a.request('POST', '/api/clinician/connections', { json: { code: inv.code.toLowerCase().replace('-', '') } })).status).toBe(201);
    expect(expectProblem(await b.request('POST', '/api/clinician/connections', { json: { code: inv.code } }), 422).errors?.[0]?.field).toBe('code');

    const old = await invite(p, ['practice']);
    clock.advance(7 * DAY);
    expectProblem(await b.request('POST', '/api/clinician/connections', { json: { code: old.code } }), 422);
    const withdrawn = await invite(p, ['practice']);
    expect((await p.request('DELETE', `/api/invitations/${withdrawn.id}`)).status).toBe(204);
    expectProblem(await b.request('POST', '/api/clinician/connections', { json: { code: withdrawn.code } }), 422);
    const statuses = (await p.request<{ invitations: { id: string; status: string }[] }>('GET', '/api/invitations')).body.invitations;
    expect(Object.fromEntries(statuses.map((i) => [i.id, i.status]))).toEqual({ [inv.id]: 'accepted', [old.id]: 'expired', [withdrawn.id]: 'revoked' });
    // Only a hash of a code is stored.
    const stored = await server.database.db.selectFrom('invitations').select('codeHash').execute();
    expect(JSON.stringify(stored)).not.toContain(inv.code);
  });

  it('shows only what the scopes allow, and a change of scopes or a revocation applies to the very next request', async () => {
    const p = await person();
    const c = await clinician();
    const rung = (await p.request<{ id: string }>('POST', '/api/ladder/rungs', { json: { title: 'Ask for a table by the window', suds: 35 } })).body;
    const exp = (
      await p.request<{ id: string }>('POST', '/api/experiments', {
        json: { rungId: rung.id, fearedConsequence: 'PRIVATE-FEAR', expectedSuds: 40, outcome: 'accepted', actualSuds: 20, learned: 'PRIVATE-LEARNED' },
      })
    ).body;
    await p.request('POST', '/api/measures/entries', { json: { measure: 'gad7', answers: [1, 1, 1, 1, 1, 1, 1] } });
    await p.request('POST', '/api/safety/events', { json: { kind: 'panic', feeling: 'PRIVATE-FEELING' } });
    const id = await connect(p, c, ['practice']);

    let v = (await view(c, id)).body;
    expect(v.displayName).toBe('Sam');
    expect(v.experiments!.map((e) => e.id)).toEqual([exp.id]);
    expect(v.experiments![0]).toMatchObject({ fearedConsequence: null, learned: null, expectedSuds: 40, actualSuds: 20 });
    expect(v.ladder!.map((r) => r.id)).toEqual([rung.id]);
    expect(v.measures).toBeUndefined();
    expect(v.safetyEvents).toBeUndefined();
    expect(JSON.stringify(v)).not.toMatch(/PRIVATE-/);
    expect(v.flags).not.toContain('panic');

    const connectionId = (await p.request<{ connections: { id: string; clinician: { profession: string } }[] }>('GET', '/api/connections')).body.connections[0]!;
    expect(connectionId).toMatchObject({ id, clinician: { profession: 'Clinical psychologist' } });
    expect((await p.request('PATCH', `/api/connections/${id}`, { json: { scopes: ['practice', 'notes', 'measures', 'safety'] } })).status).toBe(200);
    v = (await view(c, id)).body;
    expect(v.experiments![0]).toMatchObject({ fearedConsequence: 'PRIVATE-FEAR', learned: 'PRIVATE-LEARNED' });
    expect(v.measures!.summaries.find((s) => s.measure === 'gad7')!.latest!.score).toBe(7);
    expect(v.safetyEvents!.map((e) => e.feeling)).toContain('PRIVATE-FEELING');
    expect(v.flags).toContain('panic');

    await p.request('PATCH', `/api/connections/${id}`, { json: { scopes: ['measures'] } });
    v = (await view(c, id)).body;
    expect(v.experiments).toBeUndefined();
    expect(JSON.stringify(v)).not.toMatch(/PRIVATE-/);
    expect(expectProblem(await c.request('POST', `/api/clinician/people/${id}/feedback`, { json: { experimentId: exp.id, text: 'Nice' } }), 403).type).toBe(
      '/problems/not-shared',
    );

    expect((await p.request('DELETE', `/api/connections/${id}`)).status).toBe(204);
    const refused = expectProblem(await view(c, id), 404);
    expect(JSON.stringify(refused)).not.toMatch(/Sam|PRIVATE/);
    expect((await c.request<{ people: unknown[] }>('GET', '/api/clinician/people')).body.people).toEqual([]);
    expect((await p.request<{ connections: unknown[] }>('GET', '/api/connections')).body.connections).toEqual([]);
    // Notes need the practice too.
    expect(expectProblem(await p.request('POST', '/api/invitations', { json: { scopes: ['notes'] } }), 422).errors?.[0]?.field).toBe('scopes');
  });

  it('lets a clinician set pacing limits the rails enforce, the strictest of several winning, gone with the connection', async () => {
    const p = await person();
    const [a, b] = [await clinician('Dr A'), await clinician('Dr B')];
    const [ida, idb] = [await connect(p, a, ['practice']), await connect(p, b, ['practice'])];
    const today = async () => (await p.request<Today>('GET', '/api/today')).body;
    expect((await today()).pacing.ceiling).toBe(45);

    expect((await a.request('PUT', `/api/clinician/people/${ida}/limits`, { json: { maxStep: null, maxExpectedSuds: 30, pauseSuggestions: false } })).status).toBe(200);
    await b.request('PUT', `/api/clinician/people/${idb}/limits`, { json: { maxStep: 5, maxExpectedSuds: 40, pauseSuggestions: false } });
    let t = await today();
    expect(t.pacing.ceiling).toBe(30);
    expect(t.suggestion!.expectedSuds).toBeLessThanOrEqual(30);
    // A plan above the clinician's maximum needs the person's confirmed heads-up.
    expect(expectProblem(await p.request('POST', '/api/experiments', { json: { title: 'A bigger ask', expectedSuds: 38 } }), 409).type).toBe('/problems/heads-up');

    await b.request('PUT', `/api/clinician/people/${idb}/limits`, { json: { maxStep: 5, maxExpectedSuds: 40, pauseSuggestions: true } });
    t = await today();
    expect(t.pacing.status).toBe('paused-clinician');
    expect(t.suggestion).toBeNull();

    await p.request('DELETE', `/api/connections/${idb}`);
    t = await today();
    expect(t.pacing).toMatchObject({ status: 'open', ceiling: 30 });
    await p.request('DELETE', `/api/connections/${ida}`);
    expect((await today()).pacing.ceiling).toBe(45);
  });

  it('lets a clinician suggest a challenge the person accepts onto the ladder or declines, and leave feedback', async () => {
    const p = await person();
    const c = await clinician();
    const id = await connect(p, c, ['practice']);
    const assigned = await c.request<Assignment>('POST', `/api/clinician/people/${id}/assignments`, {
      json: { kind: 'challenge', title: 'Ask a barista for a recommendation', suds: 30, note: 'Notice what you predict first.' },
    });
    expect(assigned.status).toBe(201);
    const other = await c.request<Assignment>('POST', `/api/clinician/people/${id}/assignments`, { json: { kind: 'rung', title: 'Return an item', suds: 45 } });
    const mine = (await p.request<{ assignments: Assignment[] }>('GET', '/api/assignments')).body.assignments;
    expect(mine.map((a) => [a.title, a.status, a.from])).toEqual([
      ['Return an item', 'pending', 'Dr Rivera'],
      ['Ask a barista for a recommendation', 'pending', 'Dr Rivera'],
    ]);
    const accepted = (await p.request<Assignment>('POST', `/api/assignments/${assigned.body.id}/response`, { json: { accept: true } })).body;
    expect(accepted).toMatchObject({ status: 'accepted' });
    const ladder = (await p.request<{ rungs: { id: string; title: string; suds: number }[] }>('GET', '/api/ladder')).body.rungs;
    expect(ladder.find((r) => r.id === accepted.rungId)).toMatchObject({ title: 'Ask a barista for a recommendation', suds: 30 });
    expect(expectProblem(await p.request('POST', `/api/assignments/${assigned.body.id}/response`, { json: { accept: false } }), 409).type).toBe(
      '/problems/already-answered',
    );
    expect((await p.request<Assignment>('POST', `/api/assignments/${other.body.id}/response`, { json: { accept: false } })).body.status).toBe('declined');

    const exp = (
      await p.request<{ id: string }>('POST', '/api/experiments', { json: { rungId: accepted.rungId, expectedSuds: 30, outcome: 'accepted', actualSuds: 15 } })
    ).body;
    const v = (await view(c, id)).body;
    expect(v.experiments![0]).toMatchObject({ id: exp.id, rungId: accepted.rungId, actualSuds: 15 });
    expect(v.assignments.map((a) => a.status)).toEqual(['declined', 'accepted']);
    const fb = await c.request('POST', `/api/clinician/people/${id}/feedback`, { json: { experimentId: exp.id, text: 'Lower than you feared — well noticed.' } });
    expect(fb.status).toBe(201);
    const feedback = (await p.request<{ feedback: { experimentId: string; text: string; from: string }[] }>('GET', '/api/feedback')).body.feedback;
    expect(feedback).toEqual([expect.objectContaining({ experimentId: exp.id, text: 'Lower than you feared — well noticed.', from: 'Dr Rivera' })]);

    // Someone else's experiment, an unknown challenge, and someone else's suggestion are refused.
    const stranger = await person('Other');
    const theirs = (await stranger.request<{ id: string }>('POST', '/api/experiments', { json: { title: 'x', outcome: 'rejected' } })).body;
    const before = await server.countRows();
    expect(expectProblem(await c.request('POST', `/api/clinician/people/${id}/feedback`, { json: { experimentId: theirs.id, text: 'hi' } }), 422).errors?.[0]?.field).toBe(
      'experimentId',
    );
    expectProblem(await c.request('POST', `/api/clinician/people/${id}/assignments`, { json: { kind: 'challenge', challengeSlug: 'no-such-thing', suds: 20 } }), 422);
    expectProblem(await c.request('POST', `/api/clinician/people/${id}/assignments`, { json: { kind: 'challenge', suds: 20 } }), 422);
    expectProblem(await stranger.request('POST', `/api/assignments/${assigned.body.id}/response`, { json: { accept: true } }), 404);
    expect(await server.countRows()).toEqual(before);
  });

  it('records every clinician read and write in an audit trail the person sees and nobody can change', async () => {
    const p = await person();
    const c = await clinician();
    const id = await connect(p, c, ['practice', 'measures']);
    await view(c, id);
    await c.request('GET', '/api/clinician/people');
    await c.request('PUT', `/api/clinician/people/${id}/limits`, { json: { maxStep: 10, maxExpectedSuds: null, pauseSuggestions: false } });
    const trail = (await p.request<{ entries: { clinician: string; action: string; what: string }[] }>('GET', '/api/audit')).body.entries;
    expect(trail.map((e) => [e.action, e.what])).toEqual([
      ['write', 'Set pacing limits: step at most 10'],
      ['read', 'Dashboard summary (shared: practice, measures)'],
      ['read', 'Viewed ladder, experiments; questionnaires'],
      ['write', 'Accepted your invitation and connected'],
    ]);
    expect(trail[0]!.clinician).toBe('Dr Rivera (Clinical psychologist, self-declared)');
    // No route changes or removes audit rows.
    for (const method of ['PATCH', 'PUT', 'DELETE', 'POST']) expect((await p.request(method, '/api/audit', { json: {} })).status).toBe(405);
    // The clinician cannot read the person's trail, only their own (empty) one.
    expect((await c.request<{ entries: unknown[] }>('GET', '/api/audit')).body.entries).toEqual([]);
    // A refused request leaves no trace of data read.
    await p.request('DELETE', `/api/connections/${id}`);
    await view(c, id);
    expect((await p.request<{ entries: unknown[] }>('GET', '/api/audit')).body.entries).toHaveLength(4);
  });

  it('sorts the dashboard by what needs attention, from what each person shares', async () => {
    const c = await clinician();
    const newcomer = await person('New');
    await connect(newcomer, c, ['practice']);
    // Someone who connected minutes ago and has not started yet is not "inactive".
    expect((await c.request<{ people: { flags: string[] }[] }>('GET', '/api/clinician/people')).body.people[0]!.flags).toEqual([]);
    await newcomer.request('DELETE', `/api/connections/${(await newcomer.request<{ connections: { id: string }[] }>('GET', '/api/connections')).body.connections[0]!.id}`);
    const quiet = await person('Quiet');
    const calm = await person('Calm');
    const crisis = await person('Crisis');
    const hidden = await person('Hidden');
    const hard = await person('Hard');
    const ids = {
      hard: await connect(hard, c, ['practice']),
      quiet: await connect(quiet, c, ['practice']),
      calm: await connect(calm, c, ['practice', 'safety']),
      crisis: await connect(crisis, c, ['safety']),
      hidden: await connect(hidden, c, ['practice']),
    };
    await calm.request('POST', '/api/experiments', { json: { title: 'Ask the time', outcome: 'accepted', actualSuds: 10 } });
    await crisis.request('POST', '/api/measures/entries', { json: { measure: 'phq9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] } });
    await hidden.request('POST', '/api/safety/events', { json: { kind: 'panic' } });
    clock.advance(8 * DAY);
    await calm.request('POST', '/api/experiments', { json: { title: 'Ask again', outcome: 'accepted', actualSuds: 10 } });
    await hidden.request('POST', '/api/experiments', { json: { title: 'Ask again', outcome: 'accepted', actualSuds: 10 } });
    // An overwhelming ask long ago is history; one in the last two weeks is a flag.
    await hard.request('POST', '/api/experiments', { json: { title: 'Too big', outcome: 'rejected', actualSuds: 95, occurredAt: new Date(clock.now().getTime() - 30 * DAY).toISOString() } });
    await hard.request('POST', '/api/experiments', { json: { title: 'Too big again', outcome: 'rejected', actualSuds: 90 } });
    const people = (await c.request<{ people: { connectionId: string; displayName: string; flags: string[] }[] }>('GET', '/api/clinician/people')).body.people;
    expect(people.map((x) => [x.displayName, x.flags])).toEqual([
      ['Crisis', ['crisis-answer', 'inactive']],
      ['Hard', ['overwhelm']],
      ['Quiet', ['inactive']],
      ['Calm', []],
      ['Hidden', []],
    ]);
    expect(people.map((x) => x.connectionId)).toEqual([ids.crisis, ids.hard, ids.quiet, ids.calm, ids.hidden]);
  });
});
