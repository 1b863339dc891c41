import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Health } from '@ask-anyway/core';
import { ENGINE, startTestServer, type TestServer } from '../test-support/harness.js';
import { toHonoPath } from './route.js';

describe(`health, OpenAPI and headers (${ENGINE})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reports the database in use and that it answers', async () => {
    const res = await server.client().request<Health>('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database.engine).toBe(ENGINE);
    expect(res.body.database.reachable).toBe(true);
  });

  it('reports degraded, not a crash, when the database is gone', async () => {
    const lonely = await startTestServer({ store: server.store });
    await lonely.database.close();
    const res = await lonely.client().request<Health>('GET', '/api/health');
    expect(res.status).toBe(503);
    expect(res.body.database.reachable).toBe(false);
    await lonely.close().catch(() => undefined);
  });

  it('documents every API route the server answers, and only those', async () => {
    const doc = (await server.client().request<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${toHonoPath(path)}`));
    const { createApp, DEFAULT_APP_CONFIG } = await import('../app.js');
    const { systemClock } = await import('../lib/clock.js');
    const app = createApp({ database: server.database, clock: systemClock, config: DEFAULT_APP_CONFIG });
    const served = app.hono.routes
      .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    expect([...new Set(served)].sort()).toEqual(documented.sort());
    expect(documented).toContain('POST /api/auth/sign-up');
    const signUp = doc.paths['/api/auth/sign-up']!.post as { requestBody: { content: Record<string, { schema: { required: string[]; additionalProperties: boolean } }> } };
    const schema = signUp.requestBody.content['application/json']!.schema;
    expect(schema.required).toEqual(['email', 'password']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('serves the web app, and answers odd paths without a 500 or a file outside it', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ask-anyway-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Ask Anyway</title>');
    const web = await startTestServer({ store: server.store, app: { webDist: dir } });
    try {
      const home = await web.client().request('GET', '/ladder');
      expect(home.status).toBe(200);
      expect(home.text).toContain('<title>Ask Anyway</title>');
      for (const path of ['/%E0%A4%A', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/api/%ff', '/assets/%00']) {
        const res = await web.client().request('GET', path);
        expect(res.status, path).toBeLessThan(500);
        expect(res.text, path).not.toContain('root:');
      }
    } finally {
      await web.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends security headers and a CSP with no inline script on every response', async () => {
    for (const path of ['/api/health', '/api/nothing', '/']) {
      const res = await server.client().request('GET', path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    expect((await server.client().request('GET', '/api/health')).headers.get('cache-control')).toBe('no-store');
  });
});
