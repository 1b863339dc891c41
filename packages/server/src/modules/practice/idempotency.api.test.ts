import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Experiment, Rung, SafetyEvent } from '@ask-anyway/core';
import { ALL_CLEAR, ENGINE, expectProblem, startTestServer, type ApiClient, type TestServer } from '../../test-support/harness.js';

/** Writes carry a client-generated id, so a retry — or an offline outbox replaying — stores exactly once. */
describe(`exactly-once writes with client ids (${ENGINE})`, () => {
  let server: TestServer;
  let sam: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    sam = server.client();
    await sam.signUp();
    await sam.request('PUT', '/api/safety/screening', { json: { answers: ALL_CLEAR } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const log = (id: string) => ({ id, title: 'Ask a stranger for a recommendation', outcome: 'rejected', actualSuds: 30, quick: true });

  it('stores the same write sent twice once, answering the retry with the stored entry', async () => {
    const id = randomUUID();
    const first = await sam.request<Experiment>('POST', '/api/experiments', { json: log(id) });
    const before = await server.countRows();
    const again = await sam.request<Experiment>('POST', '/api/experiments', { json: log(id) });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await server.countRows()).toEqual(before);
  });

  it('stores once across a server restart', async () => {
    const id = randomUUID();
    expect((await sam.request('POST', '/api/experiments', { json: log(id) })).status).toBe(201);
    const restarted = await startTestServer({ store: server.store });
    try {
      const client = restarted.client();
      client.cookie = sam.cookie;
      client.csrfToken = sam.csrfToken;
      const before = await restarted.countRows();
      const retry = await client.request<Experiment>('POST', '/api/experiments', { json: log(id) });
      expect(retry.status).toBe(200);
      expect(retry.body.id).toBe(id);
      expect(await restarted.countRows()).toEqual(before);
    } finally {
      await restarted.stop();
    }
  });

  it('stores concurrent duplicates once', async () => {
    const id = randomUUID();
    const before = await server.countRows();
    const results = await Promise.all(Array.from({ length: 6 }, () => sam.request<Experiment>('POST', '/api/experiments', { json: log(id) })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id))).toEqual(new Set([id]));
    const after = await server.countRows();
    expect(after.experiments).toBe(before.experiments + 1);
  });

  it('does the same for rungs and safety events', async () => {
    const rungId = randomUUID();
    const rung = { id: rungId, title: 'Ask my neighbour for a ladder', suds: 35 };
    const [r1, r2] = await Promise.all([
      sam.request<Rung>('POST', '/api/ladder/rungs', { json: rung }),
      sam.request<Rung>('POST', '/api/ladder/rungs', { json: rung }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 201]);
    const eventId = randomUUID();
    const event = { id: eventId, kind: 'moment', feeling: 'wobbly' };
    expect((await sam.request<SafetyEvent>('POST', '/api/safety/events', { json: event })).status).toBe(201);
    expect((await sam.request<SafetyEvent>('POST', '/api/safety/events', { json: event })).status).toBe(200);
    const events = (await sam.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events')).body.events;
    expect(events.filter((e) => e.id === eventId)).toHaveLength(1);
  });

  it("refuses someone else's id without revealing their entry", async () => {
    const id = randomUUID();
    await sam.request('POST', '/api/experiments', { json: log(id) });
    const kim = server.client();
    await kim.signUp();
    await kim.request('PUT', '/api/safety/screening', { json: { answers: ALL_CLEAR } });
    const before = await server.countRows();
    const res = await kim.request('POST', '/api/experiments', { json: { ...log(id), title: 'Kim’s' } });
    const problem = expectProblem(res, 409);
    expect(res.text).not.toContain('recommendation');
    expect(problem.detail).not.toContain(sam.email!);
    expect(await server.countRows()).toEqual(before);
  });

  it('resolves edits from two devices field by field, the later accepted write winning', async () => {
    const id = randomUUID();
    await sam.request('POST', '/api/experiments', { json: log(id) });
    const phone = sam;
    const laptop = server.client();
    await laptop.signIn(sam.email!);
    await phone.request('PATCH', `/api/experiments/${id}`, { json: { learned: 'from the phone', actualSuds: 25 } });
    await laptop.request('PATCH', `/api/experiments/${id}`, { json: { beliefAfter: 20, actualSuds: 28 } });
    const merged = (await phone.request<Experiment>('GET', `/api/experiments/${id}`)).body;
    expect(merged).toMatchObject({ learned: 'from the phone', beliefAfter: 20, actualSuds: 28 });
  });
});
