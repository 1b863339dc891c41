import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionSummary, User } from '@ask-anyway/core';
import { ENGINE, GOOD_PASSWORD, expectProblem, startTestServer, type ApiClient, type TestServer } from '../test-support/harness.js';

describe(`one person cannot touch another's account (${ENGINE})`, () => {
  let server: TestServer;
  let alex: ApiClient;
  let blair: ApiClient;
  let alexSessionId: string;

  beforeAll(async () => {
    server = await startTestServer();
    alex = server.client();
    blair = server.client();
    await alex.signUp();
    await blair.signUp();
    const list = await alex.request<{ sessions: SessionSummary[] }>('GET', '/api/sessions');
    alexSessionId = list.body.sessions[0]!.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows each person only their own account and sessions', async () => {
    const me = await blair.request<User>('GET', '/api/me');
    expect(me.body.id).toBe(blair.userId);
    const sessions = await blair.request<{ sessions: SessionSummary[] }>('GET', '/api/sessions');
    expect(sessions.body.sessions.map((s) => s.id)).not.toContain(alexSessionId);
    expect(sessions.text).not.toContain(alex.email!);
  });

  it("cannot sign out someone else's session: 404, and it keeps working", async () => {
    const res = expectProblem(await blair.request('DELETE', `/api/sessions/${alexSessionId}`), 404);
    expect(res.detail).not.toContain(alex.email!);
    expect((await alex.request('GET', '/api/me')).status).toBe(200);
  });

  it("gets the same 404 for someone else's session as for one that never existed", async () => {
    const theirs = expectProblem(await blair.request('DELETE', `/api/sessions/${alexSessionId}`), 404);
    const none = expectProblem(await blair.request('DELETE', '/api/sessions/01900000-0000-7000-8000-000000000000'), 404);
    expect({ ...theirs, instance: undefined }).toEqual({ ...none, instance: undefined });
  });

  it("cannot use someone else's CSRF token", async () => {
    const forged = server.client();
    forged.cookie = blair.cookie;
    forged.csrfToken = alex.csrfToken;
    expectProblem(await forged.request('PATCH', '/api/me', { json: { displayName: 'hijack' } }), 403);
  });

  it("deleting one account leaves the other's intact", async () => {
    const before = await alex.request<User>('GET', '/api/me');
    expect((await blair.request('DELETE', '/api/me', { json: { password: GOOD_PASSWORD } })).status).toBe(204);
    const after = await alex.request<User>('GET', '/api/me');
    expect(after.body).toEqual(before.body);
    const sessions = await alex.request<{ sessions: SessionSummary[] }>('GET', '/api/sessions');
    expect(sessions.body.sessions).toHaveLength(1);
  });
});
