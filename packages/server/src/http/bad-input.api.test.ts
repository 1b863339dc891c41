import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, GOOD_PASSWORD, expectProblem, startTestServer, uniqueEmail, type ApiClient, type TestServer } from '../test-support/harness.js';

/**
 * Hostile and careless input: every case must get a 4xx problem+json naming what is wrong,
 * never a 500, and must leave every table exactly as it was.
 */
describe(`bad input (${ENGINE})`, () => {
  let server: TestServer;
  let signedIn: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    signedIn = server.client();
    await signedIn.signUp();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const signUp = (init: { raw?: string | Uint8Array; json?: unknown; type?: string }) =>
    server.client().request('POST', '/api/auth/sign-up', {
      ...(init.json !== undefined ? { json: init.json } : {}),
      ...(init.raw !== undefined ? { rawBody: init.raw } : {}),
      headers: { 'content-type': init.type ?? 'application/json' },
    });

  const cases: {
    name: string;
    send: () => ReturnType<typeof signUp>;
    status: number;
    fields?: string[];
    detail?: RegExp;
  }[] = [
    { name: 'malformed JSON', send: () => signUp({ raw: '{"email": "a@b.co", "password": ' }), status: 400, detail: /not valid JSON/ },
    { name: 'a JSON array instead of an object', send: () => signUp({ json: [1, 2] }), status: 422, fields: ['(body)'] },
    { name: 'a JSON string', send: () => signUp({ json: 'hello' }), status: 422, fields: ['(body)'] },
    { name: 'null', send: () => signUp({ raw: 'null' }), status: 422, fields: ['(body)'] },
    { name: 'an empty body', send: () => signUp({ raw: '' }), status: 400, detail: /empty/ },
    { name: 'wrong types', send: () => signUp({ json: { email: 42, password: true } }), status: 422, fields: ['email', 'password'] },
    { name: 'missing fields', send: () => signUp({ json: {} }), status: 422, fields: ['email', 'password'] },
    { name: 'an invalid email', send: () => signUp({ json: { email: 'not-an-email', password: GOOD_PASSWORD } }), status: 422, fields: ['email'] },
    {
      name: 'unknown fields',
      send: () => signUp({ json: { email: uniqueEmail(), password: GOOD_PASSWORD, isAdmin: true, role: 'clinician' } }),
      status: 422,
      fields: ['isAdmin', 'role'],
    },
    {
      name: 'a 100k-character string',
      send: () => signUp({ json: { email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'é'.repeat(100_000) } }),
      status: 413,
      detail: /at most 65536 bytes/,
    },
    {
      name: 'a 20k-character name inside the size limit',
      send: () => signUp({ json: { email: uniqueEmail(), password: GOOD_PASSWORD, displayName: 'n'.repeat(20_000) } }),
      status: 422,
      fields: ['displayName'],
    },
    {
      name: 'a password of 100k characters',
      send: () => signUp({ json: { email: uniqueEmail(), password: 'p'.repeat(60_000) } }),
      status: 422,
      fields: ['password'],
    },
    {
      name: 'an oversized body (1 MiB)',
      send: () => signUp({ raw: '{"email":"' + 'a'.repeat(1024 * 1024) + '"}' }),
      status: 413,
    },
    {
      name: 'invalid UTF-8',
      send: () =>
        signUp({
          raw: new Uint8Array([...new TextEncoder().encode('{"email":"a@b.co","password":"'), 0xc3, 0x28, 0xff, ...new TextEncoder().encode('xxxxxxxx"}')]),
        }),
      status: 400,
      detail: /UTF-8/,
    },
    { name: 'a non-JSON media type', send: () => signUp({ raw: 'email=a@b.co', type: 'application/x-www-form-urlencoded' }), status: 415 },
    { name: 'no media type', send: () => signUp({ raw: '{}', type: '' }), status: 415 },
    { name: 'a prototype-pollution key', send: () => signUp({ raw: '{"__proto__":{"admin":true},"email":"x@y.co","password":"a quiet walk home"}' }), status: 422, fields: ['__proto__'] },
  ];

  it.each(cases)('$name → $status problem, nothing written', async ({ send, status, fields, detail }) => {
    const before = await server.countRows();
    const res = await send();
    const problem = expectProblem(res, status);
    if (fields) expect(problem.errors?.map((e) => e.field).sort()).toEqual([...fields].sort());
    if (detail) expect(problem.detail).toMatch(detail);
    for (const error of problem.errors ?? []) expect(error.detail.length).toBeGreaterThan(0);
    expect(await server.countRows()).toEqual(before);
  });

  it('names an invalid path parameter', async () => {
    const problem = expectProblem(await signedIn.request('DELETE', '/api/sessions/not-a-uuid'), 422);
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'id', in: 'path', pointer: '/id' })]);
  });

  it('answers unknown API paths and wrong methods as problems', async () => {
    expectProblem(await signedIn.request('GET', '/api/nothing-here'), 404);
    const wrong = expectProblem(await signedIn.request('PUT', '/api/me', { json: {} }), 405);
    expect(wrong.detail).toContain('GET');
  });

  it('refuses writes that need a session without one', async () => {
    const before = await server.countRows();
    expectProblem(await server.client().request('PATCH', '/api/me', { json: { displayName: 'x' } }), 401);
    expect(await server.countRows()).toEqual(before);
  });

  it('ignores an absurd session cookie instead of failing', async () => {
    const client = server.client();
    client.cookie = `aa_session=${'x'.repeat(5000)}`;
    expectProblem(await client.request('GET', '/api/me'), 401);
  });
});
