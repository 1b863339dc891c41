import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState, User, SessionSummary } from '@ask-anyway/core';
import { GOOD_PASSWORD, ENGINE, expectProblem, startTestServer, uniqueEmail, type TestServer } from '../../test-support/harness.js';
import { OWNED_TABLES } from '../../db/schema.js';

describe(`accounts (${ENGINE})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('signs up, sets a safe session cookie, and knows who is signed in', async () => {
    const client = server.client();
    const email = uniqueEmail('Sign.Up');
    const res = await client.request<SessionState>('POST', '/api/auth/sign-up', {
      json: { email: `  ${email.toUpperCase()} `, password: GOOD_PASSWORD, displayName: ' Sam ' },
    });
    expect(res.status).toBe(201);
    expect(res.body.user.email).toBe(email.toLowerCase());
    expect(res.body.user.displayName).toBe('Sam');
    expect(res.body.user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(res.body.csrfToken.length).toBeGreaterThanOrEqual(40);
    expect(res.text).not.toMatch(/passwordHash|password_hash|argon2/);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('aa_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    client.csrfToken = res.body.csrfToken;

    const me = await client.request<User>('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(res.body.user.id);
    const session = await client.request<SessionState>('GET', '/api/auth/session');
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('answers the start-up session check with nobody, not an error, when signed out', async () => {
    const res = await server.client().request('GET', '/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null, csrfToken: null });
  });

  it('marks the cookie Secure behind an https proxy it trusts', async () => {
    const proxied = await startTestServer({ store: server.store, app: { trustProxy: true } });
    try {
      const res = await proxied.client().request('POST', '/api/auth/sign-up', {
        json: { email: uniqueEmail(), password: GOOD_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.status).toBe(201);
      expect(res.headers.getSetCookie().find((c) => c.startsWith('aa_session='))).toMatch(/; Secure/);
    } finally {
      await proxied.stop();
    }
  });

  it('stores only a password hash (argon2id), never the password', async () => {
    const email = uniqueEmail();
    await server.client().signUp(email);
    const row = await server.database.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(GOOD_PASSWORD);
    const session = await server.database.db.selectFrom('sessions').selectAll().where('userId', '=', row.id).executeTakeFirstOrThrow();
    expect(session.tokenHash).toHaveLength(43);
  });

  it.each([
    ['short', 'seven77', 'at least 8'],
    ['common', 'password123', 'most common'],
    ['common in another case', 'PassWord123', 'most common'],
  ])('refuses a %s password and names the field', async (_label, password, message) => {
    const before = await server.countRows();
    const res = await server.client().request('POST', '/api/auth/sign-up', { json: { email: uniqueEmail(), password } });
    const problem = expectProblem(res, 422);
    expect(problem.errors?.[0]?.field).toBe('password');
    expect(problem.errors?.[0]?.detail).toContain(message);
    expect(await server.countRows()).toEqual(before);
  });

  it('accepts a long passphrase with no composition rules', async () => {
    const res = await server.client().signUp(uniqueEmail(), 'all lowercase words are fine here');
    expect(res.status).toBe(201);
  });

  it('refuses a second account with the same email and writes nothing', async () => {
    const email = uniqueEmail();
    expect((await server.client().signUp(email)).status).toBe(201);
    const before = await server.countRows();
    const problem = expectProblem(await server.client().signUp(email.toUpperCase()), 409);
    expect(problem.errors?.[0]?.field).toBe('email');
    expect(await server.countRows()).toEqual(before);
  });

  it('gives the same generic answer for a wrong password and an unknown email', async () => {
    const email = uniqueEmail();
    await server.client().signUp(email);
    const wrong = expectProblem(await server.client().signIn(email, 'not the password at all'), 401);
    const unknown = expectProblem(await server.client().signIn(uniqueEmail(), 'not the password at all'), 401);
    expect(wrong.detail).toBe(unknown.detail);
    expect(wrong.title).toBe(unknown.title);
    expect(wrong.detail).not.toMatch(/email.*(unknown|not found|exist)/i);
  });

  it('signs in, signs out, and the old cookie stops working', async () => {
    const email = uniqueEmail();
    await server.client().signUp(email);
    const client = server.client();
    expect((await client.signIn(email)).status).toBe(200);
    const oldCookie = client.cookie;
    expect((await client.request('GET', '/api/me')).status).toBe(200);
    const out = await client.request('POST', '/api/auth/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join(';')).toMatch(/aa_session=;/);
    client.cookie = oldCookie;
    expectProblem(await client.request('GET', '/api/me'), 401);
  });

  it('updates the display name and validates it', async () => {
    const client = server.client();
    await client.signUp();
    const ok = await client.request<User>('PATCH', '/api/me', { json: { displayName: 'Robin' } });
    expect(ok.body.displayName).toBe('Robin');
    const cleared = await client.request<User>('PATCH', '/api/me', { json: { displayName: null } });
    expect(cleared.body.displayName).toBeNull();
    const bad = expectProblem(await client.request('PATCH', '/api/me', { json: { displayName: 'x'.repeat(61) } }), 422);
    expect(bad.errors?.[0]?.field).toBe('displayName');
  });

  it('lists my sessions and signs one device out', async () => {
    const email = uniqueEmail();
    const phone = server.client();
    await phone.signUp(email);
    const laptop = server.client();
    await laptop.signIn(email);
    const list = await phone.request<{ sessions: SessionSummary[] }>('GET', '/api/sessions');
    expect(list.body.sessions).toHaveLength(2);
    expect(list.body.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(list.text).not.toMatch(/tokenHash|csrfToken/);
    const other = list.body.sessions.find((s) => !s.current)!;
    expect((await phone.request('DELETE', `/api/sessions/${other.id}`)).status).toBe(204);
    expectProblem(await laptop.request('GET', '/api/me'), 401);
    expect((await phone.request('GET', '/api/me')).status).toBe(200);
  });

  it('expires a session after its time to live', async () => {
    const { fixedClock } = await import('../../lib/clock.js');
    const clock = fixedClock(new Date('2026-01-10T10:00:00Z'));
    const timed = await startTestServer({ store: server.store, clock, auth: { sessionTtlMs: 60_000, sessionTouchIntervalMs: 10_000 } });
    try {
      const client = timed.client();
      await client.signUp();
      clock.advance(30_000);
      expect((await client.request('GET', '/api/me')).status).toBe(200); // slides the expiry to +60 s
      clock.advance(50_000);
      expect((await client.request('GET', '/api/me')).status).toBe(200);
      clock.advance(61_000);
      expectProblem(await client.request('GET', '/api/me'), 401);
    } finally {
      await timed.stop();
    }
  });

  it('deletes the account only with the right password, and then every row it owned', async () => {
    const email = uniqueEmail();
    const client = server.client();
    await client.signUp(email);
    const second = server.client();
    await second.signIn(email);
    await server.client().signIn(email, 'wrong password here'); // leaves a rate-limit row for the account
    const userId = client.userId!;

    const before = await server.countRows();
    const wrong = expectProblem(await client.request('DELETE', '/api/me', { json: { password: 'not it at all' } }), 422);
    expect(wrong.errors?.[0]?.field).toBe('password');
    expect(await server.countRows()).toEqual(before);

    const res = await client.request('DELETE', '/api/me', { json: { password: GOOD_PASSWORD } });
    expect(res.status).toBe(204);
    for (const { table, ownerColumn } of OWNED_TABLES) {
      const rows = await server.database.db.selectFrom(table).selectAll().where(ownerColumn, '=', userId).execute();
      expect(rows, table).toHaveLength(0);
    }
    expect(await server.database.db.selectFrom('users').selectAll().where('id', '=', userId).execute()).toHaveLength(0);
    const after = await server.countRows();
    expect(after.users).toBe(before.users - 1);
    expect(after.sessions).toBe(before.sessions - 2);
    expect(after.rateLimits).toBe(before.rateLimits - 1);
    expectProblem(await second.request('GET', '/api/me'), 401);
    expectProblem(await server.client().signIn(email), 401);
  });
});
