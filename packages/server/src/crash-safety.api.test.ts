import { afterAll, describe, expect, it } from 'vitest';
import type { User } from '@ask-anyway/core';
import { ApiClient, ENGINE, createStore, uniqueEmail } from './test-support/harness.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from './test-support/process.js';

type Proc = ServerProcess;

const startProcess = (env: Record<string, string>) => startServerProcess({ ...process.env, ...env });
const kill = (proc: Proc) => stopServerProcess(proc, 'SIGKILL');

describe(`crash safety of the real server process (${ENGINE})`, () => {
  const store = createStore();
  const running: Proc[] = [];
  afterAll(async () => {
    for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) await kill(p);
    await store.dispose();
  });

  it('keeps every acknowledged write after SIGKILL', async () => {
    const first = await startProcess(store.env);
    running.push(first);
    const acknowledged: { email: string; name: string }[] = [];
    for (let i = 0; i < 20; i++) {
      const client = new ApiClient(first.url);
      const email = uniqueEmail('crash');
      expect((await client.signUp(email)).status).toBe(201);
      const name = `Name ${i}`;
      expect((await client.request('PATCH', '/api/me', { json: { displayName: name } })).status).toBe(200);
      acknowledged.push({ email, name });
    }
    // A burst still in flight when the process dies: whatever was acknowledged must survive too.
    const burst = Array.from({ length: 10 }, async () => {
      const email = uniqueEmail('burst');
      const res = await new ApiClient(first.url).signUp(email).catch(() => undefined);
      if (res?.status === 201) acknowledged.push({ email, name: '' });
    });
    await new Promise((r) => setTimeout(r, 60));
    await kill(first);
    await Promise.allSettled(burst);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);

    const second = await startProcess(store.env);
    running.push(second);
    for (const { email, name } of acknowledged) {
      const client = new ApiClient(second.url);
      expect((await client.signIn(email)).status, email).toBe(200);
      const me = await client.request<User>('GET', '/api/me');
      if (name) expect(me.body.displayName).toBe(name);
    }
    await kill(second);
  });
});
