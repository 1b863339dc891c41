import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { User } from '@ask-anyway/core';
import { ApiClient, ENGINE, createStore, uniqueEmail } from './test-support/harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const MAIN = resolve(here, '../dist/main.js');

interface Proc {
  child: ChildProcess;
  url: string;
}

/** Starts the built server as its own process, the way `npm start` does, and waits for its URL. */
function startProcess(env: Record<string, string>): Promise<Proc> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first (npm run build).`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', WEB_DIST: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

function kill(proc: Proc): Promise<void> {
  return new Promise((done) => {
    proc.child.removeAllListeners('exit');
    proc.child.once('exit', () => done());
    proc.child.kill('SIGKILL');
  });
}

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
