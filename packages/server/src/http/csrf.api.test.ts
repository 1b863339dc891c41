import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, expectProblem, startTestServer, uniqueEmail, GOOD_PASSWORD, type ApiClient, type TestServer } from '../test-support/harness.js';

describe(`CSRF protection (${ENGINE})`, () => {
  let server: TestServer;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    client = server.client();
    await client.signUp();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const patch = (headers: Record<string, string>, csrf = true) =>
    client.request('PATCH', '/api/me', { json: { displayName: 'Changed' }, headers, csrf });

  it('refuses a cookie-authenticated write without the token', async () => {
    expect(expectProblem(await patch({}, false), 403).type).toBe('/problems/csrf');
  });

  it('refuses a wrong token', async () => {
    expectProblem(await patch({ 'x-csrf-token': 'x'.repeat(43) }, false), 403);
  });

  it('refuses a request a browser marks as cross-site, even with the token', async () => {
    expectProblem(await patch({ 'sec-fetch-site': 'cross-site' }), 403);
  });

  it('refuses a foreign or opaque Origin', async () => {
    expectProblem(await patch({ origin: 'https://evil.example' }), 403);
    expectProblem(await patch({ origin: 'null' }), 403);
  });

  it('refuses a cross-site sign-in (login CSRF) and writes nothing', async () => {
    const before = await server.countRows();
    const res = await server.client().request('POST', '/api/auth/sign-up', {
      json: { email: uniqueEmail(), password: GOOD_PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expectProblem(res, 403);
    expect(await server.countRows()).toEqual(before);
  });

  it('accepts the same-origin write with the right token', async () => {
    const origin = new URL(server.url).origin.replace('localhost', '127.0.0.1');
    const res = await patch({ 'sec-fetch-site': 'same-origin', origin: origin.replace('127.0.0.1', 'localhost') });
    expect(res.status).toBe(200);
  });

  it('lets reads through without a token', async () => {
    expect((await client.request('GET', '/api/me')).status).toBe(200);
  });
});
