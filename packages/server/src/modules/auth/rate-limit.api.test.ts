import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.js';
import { ENGINE, expectProblem, startTestServer, uniqueEmail, type TestServer } from '../../test-support/harness.js';

/**
 * Two server instances share one database, as several app servers behind a load balancer would;
 * the limits must hold across them because their state lives in the database.
 */
describe(`sign-in rate limiting across instances (${ENGINE})`, () => {
  const clock = fixedClock(new Date('2026-03-01T12:00:00Z'));
  const limits = { signInLimitPerAccount: 3, signInLimitPerAddress: 6, signInWindowMs: 15 * 60_000 };
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ clock, auth: limits });
    b = await startTestServer({ clock, auth: limits, store: a.store });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('locks an account after N failures spread over two instances, even for the right password', async () => {
    const email = uniqueEmail();
    await a.client().signUp(email);
    expectProblem(await a.client().signIn(email, 'wrong guess number 1'), 401);
    expectProblem(await b.client().signIn(email, 'wrong guess number 2'), 401);
    expectProblem(await a.client().signIn(email, 'wrong guess number 3'), 401);
    const limited = expectProblem(await b.client().signIn(email), 429);
    expect(limited.type).toBe('/problems/rate-limited');
    const res = await a.client().signIn(email);
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    clock.advance(15 * 60_000 + 1000);
    expect((await b.client().signIn(email)).status).toBe(200);
  });

  it('a success clears the account counter', async () => {
    const email = uniqueEmail();
    await a.client().signUp(email);
    expectProblem(await a.client().signIn(email, 'wrong guess number 1'), 401);
    expectProblem(await b.client().signIn(email, 'wrong guess number 2'), 401);
    expect((await a.client().signIn(email)).status).toBe(200);
    expectProblem(await b.client().signIn(email, 'wrong guess number 3'), 401);
    expectProblem(await b.client().signIn(email, 'wrong guess number 4'), 401);
    expect((await a.client().signIn(email)).status).toBe(200);
    clock.advance(15 * 60_000 + 1000);
  });

  it('limits one address trying many accounts', async () => {
    for (let i = 0; i < 6; i++) {
      const server = i % 2 === 0 ? a : b;
      expectProblem(await server.client().signIn(uniqueEmail('spray'), 'guessing away here'), 401);
    }
    const email = uniqueEmail();
    await a.client().signUp(email);
    expectProblem(await b.client().signIn(email), 429);
    clock.advance(15 * 60_000 + 1000);
    expect((await b.client().signIn(email)).status).toBe(200);
  });

  it('counts concurrent failures exactly (the increment is atomic)', async () => {
    const email = uniqueEmail();
    await a.client().signUp(email);
    const many = await Promise.all(
      Array.from({ length: 2 }, (_, i) => (i % 2 ? a : b).client().signIn(email, `wrong password ${i}x`)),
    );
    expect(many.map((r) => r.status)).toEqual([401, 401]);
    const row = await a.database.db.selectFrom('rateLimits').selectAll().where('key', 'like', 'sign-in:address:%').executeTakeFirstOrThrow();
    expect(row.count).toBe(2);
    clock.advance(15 * 60_000 + 1000);
  });
});
