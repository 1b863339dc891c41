import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Experiment, SafetyEvent, SafetyState, Today } from '@ask-anyway/core';
import { catalogue, RAIL_SETTINGS } from '@ask-anyway/core';
import { fixedClock } from '../../lib/clock.js';
import { ENGINE, expectProblem, startTestServer, ALL_CLEAR, type ApiClient, type TestServer } from '../../test-support/harness.js';


describe(`safety: screening, rails, panic support (${ENGINE})`, () => {
  const clock = fixedClock(new Date('2026-04-01T09:00:00Z'));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const newPerson = async () => {
    const client = server.client();
    await client.signUp();
    return client;
  };
  const screen = (client: ApiClient, answers: typeof ALL_CLEAR | null) =>
    client.request<SafetyState>('PUT', '/api/safety/screening', { json: { answers } });
  const today = async (client: ApiClient) => (await client.request<Today>('GET', '/api/today')).body;

  it('asks for screening before the first challenge, and the API holds to it', async () => {
    const client = await newPerson();
    const t = await today(client);
    expect(t.needsScreening).toBe(true);
    expect(t.suggestion).toBeNull();
    const before = await server.countRows();
    expect(expectProblem(await client.request('POST', '/api/experiments', { json: { title: 'Ask for the time' } }), 409).type).toBe(
      '/problems/screening-required',
    );
    expectProblem(await client.request('POST', '/api/challenge', { json: {} }), 409);
    expect(await server.countRows()).toEqual(before);
    const state = (await client.request<SafetyState>('GET', '/api/safety')).body;
    expect(state).toMatchObject({ screened: false, route: null });
  });

  it('routes a trauma answer to supported mode with a low first suggestion', async () => {
    const client = await newPerson();
    const state = (await screen(client, { ...ALL_CLEAR, traumaRejection: true })).body;
    expect(state).toMatchObject({ screened: true, route: 'supported', mode: 'supported', recommendProfessional: true, pausedFor: null });
    expect(state.supportReasons).toEqual(['trauma-rejection']);
    const t = await today(client);
    expect(t.pacing.mode).toBe('supported');
    expect(t.suggestion!.expectedSuds).toBeLessThanOrEqual(RAIL_SETTINGS.supported.start.ceiling);
  });

  it('treats a skipped screening as the crisis-safe default', async () => {
    const client = await newPerson();
    const state = (await screen(client, null)).body;
    expect(state).toMatchObject({ screened: true, route: 'supported', mode: 'supported', supportReasons: ['skipped'] });
    expect((await client.request('POST', '/api/experiments', { json: { title: 'Ask for the time', outcome: 'rejected' } })).status).toBe(201);
  });

  it('opens the crisis path on a self-harm answer and pauses suggestions until a safe check-in', async () => {
    const client = await newPerson();
    const state = (await screen(client, { ...ALL_CLEAR, selfHarmThoughts: true })).body;
    expect(state).toMatchObject({ route: 'crisis', pausedFor: 'crisis', mode: 'supported' });
    let t = await today(client);
    expect(t.suggestion).toBeNull();
    expect(t.pacing.status).toBe('paused-crisis');
    const events = (await client.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events')).body.events;
    expect(events.map((e) => e.kind)).toContain('crisis-answer');

    clock.advance(60_000);
    await client.request('POST', '/api/safety/check-in', { json: { safe: false } });
    expect((await today(client)).pacing.status).toBe('paused-crisis');
    clock.advance(60_000);
    const after = (await client.request<SafetyState>('POST', '/api/safety/check-in', { json: { safe: true } })).body;
    expect(after.pausedFor).toBeNull();
    t = await today(client);
    expect(t.pacing.status).toBe('open');
    expect(t.suggestion).not.toBeNull();
    expect(t.pacing.mode).toBe('supported');
  });

  it('keeps under-18s out of challenges', async () => {
    const client = await newPerson();
    const state = (await screen(client, { ...ALL_CLEAR, adult: false })).body;
    expect(state).toMatchObject({ route: 'under-18', pausedFor: 'under-18' });
    expect((await today(client)).pacing.status).toBe('paused-under-18');
    const both = await newPerson();
    expect((await screen(both, { ...ALL_CLEAR, adult: false, selfHarmThoughts: true })).body.route).toBe('under-18');
    const events = (await both.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events')).body.events;
    expect(events.map((e) => e.kind)).toEqual(['crisis-answer']);
  });

  it('lets answers be reviewed and changed; the latest counts', async () => {
    const client = await newPerson();
    await screen(client, { ...ALL_CLEAR, panicAttacks: true });
    clock.advance(1000);
    const changed = (await screen(client, ALL_CLEAR)).body;
    expect(changed.mode).toBe('standard');
    expect(changed.screening!.answers).toEqual(ALL_CLEAR);
  });

  it('after a reported panic the next suggestion is easier, for 48 hours', async () => {
    const client = await newPerson();
    await screen(client, ALL_CLEAR);
    const slug = catalogue.find((c) => c.difficulty === 45)!.slug;
    const ask = (await client.request<Experiment>('POST', '/api/experiments', { json: { challengeSlug: slug, expectedSuds: 45, outcome: 'rejected', actualSuds: 40 } })).body;
    expect((await today(client)).pacing.ceiling).toBe(60);

    const panic = await client.request<SafetyEvent>('POST', '/api/safety/events', {
      json: { kind: 'panic', experimentId: ask.id, feeling: 'scared and dizzy', toolsUsed: ['breathing', 'grounding'], note: 'Breathing helped.' },
    });
    expect(panic.status).toBe(201);
    const held = await today(client);
    expect(held.pacing.holdUntil).toBe('2026-04-03T' + clock.now().toISOString().slice(11));
    expect(held.pacing.ceiling).toBe(30);
    expect(held.suggestion!.expectedSuds).toBeLessThanOrEqual(30);
    const state = (await client.request<SafetyState>('GET', '/api/safety')).body;
    expect(state.holdUntil).toBe(held.pacing.holdUntil);

    // A harder plan needs the heads-up while the hold lasts.
    const plan = { challengeSlug: slug };
    expect(expectProblem(await client.request('POST', '/api/experiments', { json: plan }), 409).type).toBe('/problems/heads-up');
    const chosen = await client.request<Experiment>('POST', '/api/experiments', { json: { ...plan, headsUpConfirmed: true } });
    expect(chosen.body.aboveRails).toBe(true);

    clock.advance(48 * 3_600_000 + 1000);
    expect((await today(client)).pacing.holdUntil).toBeNull();
  });

  it('records a panic the moment it is tapped (the rails step down at once), and takes the debrief later', async () => {
    const client = await newPerson();
    await screen(client, ALL_CLEAR);
    const slug = catalogue.find((c) => c.difficulty === 45)!.slug;
    const ask = (await client.request<Experiment>('POST', '/api/experiments', { json: { challengeSlug: slug, expectedSuds: 45, outcome: 'rejected', actualSuds: 40 } })).body;
    const id = '0195f1a4-7c2e-7cc0-9d1e-5afe5afe5afe';
    const started = await client.request<SafetyEvent>('POST', '/api/safety/events', { json: { id, kind: 'panic', experimentId: ask.id } });
    expect(started.body).toMatchObject({ id, feeling: null, toolsUsed: [], note: null });
    // Nothing more needed for the rails: the person may never reach the debrief.
    expect((await today(client)).pacing.ceiling).toBe(30);

    const debrief = await client.request<SafetyEvent>('PATCH', `/api/safety/events/${id}`, {
      json: { feeling: 'dizzy', toolsUsed: ['breathing'], note: 'Breathing helped.' },
    });
    expect(debrief.status).toBe(200);
    expect(debrief.body).toMatchObject({ id, kind: 'panic', experimentId: ask.id, feeling: 'dizzy', toolsUsed: ['breathing'], note: 'Breathing helped.' });
    expect((await client.request<SafetyEvent>('PATCH', `/api/safety/events/${id}`, { json: { note: null } })).body).toMatchObject({ feeling: 'dizzy', note: null });

    // Only the person's own panics and moments: not a crisis answer, not someone else's.
    const other = await newPerson();
    const before = await server.countRows();
    expectProblem(await other.request('PATCH', `/api/safety/events/${id}`, { json: { note: 'not mine' } }), 404);
    const crisis = await newPerson();
    await screen(crisis, { ...ALL_CLEAR, selfHarmThoughts: true });
    const crisisEvent = (await crisis.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events')).body.events[0]!;
    expectProblem(await crisis.request('PATCH', `/api/safety/events/${crisisEvent.id}`, { json: { note: 'edit' } }), 404);
    expect(expectProblem(await client.request('PATCH', `/api/safety/events/${id}`, { json: {} }), 422).status).toBe(422);
    expect(expectProblem(await client.request('PATCH', `/api/safety/events/${id}`, { json: { toolsUsed: ['magic'] } }), 422).errors?.[0]?.field).toBe(
      'toolsUsed.0',
    );
    const after = await server.countRows();
    expect(after.safetyEvents - before.safetyEvents).toBe(1); // only the crisis person's own screening event
  });

  it('takes back a mis-tapped panic within 10 minutes, before any debrief, and not after', async () => {
    const client = await newPerson();
    await screen(client, ALL_CLEAR);
    const open = async () => (await client.request<SafetyEvent>('POST', '/api/safety/events', { json: { kind: 'panic' } })).body;
    const mistake = await open();
    expect((await today(client)).pacing.holdUntil).not.toBeNull();
    clock.advance(9 * 60_000);
    const other = await newPerson();
    expectProblem(await other.request('DELETE', `/api/safety/events/${mistake.id}`), 404);
    expect((await client.request('DELETE', `/api/safety/events/${mistake.id}`)).status).toBe(204);
    expect((await today(client)).pacing.holdUntil).toBeNull();
    expectProblem(await client.request('DELETE', `/api/safety/events/${mistake.id}`), 404);

    const late = await open();
    clock.advance(10 * 60_000 + 1000);
    expect(expectProblem(await client.request('DELETE', `/api/safety/events/${late.id}`), 409).type).toBe('/problems/cannot-undo');
    const looked = await open();
    await client.request('PATCH', `/api/safety/events/${looked.id}`, { json: { feeling: 'scared' } });
    expectProblem(await client.request('DELETE', `/api/safety/events/${looked.id}`), 409);
    // A crisis answer is never taken back this way.
    const crisis = await newPerson();
    await screen(crisis, { ...ALL_CLEAR, selfHarmThoughts: true });
    const crisisEvent = (await crisis.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events')).body.events[0]!;
    expectProblem(await crisis.request('DELETE', `/api/safety/events/${crisisEvent.id}`), 404);
    expect((await crisis.request<SafetyState>('GET', '/api/safety')).body.pausedFor).toBe('crisis');
  });

  it('steps down after an overwhelming ask (peak ≥ 85)', async () => {
    const client = await newPerson();
    await screen(client, ALL_CLEAR);
    const slug = catalogue.find((c) => c.difficulty === 40)!.slug;
    await client.request('POST', '/api/experiments', { json: { challengeSlug: slug, outcome: 'rejected', actualSuds: 90 } });
    const t = await today(client);
    expect(t.pacing.holdUntil).not.toBeNull();
    expect(t.suggestion!.expectedSuds).toBeLessThanOrEqual(25);
  });

  it("keeps safety events and screening private: another person sees none and cannot link to mine", async () => {
    const sam = await newPerson();
    const kim = await newPerson();
    await screen(sam, { ...ALL_CLEAR, selfHarmThoughts: true });
    await screen(kim, ALL_CLEAR);
    const samAsk = (await sam.request<Experiment>('POST', '/api/experiments', { json: { title: 'Ask for a discount', outcome: 'rejected' } })).body;
    await sam.request('POST', '/api/safety/events', { json: { kind: 'moment', feeling: 'embarrassed' } });
    const kimEvents = await kim.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events');
    expect(kimEvents.body.events).toEqual([]);
    expect(kimEvents.text).not.toContain('embarrassed');
    const kimState = await kim.request<SafetyState>('GET', '/api/safety');
    expect(kimState.body.pausedFor).toBeNull();
    const before = await server.countRows();
    const problem = expectProblem(await kim.request('POST', '/api/safety/events', { json: { kind: 'panic', experimentId: samAsk.id } }), 422);
    expect(problem.errors?.[0]?.field).toBe('experimentId');
    expect(await server.countRows()).toEqual(before);
    expectProblem(await server.client().request('GET', '/api/safety/events'), 401);
  });

  it('refuses bad safety input, naming the field, and writes nothing', async () => {
    const client = await newPerson();
    const before = await server.countRows();
    const cases: [string, string, unknown, string][] = [
      ['PUT', '/api/safety/screening', {}, 'answers'],
      ['PUT', '/api/safety/screening', { answers: { ...ALL_CLEAR, adult: 'yes' } }, 'answers.adult'],
      ['PUT', '/api/safety/screening', { answers: { ...ALL_CLEAR, mood: 3 } }, 'answers.mood'],
      ['POST', '/api/safety/check-in', { safe: 'ok' }, 'safe'],
      ['POST', '/api/safety/events', { kind: 'meltdown' }, 'kind'],
      ['POST', '/api/safety/events', { kind: 'panic', toolsUsed: ['yoga'] }, 'toolsUsed.0'],
      ['POST', '/api/safety/events', { kind: 'panic', note: 'n'.repeat(1001) }, 'note'],
    ];
    for (const [method, path, json, field] of cases) {
      const problem = expectProblem(await client.request(method, path, { json }), 422);
      expect(problem.errors?.map((e) => e.field), JSON.stringify(json)).toContain(field);
    }
    expect(await server.countRows()).toEqual(before);
  });
});
